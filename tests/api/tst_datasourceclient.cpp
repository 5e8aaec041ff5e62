// CockpitClient's data source operations against the emulator over real HTTP: list (every page,
// filters), get, create (defaults, never retried), the region config, and the API's errors
// mapped to their kinds.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cockpit;

namespace {

template <typename Reply> std::unique_ptr<Reply> await(Reply *raw, int timeoutMs = 20000)
{
    std::unique_ptr<Reply> reply(raw);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!finished.wait(timeoutMs))
        qWarning("the reply did not finish in time");
    return reply;
}

int countRequests(const TestEmulator &emulator, const QByteArray &method, const QString &path)
{
    int count = 0;
    for (const TestEmulator::RecordedRequest &request : emulator.requests()) {
        if (request.method == method && request.path == path)
            ++count;
    }
    return count;
}

} // namespace

class TestDataSourceClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY2(m_kit.start(), qPrintable(m_kit.error())); }

    void cleanup() { m_kit.stop(); }

    void everyOperation()
    {
        const auto client = makeClient();
        const auto config = await(client->getRegionConfig(Region::FrPar));
        QVERIFY2(config->isSuccess(), qPrintable(config->error().message));
        QCOMPARE(config->config(), RegionConfig::apiDefaults());

        const CreateDataSourceRequest request{Region::NlAms, m_kit.credentials().projectId,
                                              QStringLiteral("alloy metrics"),
                                              DataSourceType::Metrics, std::nullopt};
        const auto created = await(client->createDataSource(request));
        QVERIFY2(created->isSuccess(), qPrintable(created->error().message));
        const DataSource source = created->dataSource();
        QCOMPARE(source.name, request.name);
        QCOMPARE(source.type, DataSourceType::Metrics);
        QCOMPARE(source.origin, DataSourceOrigin::Custom);
        QCOMPARE(source.retentionDays, std::optional<int>(31));
        QCOMPARE(source.region, Region::NlAms);
        QCOMPARE(source.url, dataSourceUrl(source.id, DataSourceType::Metrics, Region::NlAms));
        QVERIFY(!source.isReadOnly());

        const auto fetched = await(client->getDataSource(Region::NlAms, source.id));
        QVERIFY2(fetched->isSuccess(), qPrintable(fetched->error().message));
        QCOMPARE(fetched->dataSource(), source);

        const auto listed = await(
            client->listDataSources({Region::NlAms, m_kit.credentials().projectId, {}, {}, {}}));
        QVERIFY2(listed->isSuccess(), qPrintable(listed->error().message));
        QCOMPARE(listed->dataSources(),
                 m_kit.emulator()->dataSources(Region::NlAms, m_kit.credentials().projectId));
        QVERIFY(listed->dataSources().contains(source));

        // The demo's Scaleway sources, read-only, by origin.
        DataSourceListQuery scaleway{Region::FrPar,
                                     m_kit.credentials().projectId,
                                     DataSourceOrigin::Scaleway,
                                     {},
                                     DataSourceOrder::NameAsc};
        const auto own = await(client->listDataSources(scaleway));
        QVERIFY2(own->isSuccess(), qPrintable(own->error().message));
        QCOMPARE(own->dataSources().size(), 2);
        QCOMPARE(own->dataSources().at(0).name, QStringLiteral("Scaleway Logs"));
        QVERIFY(own->dataSources().at(0).isReadOnly());

        // pl-waw has none.
        const auto none = await(
            client->listDataSources({Region::PlWaw, m_kit.credentials().projectId, {}, {}, {}}));
        QVERIFY(none->isSuccess());
        QVERIFY(none->dataSources().isEmpty());
        QCOMPARE(none->totalCount(), 0);
    }

    void everyPage()
    {
        for (int i = 0; i < 7; ++i) {
            DataSource source;
            source.projectId = m_kit.credentials().projectId;
            source.name = QStringLiteral("source %1").arg(i);
            source.type = i % 2 ? DataSourceType::Logs : DataSourceType::Traces;
            source.origin = DataSourceOrigin::Custom;
            source.region = Region::PlWaw;
            m_kit.emulator()->addDataSource(source);
        }
        ClientSettings settings;
        settings.dataSourcePageSize = 2;
        const auto client = makeClient(settings);
        DataSourceListQuery query{Region::PlWaw, m_kit.credentials().projectId, {}, {}, {}};
        const auto all = await(client->listDataSources(query));
        QVERIFY2(all->isSuccess(), qPrintable(all->error().message));
        QCOMPARE(all->dataSources(),
                 m_kit.emulator()->dataSources(Region::PlWaw, m_kit.credentials().projectId));
        QCOMPARE(all->totalCount(), 7);
        QCOMPARE(countRequests(*m_kit.emulator(), "GET",
                               QStringLiteral("/cockpit/v1/regions/pl-waw/data-sources")),
                 4);

        query.types = {DataSourceType::Logs};
        const auto logs = await(client->listDataSources(query));
        QVERIFY(logs->isSuccess());
        QCOMPARE(logs->dataSources().size(), 3);
        for (const DataSource &source : logs->dataSources())
            QCOMPARE(source.type, DataSourceType::Logs);
    }

    void errors()
    {
        const auto client = makeClient();
        const auto invalid =
            await(client->createDataSource({Region::FrPar, m_kit.credentials().projectId,
                                            QStringLiteral("x"), DataSourceType::Logs, 0}));
        QCOMPARE(invalid->error().kind, ApiError::Kind::InvalidArguments);
        QCOMPARE(invalid->error().httpStatus, 400);
        // Both problems at once, as the API reports them.
        QCOMPARE(invalid->error().details.size(), 2);
        QCOMPARE(invalid->error().firstArgumentName(), QStringLiteral("name"));

        const QString missing = QStringLiteral("4998fe45-b576-4ef7-9a3e-acfc01db1ea3");
        const auto notFound = await(client->getDataSource(Region::FrPar, missing));
        QCOMPARE(notFound->error().kind, ApiError::Kind::NotFound);
        QCOMPARE(notFound->error().resource, QStringLiteral("data source"));
        QCOMPARE(notFound->error().resourceId, missing);

        // A path value that is not a UUID never leaves the client.
        m_kit.emulator()->clearRequests();
        const auto refused = await(client->getDataSource(Region::FrPar, QStringLiteral("../x")));
        QCOMPARE(refused->error().kind, ApiError::Kind::InvalidRequest);
        QVERIFY(m_kit.emulator()->requests().isEmpty());
    }

    void createNeverRetried()
    {
        const auto client = makeClient();
        m_kit.emulator()->injectFault(EmulatorFault::ServerError, 1, "POST");
        const auto failed = await(
            client->createDataSource({Region::FrPar, m_kit.credentials().projectId,
                                      QStringLiteral("once only"), DataSourceType::Traces, 7}));
        QCOMPARE(failed->error().kind, ApiError::Kind::ServerError);
        QCOMPARE(countRequests(*m_kit.emulator(), "POST",
                               QStringLiteral("/cockpit/v1/regions/fr-par/data-sources")),
                 1);

        // A malformed 2xx answer: the source may exist.
        m_kit.emulator()->injectFault(EmulatorFault::WrongTypes, 1, "POST");
        const auto garbled =
            await(client->createDataSource({Region::FrPar, m_kit.credentials().projectId,
                                            QStringLiteral("garbled"), DataSourceType::Traces, 7}));
        QCOMPARE(garbled->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(garbled->error().outcomeUnknown);
    }

    void readsRetried()
    {
        const auto client = makeClient();
        m_kit.emulator()->injectFault(EmulatorFault::ServerError, 2, "GET");
        const auto config = await(client->getRegionConfig(Region::NlAms));
        QVERIFY2(config->isSuccess(), qPrintable(config->error().message));
        QCOMPARE(countRequests(*m_kit.emulator(), "GET",
                               QStringLiteral("/cockpit/v1/regions/nl-ams/config")),
                 3);
    }

private:
    std::unique_ptr<CockpitClient> makeClient(ClientSettings settings = {})
    {
        return m_kit.makeClient(testkit::quickRetries(settings));
    }

    testkit::EmulatorFixture m_kit;
};

QTEST_GUILESS_MAIN(TestDataSourceClient)
#include "tst_datasourceclient.moc"
