// The emulator's data source routes beyond what the recordings show: validation of creates,
// updates and list queries (shaped like the token routes' errors), filters, pages and orders,
// updates and deletes, Scaleway's read-only sources, other organizations, the region config,
// the store's lookup by push host and the demo organization's sources.
#include "EmulatorTestBase.h"

#include "emulator/DataSourceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cockpit;

namespace {

QString sourcesPath(const QString &region = QStringLiteral("fr-par"))
{
    return QStringLiteral("/cockpit/v1/regions/") + region + QStringLiteral("/data-sources");
}

QString sourcePath(const QString &id, const QString &region = QStringLiteral("fr-par"))
{
    return sourcesPath(region) + u'/' + id;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList names(const HttpResult &result)
{
    QStringList list;
    const QJsonArray items = result.json().value(QStringLiteral("data_sources")).toArray();
    for (const QJsonValue &item : items)
        list.append(item.toObject().value(QStringLiteral("name")).toString());
    return list;
}

} // namespace

class TestDataSourceRoutes : public EmulatorTestBase
{
    Q_OBJECT

private:
    QJsonObject createBody(const QString &name, const QString &type) const
    {
        return QJsonObject{{QStringLiteral("project_id"), m_project},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("type"), type}};
    }

    QJsonObject create(const QString &name, const QString &type, int retention = 0)
    {
        QJsonObject body = createBody(name, type);
        if (retention > 0)
            body.insert(QStringLiteral("retention_days"), retention);
        const HttpResult result = m_client->send("POST", sourcesPath(), {}, json(body));
        if (result.status != 200)
            qWarning("create failed: %s", result.body.constData());
        return result.json();
    }

private Q_SLOTS:
    void init() { setUpEmulator(); }
    void cleanup() { tearDownEmulator(); }

    void createDefaults()
    {
        const QJsonObject metrics =
            create(QStringLiteral("agent metrics"), QStringLiteral("metrics"));
        const QString id = metrics.value(QStringLiteral("id")).toString();
        QCOMPARE(metrics.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://") + id +
                     QStringLiteral(".metrics.cockpit.fr-par.scw.cloud"));
        QCOMPARE(metrics.value(QStringLiteral("origin")).toString(), QStringLiteral("custom"));
        QCOMPARE(metrics.value(QStringLiteral("retention_days")).toInt(), 31);
        QCOMPARE(metrics.value(QStringLiteral("region")).toString(), QStringLiteral("fr-par"));
        QCOMPARE(metrics.value(QStringLiteral("synchronized_with_grafana")).toBool(), false);
        QVERIFY(
            kTimestamp.match(metrics.value(QStringLiteral("created_at")).toString()).hasMatch());
        QCOMPARE(create(QStringLiteral("logs"), QStringLiteral("logs"))
                     .value(QStringLiteral("retention_days"))
                     .toInt(),
                 7);
        QCOMPARE(create(QStringLiteral("traces"), QStringLiteral("traces"), 30)
                     .value(QStringLiteral("retention_days"))
                     .toInt(),
                 30);
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: the key is removed
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("reason");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("no name") << "name" << gone << "name"
                                 << "required";
        QTest::newRow("short name") << "name" << QJsonValue(QStringLiteral("ab")) << "name"
                                    << "constraint";
        QTest::newRow("slash in name") << "name" << QJsonValue(QStringLiteral("a/b/c")) << "name"
                                       << "constraint";
        QTest::newRow("name a number") << "name" << QJsonValue(12) << "name"
                                       << "format";
        QTest::newRow("no type") << "type" << gone << "type"
                                 << "required";
        QTest::newRow("zero type") << "type" << QJsonValue(QStringLiteral("unknown_type")) << "type"
                                   << "required";
        QTest::newRow("unknown type") << "type" << QJsonValue(QStringLiteral("profiles")) << "type"
                                      << "unknown";
        QTest::newRow("retention 0") << "retention_days" << QJsonValue(0) << "retention_days"
                                     << "constraint";
        QTest::newRow("retention 1826") << "retention_days" << QJsonValue(1826) << "retention_days"
                                        << "constraint";
        QTest::newRow("retention text")
            << "retention_days" << QJsonValue(QStringLiteral("31")) << "retention_days"
            << "format";
        QTest::newRow("retention fraction")
            << "retention_days" << QJsonValue(1.5) << "retention_days"
            << "format";
        QTest::newRow("no project") << "project_id" << gone << "project_id"
                                    << "required";
        QTest::newRow("project not a UUID")
            << "project_id" << QJsonValue(QStringLiteral("x")) << "project_id"
            << "format";
    }

    void createValidation()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, argument);
        QFETCH(QString, reason);
        QJsonObject body = createBody(QStringLiteral("my-source"), QStringLiteral("metrics"));
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        const HttpResult result = m_client->send("POST", sourcesPath(), {}, json(body));
        checkCommonHeaders(result);
        checkInvalidArgument(result, argument, reason);
        QVERIFY(m_kit.emulator()->dataSources(Region::FrPar, m_project).isEmpty());
    }

    void createWithinRegionConfig()
    {
        RegionConfig config = RegionConfig::apiDefaults();
        config.customLogs = {7, 1, 30};
        m_kit.emulator()->setRegionConfig(Region::NlAms, config);
        QJsonObject body = createBody(QStringLiteral("short logs"), QStringLiteral("logs"));
        body.insert(QStringLiteral("retention_days"), 31);
        checkInvalidArgument(
            m_client->send("POST", sourcesPath(QStringLiteral("nl-ams")), {}, json(body)),
            QStringLiteral("retention_days"), QStringLiteral("constraint"));
        // Metrics keep their own bounds; other regions keep the defaults.
        body.insert(QStringLiteral("type"), QStringLiteral("metrics"));
        QCOMPARE(
            m_client->send("POST", sourcesPath(QStringLiteral("nl-ams")), {}, json(body)).status,
            200);
        const HttpResult got = m_client->get(QStringLiteral("/cockpit/v1/regions/nl-ams/config"));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json()
                     .value(QStringLiteral("custom_logs_retention"))
                     .toObject()
                     .value(QStringLiteral("max_days"))
                     .toInt(),
                 30);
        QCOMPARE(m_client->get(QStringLiteral("/cockpit/v1/regions/us-east/config")).status, 404);
    }

    void otherOrganization()
    {
        QJsonObject body = createBody(QStringLiteral("theirs"), QStringLiteral("metrics"));
        body.insert(QStringLiteral("project_id"), m_otherProject);
        QCOMPARE(m_client->send("POST", sourcesPath(), {}, json(body)).status, 403);
        QCOMPARE(
            m_client->get(sourcesPath(), query({{QStringLiteral("project_id"), m_otherProject}}))
                .status,
            403);
        DataSource theirs;
        theirs.projectId = m_otherProject;
        theirs.name = QStringLiteral("theirs");
        theirs.type = DataSourceType::Logs;
        theirs.origin = DataSourceOrigin::Custom;
        const DataSource added = m_kit.emulator()->addDataSource(theirs);
        QCOMPARE(m_client->get(sourcePath(added.id)).status, 403);
        QCOMPARE(m_client->send("DELETE", sourcePath(added.id)).status, 403);
        // Not in this region: as if it did not exist.
        QCOMPARE(m_client->get(sourcePath(added.id, QStringLiteral("nl-ams"))).status, 404);
    }

    void listFilters()
    {
        create(QStringLiteral("b-metrics"), QStringLiteral("metrics"));
        create(QStringLiteral("c-logs"), QStringLiteral("logs"));
        create(QStringLiteral("a-traces"), QStringLiteral("traces"));
        DataSource scaleway;
        scaleway.projectId = m_project;
        scaleway.name = QStringLiteral("Scaleway Metrics");
        scaleway.type = DataSourceType::Metrics;
        scaleway.origin = DataSourceOrigin::Scaleway;
        scaleway.createdAt = QDateTime::currentDateTimeUtc().addDays(-300);
        m_kit.emulator()->addDataSource(scaleway);

        const auto list = [this](std::initializer_list<QPair<QString, QString>> items) {
            QUrlQuery q = query(items);
            q.addQueryItem(QStringLiteral("project_id"), m_project);
            return m_client->get(sourcesPath(), q);
        };
        QCOMPARE(names(list({})), strings({"Scaleway Metrics", "b-metrics", "c-logs", "a-traces"}));
        QCOMPARE(names(list({{QStringLiteral("origin"), QStringLiteral("unknown_origin")}})).size(),
                 4);
        QCOMPARE(names(list({{QStringLiteral("origin"), QStringLiteral("scaleway")}})),
                 strings({"Scaleway Metrics"}));
        QCOMPARE(names(list({{QStringLiteral("origin"), QStringLiteral("custom")},
                             {QStringLiteral("types"), QStringLiteral("metrics")},
                             {QStringLiteral("types"), QStringLiteral("traces")}})),
                 strings({"b-metrics", "a-traces"}));
        QCOMPARE(names(list({{QStringLiteral("order_by"), QStringLiteral("name_asc")}})),
                 strings({"Scaleway Metrics", "a-traces", "b-metrics", "c-logs"}));
        QCOMPARE(names(list({{QStringLiteral("order_by"), QStringLiteral("type_desc")}})),
                 strings({"a-traces", "c-logs", "Scaleway Metrics", "b-metrics"}));
        const HttpResult page = list({{QStringLiteral("page"), QStringLiteral("2")},
                                      {QStringLiteral("page_size"), QStringLiteral("3")}});
        QCOMPARE(names(page), strings({"a-traces"}));
        QCOMPARE(page.json().value(QStringLiteral("total_count")).toInt(), 4);

        checkInvalidArgument(list({{QStringLiteral("origin"), QStringLiteral("mine")}}),
                             QStringLiteral("origin"), QStringLiteral("unknown"));
        checkInvalidArgument(list({{QStringLiteral("types"), QStringLiteral("profiles")}}),
                             QStringLiteral("types"), QStringLiteral("unknown"));
        checkInvalidArgument(list({{QStringLiteral("order_by"), QStringLiteral("url_asc")}}),
                             QStringLiteral("order_by"), QStringLiteral("unknown"));
        checkInvalidArgument(list({{QStringLiteral("page_size"), QStringLiteral("1001")}}),
                             QStringLiteral("page_size"), QStringLiteral("constraint"));
        checkInvalidArgument(m_client->get(sourcesPath()), QStringLiteral("project_id"),
                             QStringLiteral("required"));
    }

    void updateAndDelete()
    {
        const QJsonObject created = create(QStringLiteral("old name"), QStringLiteral("logs"));
        const QString id = created.value(QStringLiteral("id")).toString();
        QTest::qWait(2); // so that updated_at can differ
        const QJsonObject change{{QStringLiteral("name"), QStringLiteral("new name")},
                                 {QStringLiteral("retention_days"), 90}};
        const HttpResult updated = m_client->send("PATCH", sourcePath(id), {}, json(change));
        QCOMPARE(updated.status, 200);
        checkCommonHeaders(updated);
        const QJsonObject body = updated.json();
        QCOMPARE(keys(body), keys(created));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("new name"));
        QCOMPARE(body.value(QStringLiteral("retention_days")).toInt(), 90);
        QCOMPARE(body.value(QStringLiteral("created_at")),
                 created.value(QStringLiteral("created_at")));
        QVERIFY(body.value(QStringLiteral("updated_at")).toString() >
                created.value(QStringLiteral("updated_at")).toString());
        QCOMPARE(m_client->get(sourcePath(id)).json(), body);

        checkInvalidArgument(m_client->send("PATCH", sourcePath(id), {},
                                            json({{QStringLiteral("name"), QStringLiteral("x")}})),
                             QStringLiteral("name"), QStringLiteral("constraint"));
        checkInvalidArgument(m_client->send("PATCH", sourcePath(id), {},
                                            json({{QStringLiteral("retention_days"), 1826}})),
                             QStringLiteral("retention_days"), QStringLiteral("constraint"));
        checkInvalidArgument(m_client->get(sourcePath(QStringLiteral("not-a-uuid"))),
                             QStringLiteral("data_source_id"), QStringLiteral("format"));

        const HttpResult deleted = m_client->send("DELETE", sourcePath(id));
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(deleted.header("Content-Type"), QByteArray("application/json"));
        const HttpResult again = m_client->send("DELETE", sourcePath(id));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.json(),
                 (QJsonObject{{QStringLiteral("message"), QStringLiteral("resource is not found")},
                              {QStringLiteral("resource"), QStringLiteral("data source")},
                              {QStringLiteral("resource_id"), id},
                              {QStringLiteral("type"), QStringLiteral("not_found")}}));
        QCOMPARE(m_client->send("PATCH", sourcePath(id), {}, json(change)).status, 404);
        QCOMPARE(m_client->send("PUT", sourcePath(id), {}, json(change)).status, 405);
    }

    void scalewaySourcesAreReadOnly()
    {
        DataSource scaleway;
        scaleway.projectId = m_project;
        scaleway.name = QStringLiteral("Scaleway Logs");
        scaleway.type = DataSourceType::Logs;
        scaleway.origin = DataSourceOrigin::Scaleway;
        scaleway.retentionDays = 7;
        const DataSource added = m_kit.emulator()->addDataSource(scaleway);
        const HttpResult renamed =
            m_client->send("PATCH", sourcePath(added.id), {},
                           json({{QStringLiteral("name"), QStringLiteral("mine now")}}));
        QCOMPARE(renamed.status, 403);
        QCOMPARE(renamed.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("permissions_denied"));
        QCOMPARE(m_client->send("DELETE", sourcePath(added.id)).status, 403);
        QCOMPARE(m_kit.emulator()->dataSources(Region::FrPar, m_project), QList<DataSource>{added});
    }

    void findByHost()
    {
        DataSourceStore store;
        DataSource source;
        source.id = QStringLiteral("4998FE45-B576-4EF7-9A3E-ACFC01DB1EA3");
        source.type = DataSourceType::Traces;
        source.region = Region::PlWaw;
        const StoredDataSource added = store.add(source, 1000);
        QCOMPARE(added.source.id, source.id.toLower());
        QCOMPARE(
            added.source.url.host(),
            QStringLiteral("4998fe45-b576-4ef7-9a3e-acfc01db1ea3.traces.cockpit.pl-waw.scw.cloud"));
        QVERIFY(store.findByHost(added.source.url.host().toUpper()));
        QVERIFY(!store.findByHost(
            QStringLiteral("4998fe45-b576-4ef7-9a3e-acfc01db1ea3.logs.cockpit.pl-waw.scw.cloud")));
        QVERIFY(!store.findByHost(QStringLiteral("api.scaleway.com")));
        QVERIFY(store.find(added.source.id));
        QVERIFY(!store.find(Region::FrPar, added.source.id));
        QVERIFY(store.remove(added.source.id));
        QVERIFY(!store.findByHost(added.source.url.host()));
    }

    void demoOrganization()
    {
        TestEmulator emulator;
        const EmulatorCredentials credentials = emulator.seedDemo();
        const QList<DataSource> parisSources =
            emulator.dataSources(Region::FrPar, credentials.projectId);
        const auto has = [&](DataSourceOrigin origin) {
            return std::any_of(parisSources.cbegin(), parisSources.cend(),
                               [origin](const DataSource &s) { return s.origin == origin; });
        };
        QVERIFY(has(DataSourceOrigin::Scaleway));
        QVERIFY(has(DataSourceOrigin::Custom));
        QVERIFY(!emulator.dataSources(Region::NlAms, credentials.projectId).isEmpty());
        QVERIFY(emulator.dataSources(Region::PlWaw, credentials.projectId).isEmpty());
        for (const DataSource &source : parisSources) {
            QCOMPARE(source.url, dataSourceUrl(source.id, source.type, Region::FrPar));
            QVERIFY(isValidDataSourceName(source.name));
        }
        // The same every run.
        TestEmulator again;
        again.seedDemo();
        QCOMPARE(again.dataSources(Region::FrPar, credentials.projectId), parisSources);
    }
};

QTEST_GUILESS_MAIN(TestDataSourceRoutes)
#include "tst_datasourceroutes.moc"
