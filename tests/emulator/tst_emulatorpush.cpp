// The push endpoints of the emulator's data sources: where a local agent sends (the /push/<id>
// prefix and the real host in the Host header), the four ways a token's secret may come, every
// refusal (401 without a known secret, 403 for a read-only source, a path of another type, a
// token of another project or region or without the scope), the accepted answers, and what the
// emulator records of each push.
#include "EmulatorTestBase.h"

#include <QNetworkRequest>
#include <QTest>

using namespace cockpit;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestEmulatorPush : public EmulatorTestBase
{
    Q_OBJECT

private:
    DataSource addSource(DataSourceType type, DataSourceOrigin origin = DataSourceOrigin::Custom,
                         Region region = Region::FrPar)
    {
        DataSource source;
        source.projectId = m_project;
        source.name = QStringLiteral("pushed");
        source.type = type;
        source.origin = origin;
        source.region = region;
        return m_kit.emulator()->addDataSource(source);
    }

    QString secretFor(TokenScopes scopes, Region region = Region::FrPar, QString project = {})
    {
        if (project.isEmpty())
            project = m_project;
        const Token token =
            m_kit.emulator()->addToken(region, project, QStringLiteral("agent"), scopes);
        m_lastTokenId = token.id;
        return m_kit.emulator()->tokenSecret(region, token.id).expose();
    }

    HttpResult push(const QUrl &base, const QString &pushPath, const Headers &headers,
                    const QByteArray &body = QByteArrayLiteral("payload"),
                    const QByteArray &method = "POST")
    {
        QUrl url = base;
        url.setPath(base.path() + pushPath);
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return EmulatorTestClient::wait(
            m_client->network().sendCustomRequest(request, method, body));
    }

    HttpResult pushWithToken(const DataSource &source, const QString &pushPath,
                             const QString &secret)
    {
        return push(m_kit.emulator()->pushBaseUrl(source.id), pushPath,
                    {{"X-Token", secret.toLatin1()}, {"Content-Type", "application/x-protobuf"}});
    }

    QString m_lastTokenId;

private Q_SLOTS:
    void init() { setUpEmulator(); }
    void cleanup() { tearDownEmulator(); }

    void pushBaseUrlNamesTheSource()
    {
        const DataSource source = addSource(DataSourceType::Metrics);
        const QUrl url = m_kit.emulator()->pushBaseUrl(source.id.toUpper());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.port(), m_kit.emulator()->baseUrl().port());
        QCOMPARE(url.path(), QStringLiteral("/push/") + source.id);
    }

    void acceptsEachPushPath_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<TokenScopes>("scopes");
        QTest::addColumn<int>("status");
        const auto m = DataSourceType::Metrics;
        const auto l = DataSourceType::Logs;
        const auto t = DataSourceType::Traces;
        QTest::newRow("remote_write")
            << m << "/api/v1/push" << TokenScopes(TokenScope::WriteOnlyMetrics) << 204;
        QTest::newRow("otlp metrics")
            << m << "/otlp/v1/metrics" << TokenScopes(TokenScope::WriteOnlyMetrics) << 200;
        QTest::newRow("loki") << l << "/loki/api/v1/push" << TokenScopes(TokenScope::WriteOnlyLogs)
                              << 204;
        QTest::newRow("otlp logs")
            << l << "/otlp/v1/logs" << TokenScopes(TokenScope::WriteOnlyLogs) << 200;
        QTest::newRow("otlp traces")
            << t << "/otlp/v1/traces" << TokenScopes(TokenScope::WriteOnlyTraces) << 200;
        QTest::newRow("with other scopes too")
            << m << "/api/v1/push"
            << (TokenScope::WriteOnlyMetrics | TokenScope::ReadOnlyLogs |
                TokenScope::FullAccessAlertManager)
            << 204;
    }
    void acceptsEachPushPath()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QString, path);
        QFETCH(TokenScopes, scopes);
        QFETCH(int, status);
        const DataSource source = addSource(type);
        const HttpResult result = pushWithToken(source, path, secretFor(scopes));
        QCOMPARE(result.status, status);
        if (status == 204)
            QVERIFY(result.body.isEmpty());
        else
            QCOMPARE(result.header("Content-Type"), QByteArray("application/x-protobuf"));
        const QList<ReceivedPush> pushes = m_kit.emulator()->receivedPushes();
        QCOMPARE(pushes.size(), 1);
        QVERIFY(pushes.first().accepted());
        QCOMPARE(pushes.first().pushPath, path);
        QCOMPARE(pushes.first().tokenId, m_lastTokenId);
    }

    void otlpJsonIsAnsweredInJson()
    {
        const DataSource source = addSource(DataSourceType::Traces);
        const QString secret = secretFor(TokenScope::WriteOnlyTraces);
        const HttpResult result =
            push(m_kit.emulator()->pushBaseUrl(source.id), QStringLiteral("/otlp/v1/traces"),
                 {{"X-TOKEN", secret.toLatin1()}, {"Content-Type", "application/json"}},
                 QByteArrayLiteral("{\"resourceSpans\":[]}"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.body, QByteArray("{}"));
    }

    void secretMayComeInFourWays_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("valueTemplate"); // SECRET is replaced
        QTest::addColumn<QString>("how");
        QTest::newRow("X-Token") << QByteArray("X-Token") << QByteArray("SECRET") << "X-Token";
        QTest::newRow("X-TOKEN") << QByteArray("X-TOKEN") << QByteArray("SECRET") << "X-Token";
        QTest::newRow("x-token") << QByteArray("x-token") << QByteArray("SECRET") << "X-Token";
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer SECRET")
                                << "Bearer";
        QTest::newRow("bearer lower")
            << QByteArray("authorization") << QByteArray("bearer SECRET") << "Bearer";
        QTest::newRow("basic") << QByteArray("Authorization") << QByteArray("Basic BASIC")
                               << "Basic";
        QTest::newRow("tenant") << QByteArray("X-Scope-OrgID") << QByteArray("SECRET")
                                << "X-Scope-OrgID";
    }
    void secretMayComeInFourWays()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, valueTemplate);
        QFETCH(QString, how);
        const DataSource source = addSource(DataSourceType::Logs);
        const QByteArray secret = secretFor(TokenScope::WriteOnlyLogs).toLatin1();
        QByteArray value = valueTemplate;
        value.replace("SECRET", secret);
        value.replace("BASIC", QByteArray("any-user:" + secret).toBase64());
        const HttpResult result = push(m_kit.emulator()->pushBaseUrl(source.id),
                                       QStringLiteral("/loki/api/v1/push"), {{name, value}});
        QCOMPARE(result.status, 204);
        QCOMPARE(m_kit.emulator()->receivedPushes().first().credentialHeader, how);
    }

    void refusesWithoutAKnownSecret_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("none") << QByteArray() << QByteArray();
        QTest::newRow("empty X-Token") << QByteArray("X-Token") << QByteArray("");
        QTest::newRow("unknown") << QByteArray("X-Token") << QByteArray("not-a-secret");
        QTest::newRow("basic without password")
            << QByteArray("Authorization") << QByteArray("Basic ") + QByteArray("user").toBase64();
        QTest::newRow("other scheme") << QByteArray("Authorization") << QByteArray("Digest x");
        QTest::newRow("an API key") << QByteArray("X-Auth-Token") << kSecret.toLatin1();
    }
    void refusesWithoutAKnownSecret()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const DataSource source = addSource(DataSourceType::Metrics);
        secretFor(TokenScope::WriteOnlyMetrics);
        Headers headers;
        if (!name.isEmpty())
            headers.append({name, value});
        const HttpResult result =
            push(m_kit.emulator()->pushBaseUrl(source.id), QStringLiteral("/api/v1/push"), headers);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("denied_authentication"));
        const ReceivedPush recorded = m_kit.emulator()->receivedPushes().first();
        QCOMPARE(recorded.status, 401);
        QVERIFY(recorded.tokenId.isEmpty());
        QVERIFY(!recorded.accepted());
    }

    void refusesWhatTheTokenMayNotDo_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<DataSourceOrigin>("origin");
        QTest::addColumn<QString>("path");
        QTest::addColumn<TokenScopes>("scopes");
        QTest::addColumn<bool>("otherRegion");
        QTest::addColumn<bool>("otherProject");
        const auto m = DataSourceType::Metrics;
        const auto l = DataSourceType::Logs;
        const auto custom = DataSourceOrigin::Custom;
        const TokenScopes pushAll =
            TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyTraces;
        QTest::newRow("no push scope")
            << m << custom << "/api/v1/push"
            << (TokenScope::ReadOnlyMetrics | TokenScope::FullAccessMetricsRules) << false << false;
        QTest::newRow("scope of another type")
            << m << custom << "/api/v1/push" << TokenScopes(TokenScope::WriteOnlyLogs) << false
            << false;
        QTest::newRow("path of another type")
            << m << custom << "/loki/api/v1/push" << pushAll << false << false;
        QTest::newRow("traces path to logs")
            << l << custom << "/otlp/v1/traces" << pushAll << false << false;
        QTest::newRow("scaleway origin")
            << m << DataSourceOrigin::Scaleway << "/api/v1/push" << pushAll << false << false;
        QTest::newRow("other region") << m << custom << "/api/v1/push" << pushAll << true << false;
        QTest::newRow("other project") << m << custom << "/api/v1/push" << pushAll << false << true;
        QTest::newRow("external origin is fine")
            << m << DataSourceOrigin::External << "/api/v1/push" << TokenScopes() << false << false;
    }
    void refusesWhatTheTokenMayNotDo()
    {
        QFETCH(DataSourceType, type);
        QFETCH(DataSourceOrigin, origin);
        QFETCH(QString, path);
        QFETCH(TokenScopes, scopes);
        QFETCH(bool, otherRegion);
        QFETCH(bool, otherProject);
        const DataSource source = addSource(type, origin);
        const QString project =
            otherProject ? m_kit.emulator()->addProject(kOrg, QStringLiteral("second")).id
                         : m_project;
        const QString secret =
            secretFor(scopes, otherRegion ? Region::NlAms : Region::FrPar, project);
        const HttpResult result = pushWithToken(source, path, secret);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("permissions_denied"));
        const ReceivedPush recorded = m_kit.emulator()->receivedPushes().first();
        QCOMPARE(recorded.status, 403);
        QCOMPARE(recorded.tokenId, m_lastTokenId);
    }

    void externalSourcesTakePushes()
    {
        const DataSource source = addSource(DataSourceType::Metrics, DataSourceOrigin::External);
        const HttpResult result = pushWithToken(source, QStringLiteral("/api/v1/push"),
                                                secretFor(TokenScope::WriteOnlyMetrics));
        QCOMPARE(result.status, 204);
    }

    void unknownSourcesPathsAndMethods()
    {
        const DataSource source = addSource(DataSourceType::Metrics);
        const QString secret = secretFor(TokenScope::WriteOnlyMetrics);
        const Headers headers{{"X-Token", secret.toLatin1()}};
        QUrl unknown = m_kit.emulator()->baseUrl();
        unknown.setPath(QStringLiteral("/push/6c0b5c34-0000-4000-8000-000000000000"));
        QCOMPARE(push(unknown, QStringLiteral("/api/v1/push"), headers).status, 404);
        const QUrl base = m_kit.emulator()->pushBaseUrl(source.id);
        QCOMPARE(push(base, QStringLiteral("/api/v1/write"), headers).status, 404);
        QCOMPARE(push(base, QString(), headers).status, 404);
        const HttpResult get = push(base, QStringLiteral("/api/v1/push"), headers, {}, "GET");
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("Allow"), QByteArray("POST"));
        QCOMPARE(m_kit.emulator()->receivedPushes().size(), 4);
    }

    void theRealHostInHostReachesTheSource()
    {
        const DataSource source = addSource(DataSourceType::Logs);
        const QString secret = secretFor(TokenScope::WriteOnlyLogs);
        QVERIFY(source.url.host().endsWith(QLatin1String(".logs.cockpit.fr-par.scw.cloud")));
        const HttpResult result =
            push(m_kit.emulator()->baseUrl(), QStringLiteral("/loki/api/v1/push"),
                 {{"Host", source.url.host().toUpper().toLatin1() + ":443"},
                  {"X-Token", secret.toLatin1()}});
        QCOMPARE(result.status, 204);
        QCOMPARE(m_kit.emulator()->receivedPushes().first().dataSourceId, source.id);
        QCOMPARE(m_kit.emulator()->receivedPushes().first().pushPath,
                 QStringLiteral("/loki/api/v1/push"));
    }

    void recordsWhatWasReceived()
    {
        const DataSource source = addSource(DataSourceType::Metrics);
        const QString secret = secretFor(TokenScope::WriteOnlyMetrics);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QByteArray body(1234, 'x');
        const HttpResult result =
            push(m_kit.emulator()->pushBaseUrl(source.id), QStringLiteral("/api/v1/push"),
                 {{"X-Token", secret.toLatin1()},
                  {"Content-Type", "application/x-protobuf"},
                  {"Content-Encoding", "snappy"},
                  {"User-Agent", "Prometheus/2.42.0"}},
                 body);
        QCOMPARE(result.status, 204);
        const QList<ReceivedPush> pushes = m_kit.emulator()->receivedPushes();
        QCOMPARE(pushes.size(), 1);
        const ReceivedPush &p = pushes.first();
        QCOMPARE(p.dataSourceId, source.id);
        QCOMPARE(p.tokenId, m_lastTokenId);
        QCOMPARE(p.method, QByteArray("POST"));
        QCOMPARE(p.path, QStringLiteral("/push/") + source.id + QStringLiteral("/api/v1/push"));
        QCOMPARE(p.contentType, QByteArray("application/x-protobuf"));
        QCOMPARE(p.contentEncoding, QByteArray("snappy"));
        QCOMPARE(p.userAgent, QByteArray("Prometheus/2.42.0"));
        QCOMPARE(p.bodySize, qint64(body.size()));
        QVERIFY(p.receivedAt >= before);
        QVERIFY(p.receivedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        m_kit.emulator()->clearReceivedPushes();
        QVERIFY(m_kit.emulator()->receivedPushes().isEmpty());
    }

    void aCreatedTokensSecretPushesAndADeletedOneNoLonger()
    {
        const DataSource source = addSource(DataSourceType::Metrics);
        const HttpResult created = m_client->send(
            "POST", tokensPath(), {},
            createBody(m_project, QStringLiteral("agent"), strings({"write_only_metrics"})));
        QCOMPARE(created.status, 200);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QString secret = created.json().value(QStringLiteral("secret_key")).toString();
        QCOMPARE(m_kit.emulator()->tokenSecret(Region::FrPar, id).expose(), secret);
        QCOMPARE(pushWithToken(source, QStringLiteral("/api/v1/push"), secret).status, 204);
        QCOMPARE(m_kit.emulator()->receivedPushes().last().tokenId, id);
        QCOMPARE(m_client->send("DELETE", tokenPath(id)).status, 204);
        QCOMPARE(pushWithToken(source, QStringLiteral("/api/v1/push"), secret).status, 401);
        QVERIFY(m_kit.emulator()->tokenSecret(Region::FrPar, id).isEmpty());
    }

    void aTokenSecretIsNoApiKey()
    {
        // The Cockpit API itself still wants an API key: a token's secret opens nothing there.
        const QString secret = secretFor(TokenScope::WriteOnlyMetrics);
        m_client->setSecretKey(secret);
        QCOMPARE(
            m_client->get(tokensPath(), query({{QStringLiteral("project_id"), m_project}})).status,
            401);
    }

    void apiRequestsAreNotRecordedAsPushes()
    {
        QCOMPARE(
            m_client->get(tokensPath(), query({{QStringLiteral("project_id"), m_project}})).status,
            200);
        QVERIFY(m_kit.emulator()->receivedPushes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorPush)
#include "tst_emulatorpush.moc"
