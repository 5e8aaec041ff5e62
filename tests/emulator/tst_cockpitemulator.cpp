// The emulator's routes, bodies and headers, over real HTTP on 127.0.0.1.

#include "EmulatorTestClient.h"

#include "emulator/CockpitEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cockpit;

namespace {

const QString kOrg = QStringLiteral("3f1c2a44-5d6e-4f70-8a9b-0c1d2e3f4a5b");
const QString kOtherOrg = QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
const QString kSecret = QStringLiteral("5b8c0e2a-1d3f-4e5a-9b7c-6d8e0f1a2b3c");
const QString kOtherSecret = QStringLiteral("0f1e2d3c-4b5a-4968-8776-655443322110");

QString tokensPath(const QString &region = QStringLiteral("fr-par"))
{
    return QStringLiteral("/cockpit/v1/regions/%1/tokens").arg(region);
}

QString tokenPath(const QString &id, const QString &region = QStringLiteral("fr-par"))
{
    return tokensPath(region) + QLatin1Char('/') + id;
}

QByteArray createBody(const QString &projectId, const QString &name, const QStringList &scopes)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("project_id"), projectId},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("token_scopes"), QJsonArray::fromStringList(scopes)}})
        .toJson(QJsonDocument::Compact);
}

QUrlQuery query(std::initializer_list<QPair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, value);
    return q;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromLatin1(text));
    return list;
}

QSet<QString> keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

const QRegularExpression
    kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));

} // namespace

class TestCockpitEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CockpitEmulator> m_emulator;
    std::unique_ptr<EmulatorTestClient> m_client;
    QString m_project;      // in kOrg
    QString m_otherProject; // in kOtherOrg

    // Every API answer carries these, whatever its status.
    void checkCommonHeaders(const HttpResult &result)
    {
        QVERIFY(result.finished);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(QUuid::fromString(QString::fromLatin1(result.header("X-Request-Id"))).isNull() ==
                false);
        QCOMPARE(result.header("X-Ratelimit-Limit"), QByteArray("50, 50;w=1"));
        QVERIFY(result.hasHeader("X-Ratelimit-Remaining"));
        QVERIFY(result.header("X-Ratelimit-Reset").toInt() >= 1);
    }

    void checkInvalidArgument(const HttpResult &result, const QString &argument,
                              const QString &reason)
    {
        QCOMPARE(result.status, 400);
        const QJsonObject body = result.json();
        QCOMPARE(body.value(QStringLiteral("type")).toString(),
                 QStringLiteral("invalid_arguments"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(),
                 QStringLiteral("invalid argument(s)"));
        const QJsonArray details = body.value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), 1);
        const QJsonObject detail = details.first().toObject();
        QCOMPARE(keys(detail),
                 (QSet<QString>{QStringLiteral("argument_name"), QStringLiteral("help_message"),
                                QStringLiteral("reason")}));
        QCOMPARE(detail.value(QStringLiteral("argument_name")).toString(), argument);
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!detail.value(QStringLiteral("help_message")).toString().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<CockpitEmulator>();
        QVERIFY(m_emulator->listenLocal() != 0);
        m_emulator->addApiKey(QStringLiteral("SCWTESTKEY0000000001"), kSecret, {}, kOrg);
        m_emulator->addApiKey(QStringLiteral("SCWTESTKEY0000000002"), kOtherSecret, {}, kOtherOrg);
        m_project = m_emulator->addProject(kOrg, QStringLiteral("tests")).id;
        m_otherProject = m_emulator->addProject(kOtherOrg, QStringLiteral("others")).id;
        m_client = std::make_unique<EmulatorTestClient>(m_emulator->baseUrl(), kSecret);
    }

    void cleanup()
    {
        m_client.reset();
        m_emulator.reset();
    }

    void baseUrlIsLoopbackWithoutSlash()
    {
        const QString url = m_emulator->baseUrl().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                     .match(url)
                     .hasMatch(),
                 qPrintable(url));
    }

    void seedDemoIsDeterministic()
    {
        CockpitEmulator other;
        const EmulatorCredentials a = m_emulator->seedDemo();
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
                const QList<Token> mine = m_emulator->tokens(region, projectId);
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

    void createGetDeleteCycle()
    {
        // The SDK's request Content-Type has a charset: it must be accepted.
        const HttpResult created = m_client->send(
            "POST", tokensPath(), {},
            createBody(m_project, QStringLiteral("cycle-token"),
                       {QStringLiteral("read_only_logs"), QStringLiteral("write_only_metrics")}),
            "application/json; charset=utf-8");
        QCOMPARE(created.status, 200);
        checkCommonHeaders(created);
        QCOMPARE(m_emulator->createCount(), 1);
        const QJsonObject token = created.json();
        QCOMPARE(keys(token),
                 (QSet<QString>{QStringLiteral("created_at"), QStringLiteral("id"),
                                QStringLiteral("name"), QStringLiteral("project_id"),
                                QStringLiteral("region"), QStringLiteral("scopes"),
                                QStringLiteral("secret_key"), QStringLiteral("updated_at")}));
        const QString id = token.value(QStringLiteral("id")).toString();
        QVERIFY(isUuid(id));
        QCOMPARE(token.value(QStringLiteral("name")).toString(), QStringLiteral("cycle-token"));
        QCOMPARE(token.value(QStringLiteral("project_id")).toString(), m_project);
        QCOMPARE(token.value(QStringLiteral("region")).toString(), QStringLiteral("fr-par"));
        // Canonical order, not the request's.
        QCOMPARE(
            token.value(QStringLiteral("scopes")).toArray(),
            QJsonArray({QStringLiteral("write_only_metrics"), QStringLiteral("read_only_logs")}));
        const QString secret = token.value(QStringLiteral("secret_key")).toString();
        QCOMPARE(secret.size(), 64);
        QVERIFY(!isUuid(secret));
        const QString createdAt = token.value(QStringLiteral("created_at")).toString();
        QVERIFY2(kTimestamp.match(createdAt).hasMatch(), qPrintable(createdAt));
        QCOMPARE(token.value(QStringLiteral("updated_at")).toString(), createdAt);
        // The body is the API's compact, key-sorted JSON.
        QCOMPARE(created.body, QJsonDocument(token).toJson(QJsonDocument::Compact));

        const HttpResult got = m_client->get(tokenPath(id));
        QCOMPARE(got.status, 200);
        checkCommonHeaders(got);
        QVERIFY(got.json().value(QStringLiteral("secret_key")).isNull());
        QCOMPARE(got.json().value(QStringLiteral("created_at")).toString(), createdAt);
        QCOMPARE(m_emulator->tokens(Region::FrPar, m_project).size(), 1);
        QCOMPARE(m_emulator->tokens(Region::FrPar, m_project).first().id, id);

        const HttpResult deleted = m_client->send("DELETE", tokenPath(id));
        QCOMPARE(deleted.status, 204);
        checkCommonHeaders(deleted);
        QVERIFY(deleted.body.isEmpty());

        const QByteArray notFound = "{\"message\":\"resource is not found\",\"resource\":\"token\","
                                    "\"resource_id\":\"" +
                                    id.toLatin1() + "\",\"type\":\"not_found\"}";
        const HttpResult gone = m_client->get(tokenPath(id));
        QCOMPARE(gone.status, 404);
        checkCommonHeaders(gone);
        QCOMPARE(gone.body, notFound);
        const HttpResult deletedAgain = m_client->send("DELETE", tokenPath(id));
        QCOMPARE(deletedAgain.status, 404);
        QCOMPARE(deletedAgain.body, notFound);
        QCOMPARE(m_emulator->createCount(), 1);
    }

    void createWithoutScopes_data()
    {
        QTest::addColumn<QByteArray>("scopesJson");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("null") << QByteArray(",\"token_scopes\":null");
        QTest::newRow("empty") << QByteArray(",\"token_scopes\":[]");
    }

    void createWithoutScopes()
    {
        QFETCH(QByteArray, scopesJson);
        const QByteArray body = "{\"project_id\":\"" + m_project.toLatin1() +
                                "\",\"name\":\"no-scopes\"" + scopesJson + '}';
        const HttpResult created =
            m_client->send("POST", tokensPath(QStringLiteral("nl-ams")), {}, body);
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(QStringLiteral("scopes")), QJsonValue(QJsonArray()));
        QCOMPARE(created.json().value(QStringLiteral("region")).toString(),
                 QStringLiteral("nl-ams"));
    }

    void createRejectsBadArguments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("reason");
        const QByteArray p = "\"project_id\":\"PROJECT\"";
        QTest::newRow("name too short") << "{" + p + ",\"name\":\"ab\"}"
                                        << "name"
                                        << "constraint";
        QTest::newRow("name too long") << "{" + p + ",\"name\":\"" + QByteArray(51, 'a') + "\"}"
                                       << "name"
                                       << "constraint";
        QTest::newRow("name with space") << "{" + p + ",\"name\":\"a b c\"}"
                                         << "name"
                                         << "constraint";
        QTest::newRow("name missing") << "{" + p + "}"
                                      << "name"
                                      << "required";
        QTest::newRow("name not a string") << "{" + p + ",\"name\":12}"
                                           << "name"
                                           << "format";
        QTest::newRow("project missing") << QByteArray("{\"name\":\"good-name\"}") << "project_id"
                                         << "required";
        QTest::newRow("project not a uuid")
            << QByteArray("{\"project_id\":\"nope\",\"name\":\"good-name\"}") << "project_id"
            << "format";
        QTest::newRow("unknown scope")
            << "{" + p + ",\"name\":\"good-name\",\"token_scopes\":[\"read_only_everything\"]}"
            << "token_scopes"
            << "unknown";
        QTest::newRow("scopes not a list")
            << "{" + p + ",\"name\":\"good-name\",\"token_scopes\":\"read_only_logs\"}"
            << "token_scopes"
            << "format";
        QTest::newRow("malformed json") << QByteArray("{\"name\":") << "body"
                                        << "format";
    }

    void createRejectsBadArguments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, argument);
        QFETCH(QString, reason);
        body.replace("PROJECT", m_project.toLatin1());
        const HttpResult result = m_client->send("POST", tokensPath(), {}, body);
        checkInvalidArgument(result, argument, reason);
        checkCommonHeaders(result);
        QCOMPARE(m_emulator->createCount(), 0);
    }

    void listPaginatesWithTotalCount()
    {
        QSet<QString> all;
        for (int i = 0; i < 7; ++i)
            all.insert(m_emulator
                           ->addToken(Region::PlWaw, m_project, QStringLiteral("page-%1").arg(i),
                                      TokenScope::WriteOnlyLogs)
                           .id);
        QSet<QString> seen;
        for (int page = 1; page <= 4; ++page) {
            const HttpResult result =
                m_client->get(tokensPath(QStringLiteral("pl-waw")),
                              query({{QStringLiteral("project_id"), m_project},
                                     {QStringLiteral("page"), QString::number(page)},
                                     {QStringLiteral("page_size"), QStringLiteral("3")}}));
            QCOMPARE(result.status, 200);
            checkCommonHeaders(result);
            QCOMPARE(keys(result.json()),
                     (QSet<QString>{QStringLiteral("tokens"), QStringLiteral("total_count")}));
            QCOMPARE(result.json().value(QStringLiteral("total_count")).toInt(), 7);
            const QJsonArray tokens = result.json().value(QStringLiteral("tokens")).toArray();
            QCOMPARE(tokens.size(), page < 3 ? 3 : page == 3 ? 1 : 0);
            for (const QJsonValue &token : tokens) {
                QVERIFY(token.toObject().value(QStringLiteral("secret_key")).isNull());
                seen.insert(token.toObject().value(QStringLiteral("id")).toString());
            }
        }
        QCOMPARE(seen, all);
        // Other regions are separate.
        const HttpResult elsewhere =
            m_client->get(tokensPath(), query({{QStringLiteral("project_id"), m_project}}));
        QCOMPARE(elsewhere.json().value(QStringLiteral("total_count")).toInt(), 0);
    }

    void listOrders_data()
    {
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QStringList>("expected");
        // Created in this order: bravo (oldest), alpha, charlie (newest).
        QTest::newRow("default") << QString() << strings({"bravo", "alpha", "charlie"});
        QTest::newRow("created_at_asc")
            << "created_at_asc" << strings({"bravo", "alpha", "charlie"});
        QTest::newRow("created_at_desc")
            << "created_at_desc" << strings({"charlie", "alpha", "bravo"});
        QTest::newRow("name_asc") << "name_asc" << strings({"alpha", "bravo", "charlie"});
        QTest::newRow("name_desc") << "name_desc" << strings({"charlie", "bravo", "alpha"});
    }

    void listOrders()
    {
        QFETCH(QString, orderBy);
        QFETCH(QStringList, expected);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("bravo"), {}, base);
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("alpha"), {},
                             base.addDays(1));
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("charlie"), {},
                             base.addDays(2));
        QUrlQuery q = query({{QStringLiteral("project_id"), m_project}});
        if (!orderBy.isEmpty())
            q.addQueryItem(QStringLiteral("order_by"), orderBy);
        const HttpResult result = m_client->get(tokensPath(), q);
        QCOMPARE(result.status, 200);
        QStringList names;
        for (const QJsonValue &token : result.json().value(QStringLiteral("tokens")).toArray())
            names.append(token.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names, expected);
    }

    void listFiltersByAnyScope_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one scope") << strings({"write_only_logs"}) << strings({"logs", "both"});
        QTest::newRow("any of two") << strings({"write_only_logs", "read_only_traces"})
                                    << strings({"logs", "both", "traces"});
        QTest::newRow("no match") << strings({"full_access_alert_manager"}) << QStringList{};
    }

    void listFiltersByAnyScope()
    {
        QFETCH(QStringList, filter);
        QFETCH(QStringList, expected);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-5);
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("logs"),
                             TokenScope::WriteOnlyLogs, base);
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("both"),
                             TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyMetrics,
                             base.addSecs(1));
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("traces"),
                             TokenScope::ReadOnlyTraces, base.addSecs(2));
        m_emulator->addToken(Region::FrPar, m_project, QStringLiteral("none"), {}, base.addSecs(3));
        QUrlQuery q = query({{QStringLiteral("project_id"), m_project},
                             {QStringLiteral("page_size"), QStringLiteral("1")}});
        for (const QString &scope : filter)
            q.addQueryItem(QStringLiteral("token_scopes"), scope);
        const HttpResult result = m_client->get(tokensPath(), q);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("total_count")).toInt(), expected.size());
        const QJsonArray tokens = result.json().value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), qMin(1, int(expected.size())));
        if (!expected.isEmpty())
            QCOMPARE(tokens.first().toObject().value(QStringLiteral("name")).toString(),
                     expected.first());
    }

    void listRejectsBadQuery_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("page 0") << "page"
                                << "0"
                                << "constraint";
        QTest::newRow("page not a number") << "page"
                                           << "first"
                                           << "format";
        QTest::newRow("page_size 0") << "page_size"
                                     << "0"
                                     << "constraint";
        QTest::newRow("page_size 1001") << "page_size"
                                        << "1001"
                                        << "constraint";
        QTest::newRow("order_by unknown") << "order_by"
                                          << "size_asc"
                                          << "unknown";
        QTest::newRow("scope unknown") << "token_scopes"
                                       << "all"
                                       << "unknown";
        QTest::newRow("project_id bad") << "project_id"
                                        << "123"
                                        << "format";
        QTest::newRow("project_id missing") << "project_id" << QString() << "required";
    }

    void listRejectsBadQuery()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QUrlQuery q;
        if (key != QLatin1String("project_id"))
            q.addQueryItem(QStringLiteral("project_id"), m_project);
        else if (!value.isEmpty())
            q.addQueryItem(key, value);
        if (key != QLatin1String("project_id"))
            q.addQueryItem(key, value);
        const HttpResult result = m_client->get(tokensPath(), q);
        checkInvalidArgument(result, key, reason);
        checkCommonHeaders(result);
    }

    void pageSizeLimitsAreAccepted()
    {
        for (const QString &size : {QStringLiteral("1"), QStringLiteral("1000")}) {
            const HttpResult result =
                m_client->get(tokensPath(), query({{QStringLiteral("project_id"), m_project},
                                                   {QStringLiteral("page_size"), size}}));
            QCOMPARE(result.status, 200);
        }
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

    void otherOrganizationIsDenied_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("action");
        QTest::newRow("list") << QByteArray("GET") << "read";
        QTest::newRow("create") << QByteArray("POST") << "write";
        QTest::newRow("get") << QByteArray("GET-ONE") << "read";
        QTest::newRow("delete") << QByteArray("DELETE") << "write";
    }

    void otherOrganizationIsDenied()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, action);
        const Token theirs =
            m_emulator->addToken(Region::FrPar, m_otherProject, QStringLiteral("theirs"), {});
        HttpResult result;
        if (method == "GET")
            result = m_client->get(tokensPath(),
                                   query({{QStringLiteral("project_id"), m_otherProject}}));
        else if (method == "POST")
            result = m_client->send("POST", tokensPath(), {},
                                    createBody(m_otherProject, QStringLiteral("mine"), {}));
        else if (method == "GET-ONE")
            result = m_client->get(tokenPath(theirs.id));
        else
            result = m_client->send("DELETE", tokenPath(theirs.id));
        QCOMPARE(result.status, 403);
        checkCommonHeaders(result);
        const QJsonObject expected{
            {QStringLiteral("details"),
             QJsonArray{QJsonObject{{QStringLiteral("action"), action},
                                    {QStringLiteral("resource"), QStringLiteral("cockpit")}}}},
            {QStringLiteral("message"), QStringLiteral("insufficient permissions")},
            {QStringLiteral("type"), QStringLiteral("permissions_denied")}};
        QCOMPARE(result.json(), expected);
        QCOMPARE(m_emulator->tokens(Region::FrPar, m_otherProject).size(), 1);
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

    void tokenOfAnotherRegionIsNotFound()
    {
        const Token token =
            m_emulator->addToken(Region::NlAms, m_project, QStringLiteral("in-ams"), {});
        QCOMPARE(m_client->get(tokenPath(token.id, QStringLiteral("nl-ams"))).status, 200);
        QCOMPARE(m_client->get(tokenPath(token.id)).status, 404);
        checkInvalidArgument(m_client->get(tokenPath(QStringLiteral("not-a-uuid"))),
                             QStringLiteral("token_id"), QStringLiteral("format"));
    }

    void projects()
    {
        for (int i = 0; i < 4; ++i)
            m_emulator->addProject(kOrg, QStringLiteral("extra-%1").arg(i));
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
        m_emulator->setApiKeyLookupDenied(true);
        const HttpResult denied = m_client->get(path + QStringLiteral("SCWTESTKEY0000000001"));
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json().value(QStringLiteral("type")).toString(),
                 QStringLiteral("permissions_denied"));
    }

    void headersCountDownAndIdsDiffer()
    {
        m_emulator->setRateLimitWindow(60000); // no window roll-over between these requests
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
        const QList<CockpitEmulator::RecordedRequest> requests = m_emulator->requests();
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
        m_emulator->clearRequests();
        QVERIFY(m_emulator->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCockpitEmulator)
#include "tst_cockpitemulator.moc"
