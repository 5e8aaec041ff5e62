// The client against the emulator over real HTTP on 127.0.0.1: every operation, every error
// type, pagination, regions (one failing), retries of reads, no retry of a create, cancellation,
// timeout, and each injected fault mapped to its error kind.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace cockpit;

Q_DECLARE_METATYPE(EmulatorFault)

namespace {

// Waits for a reply to finish (bounded) and hands it over.
template <typename Reply> std::unique_ptr<Reply> await(Reply *raw, int timeoutMs = 20000)
{
    // finished() always comes from the event loop, so a spy made right after the call sees it.
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

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestCockpitClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyOperation();
    void unauthenticated();
    void permissionDenied();
    void invalidArguments();
    void notFound();
    void apiKeyLookupDenied();
    void pagination();
    void regions();
    void oneRegionFails();
    void readsRetried_data();
    void readsRetried();
    void rateLimitedGateway();
    void createNeverRetried_data();
    void createNeverRetried();
    void cancellation();
    void timeout();
    void faultKinds_data();
    void faultKinds();
    void oversizedList();

private:
    std::unique_ptr<CockpitClient> makeClient(ClientSettings settings = {});
    // A connection the emulator drops reaches the client as such over plain HTTP; through the
    // gateway, as nginx's 502 answer (what a user behind the real API's gateway gets).
    QString droppedConnectionKind() const
    {
        return m_kit.transport().viaGateway() ? QStringLiteral("ServerError")
                                              : QStringLiteral("NetworkError");
    }

    // The kind of `error` to compare with the one a fault is expected to give. Through nginx a
    // body cut short by the emulator becomes a reset HTTP/2 stream, which Qt 6.11 may report
    // before the answer's headers: a failed connection, as truthful as "cut short", so that
    // NetworkError counts as the expected kind there.
    QString kindAfter(EmulatorFault fault, const ApiError &error, const QString &expected) const
    {
        const QString got = ApiError::kindName(error.kind);
        const bool resetFirst = m_kit.transport().viaGateway() &&
                                fault == EmulatorFault::Truncated &&
                                got == QLatin1String("NetworkError");
        return resetFirst ? expected : got;
    }

    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
};

void TestCockpitClient::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
}

void TestCockpitClient::cleanup()
{
    const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
    QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
    m_kit.stop();
}

std::unique_ptr<CockpitClient> TestCockpitClient::makeClient(ClientSettings settings)
{
    return m_kit.makeClient(testkit::quickRetries(settings));
}

void TestCockpitClient::everyOperation()
{
    const auto client = makeClient();

    const auto key = await(client->getApiKey(m_kit.credentials().accessKey));
    QVERIFY2(key->isSuccess(), qPrintable(key->error().message));
    QCOMPARE(key->apiKey().accessKey, m_kit.credentials().accessKey);
    QCOMPARE(key->apiKey().defaultProjectId, m_kit.credentials().projectId);

    const auto project = await(client->getProject(m_kit.credentials().projectId));
    QVERIFY2(project->isSuccess(), qPrintable(project->error().message));
    QCOMPARE(project->project().organizationId, m_kit.credentials().organizationId);

    const auto projects = await(client->listProjects(m_kit.credentials().organizationId));
    QVERIFY2(projects->isSuccess(), qPrintable(projects->error().message));
    QVERIFY(std::any_of(projects->projects().cbegin(), projects->projects().cend(),
                        [&](const Project &p) { return p.id == m_kit.credentials().projectId; }));

    const CreateTokenRequest request{Region::NlAms, m_kit.credentials().projectId,
                                     QStringLiteral("alloy-push"),
                                     TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs};
    const auto created = await(client->createToken(request));
    QVERIFY2(created->isSuccess(), qPrintable(created->error().message));
    QVERIFY(!created->created().secretKey.isEmpty());
    const Token token = created->created().token;
    QCOMPARE(token.name, request.name);
    QCOMPARE(token.scopes, request.scopes);
    QCOMPARE(token.region, Region::NlAms);
    QCOMPARE(m_kit.emulator()->createCount(), 1);

    const auto fetched = await(client->getToken(Region::NlAms, token.id));
    QVERIFY2(fetched->isSuccess(), qPrintable(fetched->error().message));
    QCOMPARE(fetched->token(), token);

    const auto listed =
        await(client->listTokens({Region::NlAms, m_kit.credentials().projectId, {}, {}}));
    QVERIFY2(listed->isSuccess(), qPrintable(listed->error().message));
    QCOMPARE(listed->tokens(),
             m_kit.emulator()->tokens(Region::NlAms, m_kit.credentials().projectId));
    QVERIFY(listed->tokens().contains(token));

    const auto removed = await(client->deleteToken(Region::NlAms, token.id));
    QVERIFY2(removed->isSuccess(), qPrintable(removed->error().message));
    const auto gone = await(client->getToken(Region::NlAms, token.id));
    QCOMPARE(gone->error().kind, ApiError::Kind::NotFound);
    const auto again = await(client->deleteToken(Region::NlAms, token.id));
    QCOMPARE(again->error().kind, ApiError::Kind::NotFound);

    // What went over the wire: the key in X-Auth-Token, our User-Agent, nothing else secret.
    const auto requests = m_kit.emulator()->requests();
    QVERIFY(!requests.isEmpty());
    for (const TestEmulator::RecordedRequest &recorded : requests) {
        QByteArray auth;
        QByteArray agent;
        for (const auto &[name, value] : recorded.headers) {
            if (name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0)
                auth = value;
            if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
                agent = value;
        }
        QCOMPARE(auth, m_kit.credentials().secretKey.toUtf8());
        QCOMPARE(agent, CockpitClient::defaultUserAgent().toUtf8());
        QVERIFY(!recorded.body.contains(m_kit.credentials().secretKey.toUtf8()));
    }
}

void TestCockpitClient::unauthenticated()
{
    ClientSettings settings;
    settings.secretKey = Secret(randomUuid());
    const auto client = makeClient(settings);
    const auto reply =
        await(client->listTokensInRegions(m_kit.credentials().projectId, allRegions()));
    QVERIFY(!reply->isSuccess());
    QCOMPARE(reply->error().kind, ApiError::Kind::Unauthenticated);
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(reply->error().type, QStringLiteral("denied_authentication"));
    QCOMPARE(reply->error().method, QStringLiteral("api_key"));
    QCOMPARE(reply->error().reason, QStringLiteral("not_found"));
    QVERIFY(!reply->error().requestId.isEmpty());
    QCOMPARE(reply->regionErrors().size(), 3);
}

void TestCockpitClient::permissionDenied()
{
    const Project foreign = m_kit.emulator()->addProject(randomUuid(), QStringLiteral("elsewhere"));
    const auto client = makeClient();
    const auto reply = await(client->listTokens({Region::FrPar, foreign.id, {}, {}}));
    QCOMPARE(reply->error().kind, ApiError::Kind::PermissionDenied);
    QCOMPARE(reply->error().httpStatus, 403);
    QCOMPARE(reply->error().details.size(), 1);
    QCOMPARE(reply->error().details.constFirst().resource, QStringLiteral("cockpit"));
    QCOMPARE(reply->error().details.constFirst().action, QStringLiteral("read"));
}

void TestCockpitClient::invalidArguments()
{
    const auto client = makeClient();
    const auto reply = await(client->createToken(
        {Region::FrPar, m_kit.credentials().projectId, QStringLiteral("no spaces allowed"), {}}));
    QCOMPARE(reply->error().kind, ApiError::Kind::InvalidArguments);
    QCOMPARE(reply->error().httpStatus, 400);
    QCOMPARE(reply->error().firstArgumentName(), QStringLiteral("name"));
    QCOMPARE(reply->error().details.constFirst().reason, QStringLiteral("constraint"));
    QVERIFY(!reply->error().details.constFirst().helpMessage.isEmpty());
    QVERIFY(!reply->error().outcomeUnknown);
    QCOMPARE(m_kit.emulator()->createCount(), 0);
}

void TestCockpitClient::notFound()
{
    const auto client = makeClient();
    const QString id = randomUuid();
    const auto reply = await(client->getToken(Region::PlWaw, id));
    QCOMPARE(reply->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(reply->error().httpStatus, 404);
    QCOMPARE(reply->error().resource, QStringLiteral("token"));
    QCOMPARE(reply->error().resourceId, id);
    // A 404 is an answer: asked once.
    QCOMPARE(countRequests(*m_kit.emulator(), "GET",
                           QStringLiteral("/cockpit/v1/regions/pl-waw/tokens/") + id),
             1);
}

void TestCockpitClient::apiKeyLookupDenied()
{
    m_kit.emulator()->setApiKeyLookupDenied(true);
    const auto client = makeClient();
    const auto reply = await(client->getApiKey(m_kit.credentials().accessKey));
    QCOMPARE(reply->error().kind, ApiError::Kind::PermissionDenied);
}

void TestCockpitClient::pagination()
{
    m_kit.emulator()->generateTokens(m_kit.credentials().projectId, 60, {Region::FrPar});
    const QList<Token> expected =
        m_kit.emulator()->tokens(Region::FrPar, m_kit.credentials().projectId);
    QVERIFY(expected.size() >= 60);
    ClientSettings settings;
    settings.tokenPageSize = 7;
    const auto client = makeClient(settings);
    m_kit.emulator()->clearRequests();
    std::unique_ptr<TokenListReply> reply(
        client->listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
    QSignalSpy progress(reply.get(), &TokenListReply::progress);
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(20000));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message));
    QCOMPARE(reply->tokens(), expected);
    QCOMPARE(reply->totalCount(), expected.size());
    const int pages = int((expected.size() + 6) / 7);
    QCOMPARE(countRequests(*m_kit.emulator(), "GET",
                           QStringLiteral("/cockpit/v1/regions/fr-par/tokens")),
             pages);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.last(), QVariantList({int(expected.size()), int(expected.size())}));
}

void TestCockpitClient::regions()
{
    m_kit.emulator()->generateTokens(m_kit.credentials().projectId, 30, allRegions());
    ClientSettings settings;
    settings.tokenPageSize = 4;
    const auto client = makeClient(settings);
    const auto reply = await(client->listTokensInRegions(m_kit.credentials().projectId,
                                                         allRegions(), ListOrder::NameAsc));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message));
    QVERIFY(!reply->isPartial());
    for (Region region : allRegions()) {
        QList<Token> expected = m_kit.emulator()->tokens(region, m_kit.credentials().projectId);
        std::stable_sort(expected.begin(), expected.end(),
                         [](const Token &a, const Token &b) { return a.name < b.name; });
        QCOMPARE(reply->tokensByRegion().value(region).size(), expected.size());
        QCOMPARE(reply->tokensByRegion().value(region).constFirst().name,
                 expected.constFirst().name);
    }
}

void TestCockpitClient::oneRegionFails()
{
    // One request at a time, no retries: the first request (fr-par's page 1) takes the fault.
    ClientSettings settings = testkit::noRetries();
    settings.maxConcurrentRequests = 1;
    const auto client = makeClient(settings);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    const auto reply =
        await(client->listTokensInRegions(m_kit.credentials().projectId, allRegions()));
    QVERIFY(reply->isSuccess());
    QVERIFY(reply->isPartial());
    QCOMPARE(reply->regionErrors().keys(), QList<Region>({Region::FrPar}));
    QCOMPARE(reply->regionErrors().value(Region::FrPar).kind, ApiError::Kind::ServerError);
    QCOMPARE(reply->tokensByRegion().keys(), QList<Region>({Region::NlAms, Region::PlWaw}));
    QCOMPARE(reply->tokensByRegion().value(Region::PlWaw),
             m_kit.emulator()->tokens(Region::PlWaw, m_kit.credentials().projectId));
}

void TestCockpitClient::readsRetried_data()
{
    QTest::addColumn<EmulatorFault>("fault");
    QTest::addColumn<int>("count");
    QTest::newRow("503 twice") << EmulatorFault::ServerError << 2;
    QTest::newRow("500 json") << EmulatorFault::ServerErrorJson << 1;
    QTest::newRow("gateway 429 twice") << EmulatorFault::RateLimited << 2;
    QTest::newRow("dropped") << EmulatorFault::Drop << 1;
    QTest::newRow("truncated") << EmulatorFault::Truncated << 1;
}

void TestCockpitClient::readsRetried()
{
    QFETCH(EmulatorFault, fault);
    QFETCH(int, count);
    const auto client = makeClient();
    m_kit.emulator()->injectFault(fault, count, "GET");
    m_kit.emulator()->clearRequests();
    const auto reply = await(client->getProject(m_kit.credentials().projectId));
    QVERIFY2(reply->isSuccess(), qPrintable(ApiError::kindName(reply->error().kind)));
    QCOMPARE(reply->project().id, m_kit.credentials().projectId);
    QVERIFY(countRequests(*m_kit.emulator(), "GET",
                          QStringLiteral("/account/v3/projects/") +
                              m_kit.credentials().projectId) >= count + 1);
}

void TestCockpitClient::rateLimitedGateway()
{
    // 5 per second per key: the client slows down and still loads every page.
    m_kit.emulator()->generateTokens(m_kit.credentials().projectId, 30, {Region::PlWaw});
    m_kit.emulator()->setRateLimit(5);
    ClientSettings settings;
    settings.tokenPageSize = 3;
    settings.maxRetries = 10;
    const auto client = makeClient(settings);
    const auto reply =
        await(client->listTokens({Region::PlWaw, m_kit.credentials().projectId, {}, {}}), 60000);
    QVERIFY2(reply->isSuccess(), qPrintable(ApiError::kindName(reply->error().kind)));
    QCOMPARE(reply->tokens(),
             m_kit.emulator()->tokens(Region::PlWaw, m_kit.credentials().projectId));
}

void TestCockpitClient::createNeverRetried_data()
{
    QTest::addColumn<EmulatorFault>("fault");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<int>("created");
    QTest::newRow("dropped") << EmulatorFault::Drop << droppedConnectionKind() << true << 1;
    QTest::newRow("truncated") << EmulatorFault::Truncated << QStringLiteral("MalformedResponse")
                               << true << 1;
    QTest::newRow("malformed") << EmulatorFault::Malformed << QStringLiteral("MalformedResponse")
                               << true << 1;
    QTest::newRow("503") << EmulatorFault::ServerError << QStringLiteral("ServerError") << true
                         << 0;
    // The API's own error object is an answer: the create failed, it is not "unknown".
    QTest::newRow("500 with the API's JSON")
        << EmulatorFault::ServerErrorJson << QStringLiteral("ServerError") << false << 0;
    QTest::newRow("429") << EmulatorFault::RateLimited << QStringLiteral("RateLimited") << false
                         << 0;
}

void TestCockpitClient::createNeverRetried()
{
    QFETCH(EmulatorFault, fault);
    QFETCH(QString, kind);
    QFETCH(bool, outcomeUnknown);
    QFETCH(int, created);
    const auto client = makeClient();
    m_kit.emulator()->injectFault(fault, 3, "POST");
    const auto reply = await(client->createToken(
        {Region::FrPar, m_kit.credentials().projectId, QStringLiteral("lost-answer"), {}}));
    QCOMPARE(kindAfter(fault, reply->error(), kind), kind);
    QCOMPARE(reply->error().outcomeUnknown, outcomeUnknown);
    QVERIFY(reply->created().secretKey.isEmpty());
    QCOMPARE(m_kit.emulator()->createCount(), created);
    QCOMPARE(countRequests(*m_kit.emulator(), "POST",
                           QStringLiteral("/cockpit/v1/regions/fr-par/tokens")),
             1);
}

void TestCockpitClient::cancellation()
{
    m_kit.emulator()->setLatency(5000);
    // The HTTP/1.1 numbers, also through the gateway over HTTP/2 (Qt 6.8+).
    ClientSettings settings;
    settings.maxConcurrentRequests = 6;
    settings.speculativePages = 1;
    const auto client = makeClient(settings);
    std::unique_ptr<MultiRegionTokenListReply> list(
        client->listTokensInRegions(m_kit.credentials().projectId, allRegions()));
    std::unique_ptr<CreateTokenReply> create(client->createToken(
        {Region::FrPar, m_kit.credentials().projectId, QStringLiteral("abc"), {}}));
    QSignalSpy listFinished(list.get(), &ApiReply::finished);
    QSignalSpy createFinished(create.get(), &ApiReply::finished);
    // Pages 1 and 2 of each region fill the six slots; the create waits for one.
    QTRY_COMPARE_WITH_TIMEOUT(m_kit.emulator()->requests().size(), 6, 10000);
    list->abort();
    create->abort();
    QCOMPARE(list->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(create->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(listFinished.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(createFinished.size(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(listFinished.size(), 1);
    QCOMPARE(createFinished.size(), 1);
    QVERIFY(list->tokens().isEmpty());
    // The queued create was never sent.
    QCOMPARE(m_kit.emulator()->requests().size(), 6);
    QCOMPARE(m_kit.emulator()->createCount(), 0);
}

void TestCockpitClient::timeout()
{
    ClientSettings settings;
    settings.timeoutMs = 300;
    const auto client = makeClient(settings);
    m_kit.emulator()->injectFault(EmulatorFault::Stall, 1, "GET");
    const auto reply = await(client->getProject(m_kit.credentials().projectId));
    QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
    QVERIFY(!reply->error().outcomeUnknown);
    // The client is fine afterwards.
    const auto next = await(client->getProject(m_kit.credentials().projectId));
    QVERIFY(next->isSuccess());
}

void TestCockpitClient::faultKinds_data()
{
    QTest::addColumn<EmulatorFault>("fault");
    QTest::addColumn<QString>("kind");
    QTest::newRow("503") << EmulatorFault::ServerError << QStringLiteral("ServerError");
    QTest::newRow("500 json") << EmulatorFault::ServerErrorJson << QStringLiteral("ServerError");
    QTest::newRow("drop") << EmulatorFault::Drop << droppedConnectionKind();
    QTest::newRow("stall") << EmulatorFault::Stall << QStringLiteral("Timeout");
    QTest::newRow("malformed") << EmulatorFault::Malformed << QStringLiteral("MalformedResponse");
    QTest::newRow("truncated") << EmulatorFault::Truncated << QStringLiteral("MalformedResponse");
    QTest::newRow("empty body") << EmulatorFault::EmptyBody << QStringLiteral("MalformedResponse");
    QTest::newRow("wrong types") << EmulatorFault::WrongTypes
                                 << QStringLiteral("MalformedResponse");
    QTest::newRow("oversized") << EmulatorFault::Oversized << QStringLiteral("ResponseTooLarge");
    QTest::newRow("gateway 429") << EmulatorFault::RateLimited << QStringLiteral("RateLimited");
}

void TestCockpitClient::faultKinds()
{
    QFETCH(EmulatorFault, fault);
    QFETCH(QString, kind);
    ClientSettings settings = testkit::noRetries();
    settings.timeoutMs = 500;
    settings.maxResponseBytes = 1024 * 1024;
    m_kit.emulator()->setOversizedBytes(4 * 1024 * 1024);
    const auto client = makeClient(settings);
    const auto created = await(client->createToken(
        {Region::FrPar, m_kit.credentials().projectId, QStringLiteral("fault-probe"), {}}));
    QVERIFY(created->isSuccess());
    // Several: Qt itself sends a GET again when its connection closes before any answer.
    m_kit.emulator()->injectFault(fault, 5, "GET");
    const auto reply = await(client->getToken(Region::FrPar, created->created().token.id));
    QCOMPARE(kindAfter(fault, reply->error(), kind), kind);
    QCOMPARE(reply->token(), Token()); // nothing half-filled
}

void TestCockpitClient::oversizedList()
{
    ClientSettings settings;
    settings.maxResponseBytes = 256 * 1024;
    settings.speculativePages = 0; // one GET: over HTTP/2 a page 2 could arrive first
    const auto client = makeClient(settings);
    m_kit.emulator()->setOversizedBytes(8 * 1024 * 1024);
    m_kit.emulator()->injectFault(EmulatorFault::Oversized, 1, "GET");
    const auto reply =
        await(client->listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
    QCOMPARE(reply->error().kind, ApiError::Kind::ResponseTooLarge);
    QVERIFY(reply->tokens().isEmpty());
}

QTEST_GUILESS_MAIN(TestCockpitClient)
#include "tst_cockpitclient.moc"
