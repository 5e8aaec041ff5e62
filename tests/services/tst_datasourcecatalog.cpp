// DataSourceCatalog against the emulator over real HTTP: a token's project and region, with the
// region's retention limits; creating a custom source there; what a failed load or create says.
#include "TestTransport.h"
#include "api/CockpitClient.h"
#include "emulator/testing/TestEmulator.h"
#include "services/DataSourceCatalog.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestDataSourceCatalog : public QObject
{
    Q_OBJECT

private:
    TestTransport m_transport;
    std::unique_ptr<TestEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CockpitClient> m_client;
    EmulatorCredentials m_credentials;

    std::unique_ptr<DataSourceCatalog> loaded(Region region)
    {
        auto catalog =
            std::make_unique<DataSourceCatalog>(m_client.get(), m_credentials.projectId, region);
        QSignalSpy done(catalog.get(), &DataSourceCatalog::loaded);
        catalog->load();
        [&] { QVERIFY(done.wait(5000)); }();
        return catalog;
    }

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<TestEmulator>();
        QVERIFY(m_emulator->listenLocal() != 0);
        m_credentials = m_emulator->seedDemo();
        const QUrl base = m_transport.front(m_emulator->baseUrl());
        QVERIFY2(!base.isEmpty(), qPrintable(m_transport.error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        ClientSettings settings;
        settings.baseUrl = base;
        settings.secretKey = Secret(m_credentials.secretKey);
        settings.timeoutMs = 1500;
        settings.retryBaseDelayMs = 10;
        settings.retryMaxDelayMs = 50;
        settings.maxRetries = 0;
        m_client = std::make_unique<CockpitClient>(m_network.get(), settings);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_emulator.reset();
    }

    void listsTheProjectsSourcesOfTheRegion()
    {
        auto catalog = loaded(Region::FrPar);
        QVERIFY(catalog->hasLoaded());
        QVERIFY(!catalog->isLoading());
        const QList<DataSource> expected =
            m_emulator->dataSources(Region::FrPar, m_credentials.projectId);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(catalog->dataSources().size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(catalog->dataSources().at(i).id, expected.at(i).id);
            QCOMPARE(catalog->dataSources().at(i).region, Region::FrPar);
            QCOMPARE(catalog->dataSources().at(i).projectId, m_credentials.projectId);
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
        m_emulator->setRegionConfig(Region::NlAms, config);
        auto catalog = loaded(Region::NlAms);
        QCOMPARE(catalog->config().customLogs, (RetentionRange{10, 2, 60}));
    }

    void aFailedLoadSaysWhyAndCanBeTriedAgain()
    {
        DataSourceCatalog catalog(m_client.get(), m_credentials.projectId, Region::FrPar);
        QSignalSpy failed(&catalog, &DataSourceCatalog::loadFailed);
        QSignalSpy loadedSpy(&catalog, &DataSourceCatalog::loaded);
        // The list and the config alike: both answers are broken.
        m_emulator->injectFault(EmulatorFault::Malformed, 2, "GET");
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
        QCOMPARE(m_emulator->dataSources(Region::PlWaw, m_credentials.projectId).size(), 1);
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
        const int requests = int(m_emulator->requests().size());
        QSignalSpy failed(catalog.get(), &DataSourceCatalog::createFailed);
        catalog->create(name, DataSourceType::Logs, days);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(int(m_emulator->requests().size()), requests);
        QVERIFY(catalog->dataSources().isEmpty());
    }

    void anApiRefusalOfTheCreateIsReported()
    {
        auto catalog = loaded(Region::PlWaw);
        QSignalSpy failed(catalog.get(), &DataSourceCatalog::createFailed);
        m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "POST");
        catalog->create(QStringLiteral("waw-logs"), DataSourceType::Logs, 7);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::ServerError);
        QVERIFY(!catalog->isCreating());
        QVERIFY(catalog->dataSources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataSourceCatalog)
#include "tst_datasourcecatalog.moc"
