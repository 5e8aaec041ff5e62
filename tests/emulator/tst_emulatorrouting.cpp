// The emulator's routing, authentication, Account and IAM routes, common headers, demo data
// and request recording, over real HTTP on 127.0.0.1.

#include "EmulatorTestBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cockpit;

class TestEmulatorRouting : public EmulatorTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpEmulator(); }
    void cleanup() { tearDownEmulator(); }

    void baseUrlIsLoopbackWithoutSlash()
    {
        const QString url = m_kit.emulator()->baseUrl().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                     .match(url)
                     .hasMatch(),
                 qPrintable(url));
    }

    void seedDemoIsDeterministic()
    {
        TestEmulator other;
        const EmulatorCredentials a = m_kit.emulator()->seedDemo();
        const EmulatorCredentials b = other.seedDemo();
        QCOMPARE(a.accessKey, b.accessKey);
        QCOMPARE(a.secretKey, b.secretKey);
        QCOMPARE(a.projectId, b.projectId);
        QVERIFY(
            QRegularExpression(QStringLiteral("^SCW[A-Z0-9]{17}$")).match(a.accessKey).hasMatch());
        QVERIFY(isUuid(a.secretKey) && isUuid(a.organizationId) && isUuid(a.projectId));

        m_client->setSecretKey(a.secretKey);
        const HttpResult projects = m_client->get(QStringLiteral("/account/v3/projects"));
        QCOMPARE(projects.status, 200);
        QCOMPARE(projects.json().value(QStringLiteral("total_count")).toInt(), 3);

        // Same data in both, spread over every region.
        int total = 0;
        QSet<Region> regionsUsed;
        const QJsonArray list = projects.json().value(QStringLiteral("projects")).toArray();
        for (const QJsonValue &value : list) {
            const QString projectId = value.toObject().value(QStringLiteral("id")).toString();
            for (Region region : allRegions()) {
                const QList<Token> mine = m_kit.emulator()->tokens(region, projectId);
                const QList<Token> theirs = other.tokens(region, projectId);
                QCOMPARE(mine.size(), theirs.size());
                for (int i = 0; i < mine.size(); ++i) {
                    QCOMPARE(mine.at(i).id, theirs.at(i).id);
                    QCOMPARE(mine.at(i).name, theirs.at(i).name);
                }
                total += mine.size();
                if (!mine.isEmpty())
                    regionsUsed.insert(region);
            }
        }
        QVERIFY2(total >= 20 && total <= 30, qPrintable(QString::number(total)));
        QCOMPARE(regionsUsed.size(), 3);
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing header") << QString() << "invalid_argument";
        QTest::newRow("not a uuid") << "not-a-secret"
                                    << "invalid_argument";
        QTest::newRow("unknown key") << "11111111-2222-4333-8444-555555555555"
                                     << "not_found";
    }

    void authentication()
    {
        QFETCH(QString, secret);
        QFETCH(QString, reason);
        m_client->setSecretKey(secret);
        const QStringList paths{tokensPath(), tokenPath(m_project),
                                QStringLiteral("/account/v3/projects"),
                                QStringLiteral("/account/v3/projects/") + m_project,
                                QStringLiteral("/iam/v1alpha1/api-keys/SCWTESTKEY0000000001")};
        for (const QString &path : paths) {
            const HttpResult result =
                m_client->get(path, query({{QStringLiteral("project_id"), m_project}}));
            QCOMPARE(result.status, 401);
            checkCommonHeaders(result);
            QCOMPARE(result.json(),
                     (QJsonObject{
                         {QStringLiteral("message"), QStringLiteral("authentication is denied")},
                         {QStringLiteral("method"), QStringLiteral("api_key")},
                         {QStringLiteral("reason"), reason},
                         {QStringLiteral("type"), QStringLiteral("denied_authentication")}}));
        }
    }

    void routingErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("unknown region")
            << QByteArray("GET") << "/cockpit/v1/regions/xx-abc/tokens" << 404 << "not_found";
        QTest::newRow("unknown path")
            << QByteArray("GET") << "/cockpit/v2/tokens" << 404 << "not_found";
        QTest::newRow("trailing slash")
            << QByteArray("GET") << "/account/v3/projects/" << 404 << "not_found";
        QTest::newRow("put on tokens") << QByteArray("PUT") << "/cockpit/v1/regions/fr-par/tokens"
                                       << 405 << "method_not_allowed";
        QTest::newRow("patch on a token")
            << QByteArray("PATCH") << "/cockpit/v1/regions/fr-par/tokens/x" << 405
            << "method_not_allowed";
        QTest::newRow("post on projects")
            << QByteArray("POST") << "/account/v3/projects" << 405 << "method_not_allowed";
    }

    void routingErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, type);
        const HttpResult result = m_client->send(method, path);
        QCOMPARE(result.status, status);
        checkCommonHeaders(result);
        QCOMPARE(result.json().value(QStringLiteral("type")).toString(), type);
    }

    void unknownRegionNamesTheRegion()
    {
        const HttpResult result =
            m_client->get(QStringLiteral("/cockpit/v1/regions/xx-abc/tokens"));
        QCOMPARE(result.json().value(QStringLiteral("resource")).toString(),
                 QStringLiteral("region"));
        QCOMPARE(result.json().value(QStringLiteral("resource_id")).toString(),
                 QStringLiteral("xx-abc"));
    }

    void projects()
    {
        for (int i = 0; i < 4; ++i)
            m_kit.emulator()->addProject(kOrg, QStringLiteral("extra-%1").arg(i));
        const HttpResult first =
            m_client->get(QStringLiteral("/account/v3/projects"),
                          query({{QStringLiteral("organization_id"), kOrg},
                                 {QStringLiteral("page_size"), QStringLiteral("2")},
                                 {QStringLiteral("order_by"), QStringLiteral("name_desc")}}));
        QCOMPARE(first.status, 200);
        checkCommonHeaders(first);
        QCOMPARE(first.json().value(QStringLiteral("total_count")).toInt(), 5);
        const QJsonArray page = first.json().value(QStringLiteral("projects")).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("tests"));
        QCOMPARE(keys(page.at(0).toObject()),
                 (QSet<QString>{QStringLiteral("created_at"), QStringLiteral("description"),
                                QStringLiteral("id"), QStringLiteral("name"),
                                QStringLiteral("organization_id"), QStringLiteral("updated_at")}));

        const HttpResult one = m_client->get(QStringLiteral("/account/v3/projects/") + m_project);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("organization_id")).toString(), kOrg);
        QVERIFY(
            kTimestamp.match(one.json().value(QStringLiteral("created_at")).toString()).hasMatch());

        const QString unknown = QStringLiteral("12345678-1234-4234-8234-123456789012");
        const HttpResult missing = m_client->get(QStringLiteral("/account/v3/projects/") + unknown);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QStringLiteral("resource")).toString(),
                 QStringLiteral("project"));
        QCOMPARE(missing.json().value(QStringLiteral("resource_id")).toString(), unknown);
        QCOMPARE(m_client->get(QStringLiteral("/account/v3/projects/") + m_otherProject).status,
                 403);
        QCOMPARE(m_client
                     ->get(QStringLiteral("/account/v3/projects"),
                           query({{QStringLiteral("organization_id"), kOtherOrg}}))
                     .status,
                 403);
        checkInvalidArgument(
            m_client->get(QStringLiteral("/account/v3/projects"),
                          query({{QStringLiteral("page_size"), QStringLiteral("101")}})),
            QStringLiteral("page_size"), QStringLiteral("constraint"));
        QCOMPARE(m_client
                     ->get(QStringLiteral("/account/v3/projects"),
                           query({{QStringLiteral("page_size"), QStringLiteral("100")}}))
                     .status,
                 200);
    }

    void apiKeys()
    {
        const QString path = QStringLiteral("/iam/v1alpha1/api-keys/");
        const HttpResult own = m_client->get(path + QStringLiteral("SCWTESTKEY0000000001"));
        QCOMPARE(own.status, 200);
        checkCommonHeaders(own);
        const QJsonObject key = own.json();
        QCOMPARE(key.value(QStringLiteral("access_key")).toString(),
                 QStringLiteral("SCWTESTKEY0000000001"));
        QVERIFY(key.value(QStringLiteral("secret_key")).isNull());
        QVERIFY(key.contains(QStringLiteral("default_project_id")));
        QVERIFY(!key.contains(QStringLiteral("organization_id")));
        QCOMPARE(m_client->get(path + QStringLiteral("SCWNOSUCHKEY00000000")).status, 404);
        QCOMPARE(m_client->get(path + QStringLiteral("SCWTESTKEY0000000002")).status, 403);
        m_kit.emulator()->setApiKeyLookupDenied(true);
        const HttpResult denied = m_client->get(path + QStringLiteral("SCWTESTKEY0000000001"));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("permissions_denied"));
    }

    void headersCountDownAndIdsDiffer()
    {
        m_kit.emulator()->setRateLimitWindow(60000); // no window roll-over between these requests
        QSet<QByteArray> requestIds;
        int previous = 50;
        for (int i = 0; i < 3; ++i) {
            const HttpResult result = m_client->get(QStringLiteral("/account/v3/projects"));
            checkCommonHeaders(result);
            const int remaining = result.header("X-Ratelimit-Remaining").toInt();
            QCOMPARE(remaining, previous - 1);
            previous = remaining;
            requestIds.insert(result.header("X-Request-Id"));
        }
        QCOMPARE(requestIds.size(), 3);
    }

    void requestsAreRecorded()
    {
        const QByteArray body = createBody(m_project, QStringLiteral("recorded"), {});
        m_client->send("POST", tokensPath(), query({{QStringLiteral("dry"), QStringLiteral("1")}}),
                       body);
        const QList<TestEmulator::RecordedRequest> requests = m_kit.emulator()->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("POST"));
        QCOMPARE(requests.first().path, tokensPath());
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("dry")), QStringLiteral("1"));
        QCOMPARE(requests.first().body, body);
        bool sawToken = false;
        for (const auto &[name, value] : requests.first().headers)
            sawToken = sawToken || (name.compare("x-auth-token", Qt::CaseInsensitive) == 0 &&
                                    value == kSecret.toLatin1());
        QVERIFY(sawToken);
        m_kit.emulator()->clearRequests();
        QVERIFY(m_kit.emulator()->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRouting)
#include "tst_emulatorrouting.moc"
