// Strict parsing of the API's answers: every recorded Cockpit/Account body decodes to the values it
// holds, and broken bodies of every sort give a typed error, never a crash or half a result.
#include "CassetteReader.h"
#include "api/ApiJson.h"
#include "api/UtcDateTime.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace cockpit;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

// A valid token of our own (not from the cassettes), changed per row of the bad-body tables.
QJsonObject validToken()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("11111111-1111-4111-8111-111111111111")},
        {QStringLiteral("project_id"), QStringLiteral("22222222-2222-4222-8222-222222222222")},
        {QStringLiteral("name"), QStringLiteral("agent-push")},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05.678901Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2025-01-02T03:04:05.678901Z")},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("write_only_logs")}},
        {QStringLiteral("secret_key"), QJsonValue::Null},
        {QStringLiteral("region"), QStringLiteral("fr-par")},
    };
}

QJsonObject validProject()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("22222222-2222-4222-8222-222222222222")},
        {QStringLiteral("name"), QStringLiteral("observability")},
        {QStringLiteral("organization_id"), QStringLiteral("33333333-3333-4333-8333-333333333333")},
        {QStringLiteral("description"), QStringLiteral("")},
        {QStringLiteral("created_at"), QStringLiteral("2024-05-06T07:08:09.1Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2024-05-06T07:08:09.1Z")},
    };
}

QJsonObject validApiKey()
{
    return QJsonObject{
        {QStringLiteral("access_key"), QStringLiteral("SCWABCDEFGHJKMNPQRST")},
        {QStringLiteral("secret_key"), QJsonValue::Null},
        {QStringLiteral("description"), QStringLiteral("laptop")},
        {QStringLiteral("default_project_id"),
         QStringLiteral("22222222-2222-4222-8222-222222222222")},
        {QStringLiteral("user_id"), QStringLiteral("44444444-4444-4444-8444-444444444444")},
        {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00Z")},
        {QStringLiteral("expires_at"), QJsonValue::Null},
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QByteArray tokenPage(const QJsonArray &tokens, const QJsonValue &total)
{
    QJsonObject page{{QStringLiteral("tokens"), tokens}};
    if (!total.isUndefined())
        page.insert(QStringLiteral("total_count"), total);
    return compact(page);
}

// An independent reading of a recorded timestamp: the fraction cut to milliseconds (the client
// truncates, as Go's formatting does), then Qt's own ISO parser.
QDateTime referenceTime(const QJsonValue &value)
{
    QString text = value.toString();
    text.replace(QRegularExpression(QStringLiteral("(\\.\\d{3})\\d+")), QStringLiteral("\\1"));
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

TokenScopes scopesOf(const QJsonArray &array)
{
    TokenScopes scopes;
    for (const QJsonValue &value : array)
        scopes |= *tokenScopeFromId(value.toString());
    return scopes;
}

enum class Parser
{
    Token,
    TokenPage,
    CreatedToken,
    Project,
    ProjectPage,
    ApiKey
};

ApiError runParser(Parser parser, const QByteArray &body)
{
    switch (parser) {
    case Parser::Token: {
        Token token;
        return ApiJson::parseToken(body, Region::FrPar, &token);
    }
    case Parser::TokenPage: {
        ApiJson::TokenPage page;
        return ApiJson::parseTokenPage(body, Region::FrPar, &page);
    }
    case Parser::CreatedToken: {
        CreatedToken created;
        return ApiJson::parseCreatedToken(body, Region::FrPar, &created);
    }
    case Parser::Project: {
        Project project;
        return ApiJson::parseProject(body, &project);
    }
    case Parser::ProjectPage: {
        ApiJson::ProjectPage page;
        return ApiJson::parseProjectPage(body, &page);
    }
    case Parser::ApiKey: {
        ApiKeyInfo key;
        return ApiJson::parseApiKey(body, &key);
    }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Parser)

class TestApiJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedBodies_data();
    void recordedBodies();
    void badBodies_data();
    void badBodies();
    void failureLeavesOutputUntouched();
    void unknownScopesAreKept();
    void secretOnlyFromCreate();
    void pageSharesProjectId();
    void timestamps_data();
    void timestamps();
};

void TestApiJson::recordedBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    const QStringList files = cassetteFiles();
    if (files.isEmpty())
        QSKIP("No cassettes in COCKPIT_CASSETTES_DIR: the recorded traffic is not available here");
    for (const QString &file : files) {
        QString error;
        const QList<CassetteInteraction> interactions = readCassette(file, &error);
        QVERIFY2(!interactions.isEmpty(), qPrintable(error));
        for (int i = 0; i < interactions.size(); ++i) {
            // Other Scaleway APIs the recording tool called are not this app's to decode.
            if (isAppApi(interactions.at(i)))
                QTest::addRow("%s#%d", qPrintable(QFileInfo(file).fileName()), i) << file << i;
        }
    }
}

void TestApiJson::recordedBodies()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const CassetteInteraction recorded = readCassette(file, nullptr).at(index);
    const QString path = recorded.url.path();
    const bool isToken = path.startsWith(QLatin1String("/cockpit/v1/regions/"));
    const bool isProject = path.startsWith(QLatin1String("/account/v3/projects"));
    QVERIFY2(isToken || isProject, qPrintable(path));

    if (recorded.status >= 400) {
        const ApiError error =
            ApiError::fromHttp(recorded.status, recorded.responseBody,
                               QString::fromLatin1(recorded.responseHeader("X-Request-Id")));
        const QJsonObject json = QJsonDocument::fromJson(recorded.responseBody).object();
        QCOMPARE(error.httpStatus, recorded.status);
        QCOMPARE(error.type, json.value(QLatin1String("type")).toString());
        QCOMPARE(error.message, json.value(QLatin1String("message")).toString());
        QCOMPARE(error.resourceId, json.value(QLatin1String("resource_id")).toString());
        QCOMPARE(error.requestId, QString::fromLatin1(recorded.responseHeader("X-Request-Id")));
        if (recorded.status == 404)
            QCOMPARE(error.kind, ApiError::Kind::NotFound);
        return;
    }
    if (recorded.responseBody.isEmpty()) {
        QCOMPARE(recorded.status, 204); // deletes: nothing to parse
        return;
    }

    const QJsonObject json = QJsonDocument::fromJson(recorded.responseBody).object();
    QVERIFY(!json.isEmpty());
    if (isProject) {
        Project project;
        const ApiError error = ApiJson::parseProject(recorded.responseBody, &project);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(project.id, json.value(QLatin1String("id")).toString());
        QCOMPARE(project.name, json.value(QLatin1String("name")).toString());
        QCOMPARE(project.organizationId, json.value(QLatin1String("organization_id")).toString());
        QCOMPARE(project.description, json.value(QLatin1String("description")).toString());
        QCOMPARE(project.createdAt, referenceTime(json.value(QLatin1String("created_at"))));
        QCOMPARE(project.updatedAt, referenceTime(json.value(QLatin1String("updated_at"))));
        QCOMPARE(project.createdAt.timeSpec(), Qt::UTC);
        return;
    }

    const Region region = *regionFromId(path.section(QLatin1Char('/'), 4, 4));
    Token token;
    if (recorded.method == "POST") {
        CreatedToken created;
        const ApiError error = ApiJson::parseCreatedToken(recorded.responseBody, region, &created);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(created.secretKey.expose(), json.value(QLatin1String("secret_key")).toString());
        token = created.token;
    } else {
        const ApiError error = ApiJson::parseToken(recorded.responseBody, region, &token);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
    QCOMPARE(token.id, json.value(QLatin1String("id")).toString());
    QCOMPARE(token.projectId, json.value(QLatin1String("project_id")).toString());
    QCOMPARE(token.name, json.value(QLatin1String("name")).toString());
    QCOMPARE(regionId(token.region), json.value(QLatin1String("region")).toString());
    QCOMPARE(token.scopes, scopesOf(json.value(QLatin1String("scopes")).toArray()));
    QVERIFY(token.unknownScopes.isEmpty());
    QCOMPARE(token.createdAt, referenceTime(json.value(QLatin1String("created_at"))));
    QCOMPARE(token.updatedAt, referenceTime(json.value(QLatin1String("updated_at"))));
    QCOMPARE(token.createdAt.timeSpec(), Qt::UTC);
}

void TestApiJson::badBodies_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    using K = ApiError::Kind;
    const QByteArray token = compact(validToken());
    auto tokenWith = [](const char *key, const QJsonValue &value) {
        return compact(with(validToken(), QString::fromLatin1(key), value));
    };

    // Sanity rows: the table's base bodies are valid, so every failing row fails for its change.
    QTest::newRow("token valid") << Parser::Token << token << K::None;
    QTest::newRow("token with unknown extra field")
        << Parser::Token << tokenWith("color", QStringLiteral("blue")) << K::None;
    QTest::newRow("token updated_at null")
        << Parser::Token << tokenWith("updated_at", QJsonValue::Null) << K::None;
    QTest::newRow("token secret placeholder")
        << Parser::Token << tokenWith("secret_key", QStringLiteral("x")) << K::None;

    QTest::newRow("empty") << Parser::Token << QByteArray() << K::MalformedResponse;
    QTest::newRow("whitespace") << Parser::Token << QByteArray("  \n") << K::MalformedResponse;
    QTest::newRow("null") << Parser::Token << QByteArray("null") << K::MalformedResponse;
    QTest::newRow("array") << Parser::Token << QByteArray("[]") << K::MalformedResponse;
    QTest::newRow("number") << Parser::Token << QByteArray("42") << K::MalformedResponse;
    QTest::newRow("html") << Parser::Token << QByteArray("<html>502</html>")
                          << K::MalformedResponse;
    QTest::newRow("truncated") << Parser::Token << token.left(token.size() / 2)
                               << K::MalformedResponse;
    QTest::newRow("truncated by one") << Parser::Token << token.chopped(1) << K::MalformedResponse;
    QTest::newRow("trailing garbage") << Parser::Token << token + "}" << K::MalformedResponse;
    QTest::newRow("nul byte") << Parser::Token << QByteArray("{\"id\":\0}", 8)
                              << K::MalformedResponse;

    for (const char *key : {"id", "project_id", "name", "created_at", "scopes", "region"}) {
        QTest::addRow("missing %s", key)
            << Parser::Token << tokenWith(key, QJsonValue::Undefined) << K::MalformedResponse;
        QTest::addRow("null %s", key)
            << Parser::Token << tokenWith(key, QJsonValue::Null) << K::MalformedResponse;
    }
    QTest::newRow("id number") << Parser::Token << tokenWith("id", 42) << K::MalformedResponse;
    QTest::newRow("id not uuid") << Parser::Token << tokenWith("id", QStringLiteral("../../x"))
                                 << K::MalformedResponse;
    QTest::newRow("name object") << Parser::Token << tokenWith("name", QJsonObject())
                                 << K::MalformedResponse;
    QTest::newRow("scopes string")
        << Parser::Token << tokenWith("scopes", QStringLiteral("read_only_logs"))
        << K::MalformedResponse;
    QTest::newRow("scopes of numbers")
        << Parser::Token << tokenWith("scopes", QJsonArray{1, 2}) << K::MalformedResponse;
    QTest::newRow("scopes nested")
        << Parser::Token
        << tokenWith("scopes", QJsonArray{QJsonArray{QStringLiteral("read_only_logs")}})
        << K::MalformedResponse;
    QTest::newRow("region number")
        << Parser::Token << tokenWith("region", 3) << K::MalformedResponse;
    QTest::newRow("region unknown")
        << Parser::Token << tokenWith("region", QStringLiteral("mars-1")) << K::MalformedResponse;
    QTest::newRow("region not asked")
        << Parser::Token << tokenWith("region", QStringLiteral("nl-ams")) << K::MalformedResponse;
    QTest::newRow("created_at number")
        << Parser::Token << tokenWith("created_at", 1700000000) << K::MalformedResponse;
    QTest::newRow("created_at words")
        << Parser::Token << tokenWith("created_at", QStringLiteral("yesterday"))
        << K::MalformedResponse;
    QTest::newRow("created_at no zone")
        << Parser::Token << tokenWith("created_at", QStringLiteral("2025-01-02T03:04:05.678901"))
        << K::MalformedResponse;
    QTest::newRow("created_at Feb 30")
        << Parser::Token << tokenWith("created_at", QStringLiteral("2025-02-30T03:04:05Z"))
        << K::MalformedResponse;
    QTest::newRow("updated_at number")
        << Parser::Token << tokenWith("updated_at", 5) << K::MalformedResponse;
    QTest::newRow("secret_key number")
        << Parser::Token << tokenWith("secret_key", 7) << K::MalformedResponse;

    // A create's answer must carry the secret.
    QTest::newRow("create valid") << Parser::CreatedToken
                                  << tokenWith("secret_key", QStringLiteral("s3cr3t")) << K::None;
    QTest::newRow("create secret null")
        << Parser::CreatedToken << tokenWith("secret_key", QJsonValue::Null)
        << K::MalformedResponse;
    QTest::newRow("create secret missing")
        << Parser::CreatedToken << tokenWith("secret_key", QJsonValue::Undefined)
        << K::MalformedResponse;
    QTest::newRow("create secret empty")
        << Parser::CreatedToken << tokenWith("secret_key", QStringLiteral(""))
        << K::MalformedResponse;
    QTest::newRow("create secret number")
        << Parser::CreatedToken << tokenWith("secret_key", 12) << K::MalformedResponse;

    // Lists.
    const QJsonArray one{validToken()};
    QTest::newRow("page valid") << Parser::TokenPage << tokenPage(one, 1) << K::None;
    QTest::newRow("page empty") << Parser::TokenPage << tokenPage({}, 0) << K::None;
    QTest::newRow("page total beyond page") << Parser::TokenPage << tokenPage(one, 5000) << K::None;
    QTest::newRow("page no total")
        << Parser::TokenPage << tokenPage(one, QJsonValue::Undefined) << K::MalformedResponse;
    QTest::newRow("page total string")
        << Parser::TokenPage << tokenPage(one, QStringLiteral("1")) << K::MalformedResponse;
    QTest::newRow("page total negative")
        << Parser::TokenPage << tokenPage(one, -1) << K::MalformedResponse;
    QTest::newRow("page total fraction")
        << Parser::TokenPage << tokenPage(one, 1.5) << K::MalformedResponse;
    QTest::newRow("page total huge")
        << Parser::TokenPage << tokenPage(one, 1e15) << K::MalformedResponse;
    QTest::newRow("page total 1e400")
        << Parser::TokenPage << QByteArray("{\"total_count\":1e400,\"tokens\":[]}")
        << K::MalformedResponse;
    QTest::newRow("page total 2^64")
        << Parser::TokenPage << QByteArray("{\"total_count\":18446744073709551616,\"tokens\":[]}")
        << K::MalformedResponse;
    QTest::newRow("page total below count")
        << Parser::TokenPage << tokenPage(QJsonArray{validToken(), validToken()}, 1)
        << K::MalformedResponse;
    QTest::newRow("page tokens object")
        << Parser::TokenPage
        << compact({{QStringLiteral("total_count"), 1}, {QStringLiteral("tokens"), validToken()}})
        << K::MalformedResponse;
    QTest::newRow("page tokens missing")
        << Parser::TokenPage << QByteArray("{\"total_count\":0}") << K::MalformedResponse;
    QTest::newRow("page token null")
        << Parser::TokenPage << tokenPage(QJsonArray{QJsonValue::Null}, 1) << K::MalformedResponse;
    QTest::newRow("page token number")
        << Parser::TokenPage << tokenPage(QJsonArray{1}, 1) << K::MalformedResponse;
    QTest::newRow("page second token bad")
        << Parser::TokenPage
        << tokenPage(QJsonArray{validToken(), with(validToken(), QStringLiteral("id"), 1)}, 2)
        << K::MalformedResponse;
    QTest::newRow("page nested nonsense") << Parser::TokenPage
                                          << QByteArray("{\"total_count\":1,\"tokens\":") +
                                                 QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
                                          << K::MalformedResponse;
    QTest::newRow("page deeply nested object")
        << Parser::TokenPage << QByteArray(3000, '[') + QByteArray(3000, ']')
        << K::MalformedResponse;

    // Projects.
    const QByteArray project = compact(validProject());
    QTest::newRow("project valid") << Parser::Project << project << K::None;
    QTest::newRow("project no description")
        << Parser::Project
        << compact(with(validProject(), QStringLiteral("description"), QJsonValue::Undefined))
        << K::None;
    QTest::newRow("project org missing")
        << Parser::Project
        << compact(with(validProject(), QStringLiteral("organization_id"), QJsonValue::Undefined))
        << K::MalformedResponse;
    QTest::newRow("project name number")
        << Parser::Project << compact(with(validProject(), QStringLiteral("name"), 3))
        << K::MalformedResponse;
    QTest::newRow("project truncated")
        << Parser::Project << project.left(30) << K::MalformedResponse;
    QTest::newRow("projects page valid")
        << Parser::ProjectPage
        << compact({{QStringLiteral("total_count"), 1},
                    {QStringLiteral("projects"), QJsonArray{validProject()}}})
        << K::None;
    QTest::newRow("projects page wrong key")
        << Parser::ProjectPage
        << compact({{QStringLiteral("total_count"), 1},
                    {QStringLiteral("tokens"), QJsonArray{validProject()}}})
        << K::MalformedResponse;

    // API keys.
    QTest::newRow("api key valid") << Parser::ApiKey << compact(validApiKey()) << K::None;
    QTest::newRow("api key no access_key")
        << Parser::ApiKey
        << compact(with(validApiKey(), QStringLiteral("access_key"), QJsonValue::Undefined))
        << K::MalformedResponse;
    QTest::newRow("api key expires bad")
        << Parser::ApiKey
        << compact(with(validApiKey(), QStringLiteral("expires_at"), QStringLiteral("never")))
        << K::MalformedResponse;
    QTest::newRow("api key user number")
        << Parser::ApiKey << compact(with(validApiKey(), QStringLiteral("user_id"), 4))
        << K::MalformedResponse;
}

void TestApiJson::badBodies()
{
    QFETCH(Parser, parser);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    const ApiError error = runParser(parser, body);
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(kind));
    if (error.isError())
        QVERIFY(!error.message.isEmpty());
}

void TestApiJson::failureLeavesOutputUntouched()
{
    ApiJson::TokenPage page;
    page.totalCount = 7;
    page.tokens.append(Token{});
    const QByteArray body =
        tokenPage(QJsonArray{validToken(), with(validToken(), QStringLiteral("name"), 5)}, 2);
    const ApiError error = ApiJson::parseTokenPage(body, Region::FrPar, &page);
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY(error.message.contains(QLatin1String("tokens[1].name")));
    QCOMPARE(page.totalCount, 7);
    QCOMPARE(page.tokens.size(), 1);
}

void TestApiJson::unknownScopesAreKept()
{
    Token token;
    const QByteArray body = compact(
        with(validToken(), QStringLiteral("scopes"),
             QJsonArray{QStringLiteral("read_only_metrics"), QStringLiteral("write_only_profiles"),
                        QStringLiteral("unknown_scope"), QStringLiteral("write_only_profiles")}));
    QVERIFY(!ApiJson::parseToken(body, Region::FrPar, &token).isError());
    QCOMPARE(token.scopes, TokenScopes(TokenScope::ReadOnlyMetrics));
    QCOMPARE(token.unknownScopes,
             QStringList({QStringLiteral("write_only_profiles"), QStringLiteral("unknown_scope")}));
}

void TestApiJson::secretOnlyFromCreate()
{
    // The same body as a get and as a create: only the create hands the secret over, and a get's
    // answer keeps nothing of it (Token has no place for one; the page neither).
    const QByteArray body =
        compact(with(validToken(), QStringLiteral("secret_key"), QStringLiteral("do-not-keep-me")));
    CreatedToken created;
    QVERIFY(!ApiJson::parseCreatedToken(body, Region::FrPar, &created).isError());
    QCOMPARE(created.secretKey.expose(), QStringLiteral("do-not-keep-me"));
    Token token;
    QVERIFY(!ApiJson::parseToken(body, Region::FrPar, &token).isError());
    QCOMPARE(token, created.token);
}

void TestApiJson::pageSharesProjectId()
{
    ApiJson::TokenPage page;
    QJsonArray tokens;
    for (int i = 0; i < 3; ++i)
        tokens.append(with(validToken(), QStringLiteral("id"),
                           QStringLiteral("11111111-1111-4111-8111-11111111111%1").arg(i)));
    QVERIFY(!ApiJson::parseTokenPage(tokenPage(tokens, 3), Region::FrPar, &page).isError());
    QCOMPARE(page.tokens.size(), 3);
    QCOMPARE(page.tokens.at(0).projectId.constData(), page.tokens.at(2).projectId.constData());
}

void TestApiJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base = UtcDateTime::fromDateAndTime(QDate(2024, 9, 19), QTime(9, 4, 30, 777));
    QTest::newRow("microseconds") << QStringLiteral("2024-09-19T09:04:30.777794Z") << true << base;
    QTest::newRow("milliseconds") << QStringLiteral("2024-09-19T09:04:30.777Z") << true << base;
    QTest::newRow("tenths") << QStringLiteral("2024-09-19T09:04:30.7Z") << true
                            << base.addMSecs(-77);
    QTest::newRow("nanoseconds") << QStringLiteral("2024-09-19T09:04:30.777999999Z") << true
                                 << base;
    QTest::newRow("no fraction") << QStringLiteral("2024-09-19T09:04:30Z") << true
                                 << base.addMSecs(-777);
    QTest::newRow("offset") << QStringLiteral("2024-09-19T11:04:30.777+02:00") << true << base;
    QTest::newRow("negative offset")
        << QStringLiteral("2024-09-19T08:04:30.777-01:00") << true << base;
    QTest::newRow("lower case") << QStringLiteral("2024-09-19t09:04:30.777z") << true << base;
    QTest::newRow("empty") << QString() << false << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2024-09-19") << false << QDateTime();
    QTest::newRow("no zone") << QStringLiteral("2024-09-19T09:04:30.777") << false << QDateTime();
    QTest::newRow("space") << QStringLiteral("2024-09-19 09:04:30Z") << false << QDateTime();
    QTest::newRow("empty fraction")
        << QStringLiteral("2024-09-19T09:04:30.Z") << false << QDateTime();
    QTest::newRow("ten digits") << QStringLiteral("2024-09-19T09:04:30.1234567890Z") << false
                                << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2024-13-19T09:04:30Z") << false << QDateTime();
    QTest::newRow("hour 24") << QStringLiteral("2024-09-19T24:04:30Z") << false << QDateTime();
    QTest::newRow("trailing") << QStringLiteral("2024-09-19T09:04:30Zx") << false << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2024-0a-19T09:04:30Z") << false << QDateTime();
    QTest::newRow("arabic digits")
        << QString::fromUtf8("2024-09-19T09:04:30.\u0667Z") << false << QDateTime();
}

void TestApiJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = ApiJson::parseTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
