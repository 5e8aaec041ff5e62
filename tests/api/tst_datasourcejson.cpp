// Strict decoding of data sources and the region config: every data source and config body of
// the recorded cassettes decodes to the values it holds; unknown enum values and the fields older
// answers lack are tolerated; broken bodies give a typed error and leave the output untouched.
#include "CassetteReader.h"
#include "api/DataSourceJson.h"
#include "api/RequestBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace cockpit;

namespace {

// The data source cassettes live in a folder of their own beside the token ones.
QStringList dataSourceCassettes()
{
    const QDir dir(cassettesDir() + QStringLiteral("/data-sources"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    return files;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A valid source of our own (not from the cassettes), changed per row of the bad-body table.
QJsonObject validSource()
{
    const QString id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString url =
        QStringLiteral("https://") + id + QStringLiteral(".metrics.cockpit.fr-par.scw.cloud");
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("project_id"), QStringLiteral("22222222-2222-4222-8222-222222222222")},
        {QStringLiteral("name"), QStringLiteral("agent metrics")},
        {QStringLiteral("url"), url},
        {QStringLiteral("type"), QStringLiteral("metrics")},
        {QStringLiteral("origin"), QStringLiteral("custom")},
        {QStringLiteral("retention_days"), 31},
        {QStringLiteral("synchronized_with_grafana"), false},
        {QStringLiteral("region"), QStringLiteral("fr-par")},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05.678901Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2025-01-02T03:04:05.678901Z")},
    };
}

QJsonObject range(int defaultDays, int minDays, int maxDays)
{
    return QJsonObject{{QStringLiteral("default_days"), defaultDays},
                       {QStringLiteral("min_days"), minDays},
                       {QStringLiteral("max_days"), maxDays}};
}

QJsonObject validConfig()
{
    return QJsonObject{
        {QStringLiteral("custom_metrics_retention"), range(31, 1, 1825)},
        {QStringLiteral("custom_logs_retention"), range(7, 1, 1825)},
        {QStringLiteral("custom_traces_retention"), range(7, 1, 1825)},
    };
}

// The recorded fields of one source, compared with what was decoded.
void compareWithRecording(const QJsonObject &recorded, const DataSource &source)
{
    QCOMPARE(source.id, recorded.value(QStringLiteral("id")).toString());
    QCOMPARE(source.projectId, recorded.value(QStringLiteral("project_id")).toString());
    QCOMPARE(source.name, recorded.value(QStringLiteral("name")).toString());
    QCOMPARE(source.url.toString(), recorded.value(QStringLiteral("url")).toString());
    QCOMPARE(dataSourceTypeId(source.type), recorded.value(QStringLiteral("type")).toString());
    QCOMPARE(dataSourceOriginId(source.origin),
             recorded.value(QStringLiteral("origin")).toString());
    QCOMPARE(source.synchronizedWithGrafana,
             recorded.value(QStringLiteral("synchronized_with_grafana")).toBool());
    const QJsonValue retention = recorded.value(QStringLiteral("retention_days"));
    QCOMPARE(source.retentionDays.has_value(), !retention.isUndefined());
    if (source.retentionDays)
        QCOMPARE(*source.retentionDays, retention.toInt());
    QCOMPARE(source.url, dataSourceUrl(source.id, source.type, source.region));
    QVERIFY(source.createdAt.isValid());
    QVERIFY(source.updatedAt >= source.createdAt);
}

} // namespace

class TestDataSourceJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedBodiesDecode_data();
    void recordedBodiesDecode();
    void toleratedFields();
    void unknownEnumValues();
    void badSource_data();
    void badSource();
    void badPage_data();
    void badPage();
    void config();
    void badConfig_data();
    void badConfig();
    void names_data();
    void names();
    void requests();
};

void TestDataSourceJson::recordedBodiesDecode_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = dataSourceCassettes();
    if (files.isEmpty())
        QSKIP(qPrintable(QStringLiteral("No recorded data source cassettes in %1/data-sources")
                             .arg(cassettesDir())));
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestDataSourceJson::recordedBodiesDecode()
{
    QFETCH(QString, path);
    QString error;
    const QList<CassetteInteraction> interactions = readCassette(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int decoded = 0;
    for (const CassetteInteraction &interaction : interactions) {
        const QString urlPath = interaction.url.path();
        const QStringList parts = urlPath.split(QLatin1Char('/'));
        // /cockpit/v1/regions/{region}/(data-sources[/{id}]|config)
        if (parts.size() < 6 || parts.at(1) != QLatin1String("cockpit") ||
            parts.at(3) != QLatin1String("regions") || interaction.status != 200) {
            continue;
        }
        const std::optional<Region> region = regionFromId(parts.at(4));
        QVERIFY(region);
        const QJsonObject recorded = QJsonDocument::fromJson(interaction.responseBody).object();
        const QString where = QString::fromLatin1(interaction.method) + u' ' + urlPath;
        if (parts.at(5) == QLatin1String("config")) {
            RegionConfig config;
            const ApiError result = ApiJson::parseRegionConfig(interaction.responseBody, &config);
            QVERIFY2(!result.isError(), qPrintable(where + u": " + result.message));
            const QJsonObject metrics =
                recorded.value(QStringLiteral("custom_metrics_retention")).toObject();
            QCOMPARE(config.customMetrics.defaultDays,
                     metrics.value(QStringLiteral("default_days")).toInt());
            QCOMPARE(config.customMetrics.maxDays,
                     metrics.value(QStringLiteral("max_days")).toInt());
            QVERIFY(config.productMetrics && config.productLogs);
            QCOMPARE(config, RegionConfig::apiDefaults());
            ++decoded;
        } else if (parts.at(5) == QLatin1String("data-sources") && parts.size() == 6 &&
                   interaction.method == "GET") {
            ApiJson::DataSourcePage page;
            const ApiError result =
                ApiJson::parseDataSourcePage(interaction.responseBody, *region, &page);
            QVERIFY2(!result.isError(), qPrintable(where + u": " + result.message));
            const QJsonArray items = recorded.value(QStringLiteral("data_sources")).toArray();
            QCOMPARE(page.totalCount, recorded.value(QStringLiteral("total_count")).toInt());
            QCOMPARE(page.dataSources.size(), items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                compareWithRecording(items.at(i).toObject(), page.dataSources.at(i));
                if (QTest::currentTestFailed())
                    return;
            }
            ++decoded;
        } else if (parts.at(5) == QLatin1String("data-sources")) {
            DataSource source;
            const ApiError result =
                ApiJson::parseDataSource(interaction.responseBody, *region, &source);
            QVERIFY2(!result.isError(), qPrintable(where + u": " + result.message));
            compareWithRecording(recorded, source);
            if (QTest::currentTestFailed())
                return;
            ++decoded;
        }
    }
    QVERIFY2(decoded > 0, "the cassette holds no data source or config answer");
}

void TestDataSourceJson::toleratedFields()
{
    // Sources made before late 2024 have no retention; older answers no current_month_usage.
    QJsonObject object = validSource();
    object.remove(QStringLiteral("retention_days"));
    object.remove(QStringLiteral("updated_at"));
    DataSource source;
    QVERIFY(!ApiJson::parseDataSource(compact(object), Region::FrPar, &source).isError());
    QVERIFY(!source.retentionDays);
    QVERIFY(!source.currentMonthUsageBytes);
    QVERIFY(!source.updatedAt.isValid());

    object.insert(QStringLiteral("retention_days"), QJsonValue::Null);
    object.insert(QStringLiteral("current_month_usage"), 123456789012.0);
    QVERIFY(!ApiJson::parseDataSource(compact(object), Region::FrPar, &source).isError());
    QVERIFY(!source.retentionDays);
    QCOMPARE(source.currentMonthUsageBytes, std::optional<qint64>(123456789012));
}

void TestDataSourceJson::unknownEnumValues()
{
    QJsonObject object = validSource();
    object.insert(QStringLiteral("type"), QStringLiteral("profiles"));
    object.insert(QStringLiteral("origin"), QStringLiteral("unknown_origin"));
    DataSource source;
    QVERIFY(!ApiJson::parseDataSource(compact(object), Region::FrPar, &source).isError());
    QCOMPARE(source.type, DataSourceType::Unknown);
    QCOMPARE(source.unknownType, QStringLiteral("profiles"));
    QCOMPARE(source.origin, DataSourceOrigin::Unknown);
    QCOMPARE(source.unknownOrigin, QStringLiteral("unknown_origin"));
    QVERIFY(!source.isReadOnly());

    object.insert(QStringLiteral("origin"), QStringLiteral("scaleway"));
    QVERIFY(!ApiJson::parseDataSource(compact(object), Region::FrPar, &source).isError());
    QVERIFY(source.isReadOnly());
    QVERIFY(source.unknownOrigin.isEmpty());
}

void TestDataSourceJson::badSource_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the key is removed
    QTest::addColumn<QString>("named");    // what the error must name

    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("no id") << "id" << gone << "id";
    QTest::newRow("id not a UUID") << "id" << QJsonValue(QStringLiteral("abc")) << "id";
    QTest::newRow("project not a UUID") << "project_id" << QJsonValue(7) << "project_id";
    QTest::newRow("name a number") << "name" << QJsonValue(3) << "name";
    QTest::newRow("no url") << "url" << gone << "url";
    QTest::newRow("url http") << "url" << QJsonValue(QStringLiteral("http://x.scw.cloud")) << "url";
    QTest::newRow("url not a URL") << "url" << QJsonValue(QStringLiteral("not a url")) << "url";
    QTest::newRow("type a number") << "type" << QJsonValue(1) << "type";
    QTest::newRow("no origin") << "origin" << gone << "origin";
    QTest::newRow("retention a string")
        << "retention_days" << QJsonValue(QStringLiteral("31")) << "retention_days";
    QTest::newRow("retention negative") << "retention_days" << QJsonValue(-1) << "retention_days";
    QTest::newRow("retention fractional")
        << "retention_days" << QJsonValue(1.5) << "retention_days";
    QTest::newRow("retention huge") << "retention_days" << QJsonValue(1e300) << "retention_days";
    QTest::newRow("sync a string")
        << "synchronized_with_grafana" << QJsonValue(QStringLiteral("true"))
        << "synchronized_with_grafana";
    QTest::newRow("no sync") << "synchronized_with_grafana" << gone << "synchronized_with_grafana";
    QTest::newRow("other region") << "region" << QJsonValue(QStringLiteral("nl-ams")) << "region";
    QTest::newRow("unknown region")
        << "region" << QJsonValue(QStringLiteral("us-east")) << "region";
    QTest::newRow("bad created_at")
        << "created_at" << QJsonValue(QStringLiteral("yesterday")) << "created_at";
    QTest::newRow("usage negative")
        << "current_month_usage" << QJsonValue(-5) << "current_month_usage";
    QTest::newRow("usage a string")
        << "current_month_usage" << QJsonValue(QStringLiteral("5")) << "current_month_usage";
}

void TestDataSourceJson::badSource()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    QJsonObject object = validSource();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    DataSource source;
    source.name = QStringLiteral("untouched");
    const ApiError error = ApiJson::parseDataSource(compact(object), Region::FrPar, &source);
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QCOMPARE(source.name, QStringLiteral("untouched"));
}

void TestDataSourceJson::badPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"data_sources\":[");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("no total") << QByteArray("{\"data_sources\":[]}");
    QTest::newRow("no list") << QByteArray("{\"total_count\":0}");
    QTest::newRow("list an object") << QByteArray("{\"data_sources\":{},\"total_count\":0}");
    QTest::newRow("item a string") << QByteArray("{\"data_sources\":[\"x\"],\"total_count\":1}");
    QTest::newRow("total too small")
        << QByteArray("{\"data_sources\":[" + compact(validSource()) + "],\"total_count\":0}");
    QJsonObject broken = validSource();
    broken.remove(QStringLiteral("id"));
    QTest::newRow("second item broken")
        << QByteArray("{\"data_sources\":[" + compact(validSource()) + "," + compact(broken) +
                      "],\"total_count\":2}");
}

void TestDataSourceJson::badPage()
{
    QFETCH(QByteArray, body);
    ApiJson::DataSourcePage page;
    page.totalCount = -7;
    const ApiError error = ApiJson::parseDataSourcePage(body, Region::FrPar, &page);
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(page.totalCount, -7);
    QVERIFY(page.dataSources.isEmpty());
}

void TestDataSourceJson::config()
{
    RegionConfig config;
    QVERIFY(!ApiJson::parseRegionConfig(compact(validConfig()), &config).isError());
    QCOMPARE(config.customMetrics, (RetentionRange{31, 1, 1825}));
    QCOMPARE(config.customRetention(DataSourceType::Logs),
             std::optional<RetentionRange>(RetentionRange{7, 1, 1825}));
    QVERIFY(!config.customRetention(DataSourceType::Unknown));
    // The product_* ranges are not needed to create a source: an answer without them decodes.
    QVERIFY(!config.productMetrics && !config.productLogs);
    // Keys this version does not know (a newer API) are ignored.
    QJsonObject newer = validConfig();
    newer.insert(QStringLiteral("custom_profiles_retention"), range(3, 1, 30));
    QVERIFY(!ApiJson::parseRegionConfig(compact(newer), &config).isError());
}

void TestDataSourceJson::badConfig_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("no metrics") << "custom_metrics_retention" << gone;
    QTest::newRow("logs a number") << "custom_logs_retention" << QJsonValue(7);
    QTest::newRow("min above max") << "custom_traces_retention" << QJsonValue(range(7, 10, 5));
    QTest::newRow("default outside") << "custom_metrics_retention" << QJsonValue(range(0, 1, 1825));
    QJsonObject missing = range(7, 1, 30);
    missing.remove(QStringLiteral("max_days"));
    QTest::newRow("no max") << "custom_logs_retention" << QJsonValue(missing);
    QTest::newRow("product broken") << "product_logs_retention" << QJsonValue(QStringLiteral("x"));
}

void TestDataSourceJson::badConfig()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject object = validConfig();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    RegionConfig config;
    config.customLogs.defaultDays = 99;
    const ApiError error = ApiJson::parseRegionConfig(compact(object), &config);
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(key), qPrintable(error.message));
    QCOMPARE(config.customLogs.defaultDays, 99);
}

void TestDataSourceJson::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("dashes") << "my-source" << true;
    QTest::newRow("spaces and dots") << "Scaleway Metrics v1.2" << true;
    QTest::newRow("underscore") << "shop_logs" << true;
    QTest::newRow("too short") << "ab" << false;
    QTest::newRow("50") << QString(50, u'a') << true;
    QTest::newRow("51") << QString(51, u'a') << false;
    QTest::newRow("slash") << "a/b/c" << false;
    QTest::newRow("accent") << "métriques" << false;
}

void TestDataSourceJson::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidDataSourceName(name), valid);
}

void TestDataSourceJson::requests()
{
    const RequestBuilder builder(QUrl(QStringLiteral("https://api.scaleway.com")),
                                 Secret(QStringLiteral("x")), QStringLiteral("test"));
    DataSourceListQuery query;
    query.region = Region::NlAms;
    query.projectId = QStringLiteral("22222222-2222-4222-8222-222222222222");
    query.origin = DataSourceOrigin::Custom;
    query.types = {DataSourceType::Metrics, DataSourceType::Traces};
    query.order = DataSourceOrder::TypeDesc;
    const HttpRequestSpec list = builder.listDataSources(query, 2, 50);
    QCOMPARE(list.verb, QByteArray("GET"));
    QCOMPARE(list.url.path(), QStringLiteral("/cockpit/v1/regions/nl-ams/data-sources"));
    QCOMPARE(list.url.query(),
             QStringLiteral("order_by=type_desc&origin=custom&page=2&page_size=50&project_id=") +
                 query.projectId + QStringLiteral("&types=metrics&types=traces"));
    QCOMPARE(list.retry, RetryPolicy::SafeRead);
    // Every origin: the zero value, as the Go SDK sends it.
    query.origin = DataSourceOrigin::Unknown;
    query.types.clear();
    QVERIFY(builder.listDataSources(query, 1, 1000)
                .url.query()
                .contains(QStringLiteral("origin=unknown_origin")));

    CreateDataSourceRequest create{Region::FrPar, query.projectId, QStringLiteral("my source"),
                                   DataSourceType::Logs, 30};
    const HttpRequestSpec post = builder.createDataSource(create);
    QCOMPARE(post.verb, QByteArray("POST"));
    QCOMPARE(post.retry, RetryPolicy::Never);
    QCOMPARE(post.body, QByteArray("{\"project_id\":\"" + query.projectId.toLatin1() +
                                   "\",\"name\":\"my source\",\"type\":\"logs\","
                                   "\"retention_days\":30}"));
    create.retentionDays.reset();
    QVERIFY(!RequestBuilder::createDataSourceBody(create).contains("retention_days"));

    QCOMPARE(builder.getRegionConfig(Region::PlWaw).url.path(),
             QStringLiteral("/cockpit/v1/regions/pl-waw/config"));
    QCOMPARE(builder.getDataSource(Region::FrPar, query.projectId).url.path(),
             QStringLiteral("/cockpit/v1/regions/fr-par/data-sources/") + query.projectId);
}

QTEST_GUILESS_MAIN(TestDataSourceJson)
#include "tst_datasourcejson.moc"
