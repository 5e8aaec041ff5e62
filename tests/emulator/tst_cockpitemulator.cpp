// The emulator's Cockpit token routes over real HTTP on 127.0.0.1: exact bodies and headers,
// validation errors, pagination, orders, the scope filter and organization checks.

#include "EmulatorTestBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cockpit;

class TestCockpitEmulator : public EmulatorTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpEmulator(); }
    void cleanup() { tearDownEmulator(); }

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
        QCOMPARE(m_kit.emulator()->createCount(), 1);
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
        QCOMPARE(m_kit.emulator()->tokens(Region::FrPar, m_project).size(), 1);
        QCOMPARE(m_kit.emulator()->tokens(Region::FrPar, m_project).first().id, id);

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
        QCOMPARE(m_kit.emulator()->createCount(), 1);
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
        QCOMPARE(m_kit.emulator()->createCount(), 0);
    }

    void listPaginatesWithTotalCount()
    {
        QSet<QString> all;
        for (int i = 0; i < 7; ++i)
            all.insert(m_kit.emulator()
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
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("bravo"), {}, base);
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("alpha"), {},
                                   base.addDays(1));
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("charlie"), {},
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
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("logs"),
                                   TokenScope::WriteOnlyLogs, base);
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("both"),
                                   TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyMetrics,
                                   base.addSecs(1));
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("traces"),
                                   TokenScope::ReadOnlyTraces, base.addSecs(2));
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("none"), {},
                                   base.addSecs(3));
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
            m_kit.emulator()->addToken(Region::FrPar, m_otherProject, QStringLiteral("theirs"), {});
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
        QCOMPARE(m_kit.emulator()->tokens(Region::FrPar, m_otherProject).size(), 1);
    }

    void tokenOfAnotherRegionIsNotFound()
    {
        const Token token =
            m_kit.emulator()->addToken(Region::NlAms, m_project, QStringLiteral("in-ams"), {});
        QCOMPARE(m_client->get(tokenPath(token.id, QStringLiteral("nl-ams"))).status, 200);
        QCOMPARE(m_client->get(tokenPath(token.id)).status, 404);
        checkInvalidArgument(m_client->get(tokenPath(QStringLiteral("not-a-uuid"))),
                             QStringLiteral("token_id"), QStringLiteral("format"));
    }
};

QTEST_GUILESS_MAIN(TestCockpitEmulator)
#include "tst_cockpitemulator.moc"
