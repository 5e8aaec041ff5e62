// DataSourceCatalog against the emulator over real HTTP: a token's project and region, with the
// region's retention limits; creating a custom source there; what a failed load or create says.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "services/DataSourceCatalog.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestDataSourceCatalog : public QObject
{
    Q_OBJECT

private:
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;

    std::unique_ptr<DataSourceCatalog> loaded(Region region)
    {
        auto catalog = std::make_unique<DataSourceCatalog>(m_client.get(),
                                                           m_kit.credentials().projectId, region);
        QSignalSpy done(catalog.get(), &DataSourceCatalog::loaded);
        catalog->load();
        [&] { QVERIFY(done.wait(5000)); }();
        return catalog;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
        ClientSettings settings = testkit::noRetries();
        settings.timeoutMs = 1500;
        settings.retryBaseDelayMs = 10;
        settings.retryMaxDelayMs = 50;
        m_client = m_kit.makeClient(settings);
    }
    void cleanup()
    {
        m_client.reset();
        m_kit.stop();
    }

    void listsTheProjectsSourcesOfTheRegion()
    {
        auto catalog = loaded(Region::FrPar);
        QVERIFY(catalog->hasLoaded());
        QVERIFY(!catalog->isLoading());
        const QList<DataSource> expected =
            m_kit.emulator()->dataSources(Region::FrPar, m_kit.credentials().projectId);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(catalog->dataSources().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(catalog->dataSources().at(i).id, expected.at(i).id);
            QCOMPARE(catalog->dataSources().at(i).region, Region::FrPar);
            QCOMPARE(catalog->dataSources().at(i).projectId, m_kit.credentials().projectId);
        }
        QVERIFY(catalog->configIsFromApi());
    }

    void aRegionWithoutSourcesIsEmptyNotAnError()
    {
        auto catalog = loaded(Region::PlWaw);
        QVERIFY(catalog->hasLoaded());
        QVERIFY(catalog->dataSources().isEmpty());
    }

    void theRegionsLimitsComeFromTheApi()
    {
        RegionConfig config = RegionConfig::apiDefaults();
        config.customLogs = RetentionRange{10, 2, 60};
        m_kit.emulator()->setRegionConfig(Region::NlAms, config);
        auto catalog = loaded(Region::NlAms);
        QCOMPARE(catalog->config().customLogs, (RetentionRange{10, 2, 60}));
    }

    void aFailedLoadSaysWhyAndCanBeTriedAgain()
    {
        DataSourceCatalog catalog(m_client.get(), m_kit.credentials().projectId, Region::FrPar);
        QSignalSpy failed(&catalog, &DataSourceCatalog::loadFailed);
        QSignalSpy loadedSpy(&catalog, &DataSourceCatalog::loaded);
        // The list and the config alike: both answers are broken.
        m_kit.emulator()->injectFault(EmulatorFault::Malformed, 2, "GET");
        catalog.load();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(!catalog.hasLoaded());
        QCOMPARE(loadedSpy.count(), 0);
        catalog.load();
        QVERIFY(loadedSpy.wait(5000));
        QVERIFY(!catalog.dataSources().isEmpty());
    }

    void createsACustomSourceThere()
    {
        auto catalog = loaded(Region::PlWaw);
        QSignalSpy created(catalog.get(), &DataSourceCatalog::created);
        catalog->create(QStringLiteral("waw-metrics"), DataSourceType::Metrics, 45);
        QVERIFY(catalog->isCreating());
        QVERIFY(created.wait(5000));
        const auto source = created.at(0).at(0).value<DataSource>();
        QCOMPARE(source.name, QStringLiteral("waw-metrics"));
        QCOMPARE(source.type, DataSourceType::Metrics);
        QCOMPARE(source.origin, DataSourceOrigin::Custom);
        QCOMPARE(source.retentionDays, std::optional<int>(45));
        QCOMPARE(catalog->dataSources().size(), 1);
        QCOMPARE(m_kit.emulator()->dataSources(Region::PlWaw, m_kit.credentials().projectId).size(),
                 1);
    }

    void refusesWhatTheApiWouldRefuseWithoutSending_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("days");
        QTest::newRow("short name") << QStringLiteral("ab") << 31;
        QTest::newRow("slash in name") << QStringLiteral("a/b/c") << 31;
        QTest::newRow("retention 0") << QStringLiteral("fine-name") << 0;
        QTest::newRow("retention over max") << QStringLiteral("fine-name") << 100000;
    }
    void refusesWhatTheApiWouldRefuseWithoutSending()
    {
        QFETCH(QString, name);
        QFETCH(int, days);
        auto catalog = loaded(Region::PlWaw);
        const int requests = int(m_kit.emulator()->requests().size());
        QSignalSpy failed(catalog.get(), &DataSourceCatalog::createFailed);
        catalog->create(name, DataSourceType::Logs, days);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(int(m_kit.emulator()->requests().size()), requests);
        QVERIFY(catalog->dataSources().isEmpty());
    }

    void anApiRefusalOfTheCreateIsReported()
    {
        auto catalog = loaded(Region::PlWaw);
        QSignalSpy failed(catalog.get(), &DataSourceCatalog::createFailed);
        m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "POST");
        catalog->create(QStringLiteral("waw-logs"), DataSourceType::Logs, 7);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::ServerError);
        QVERIFY(!catalog->isCreating());
        QVERIFY(catalog->dataSources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataSourceCatalog)
#include "tst_datasourcecatalog.moc"
