// The client on the production protocol: TLS and HTTP/2 through a real nginx in front of the
// emulator, and what real gateways do to a client. GOAWAY every few requests and fewer concurrent
// streams than Qt assumes make Qt fail requests the server provably never processed; the client
// sends those again once, creates included, so every operation succeeds and every create happens
// exactly once. Gateway error pages (502/503/504 in nginx's HTML) become clear errors, and a create
// met by one stays "outcome unknown" for the existing recovery.
#include "EmulatorFixture.h"
#include "TestGateway.h"
#include "api/CockpitClient.h"
#include "api/Http2Policy.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace cockpit;

namespace {

bool awaitAll(const QList<ApiReply *> &replies, int timeoutMs = 60000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (std::all_of(replies.cbegin(), replies.cend(),
                        [](const ApiReply *reply) { return reply->isFinished(); }))
            return true;
        QTest::qWait(10);
    }
    return false;
}

QString describe(const ApiReply *reply)
{
    return QStringLiteral("%1 (%2, HTTP %3)")
        .arg(reply->error().message, ApiError::kindName(reply->error().kind))
        .arg(reply->error().httpStatus);
}

} // namespace

class TestGatewayWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goawayEveryThreeRequests();
    void refusedStreams_data();
    void refusedStreams();
    void idleConnectionClosed();
    void gatewayErrorPages_data();
    void gatewayErrorPages();

private:
    bool startGateway(const TestGateway::Options &options);
    std::unique_ptr<CockpitClient> makeClient();
    // Runs `count` creates, lists and deletes at once; checks each succeeded.
    // `creates` creates at once, each with a list beside it unless `withLists` is false.
    void runMixedLoad(int creates, bool withLists = true);

    testkit::EmulatorFixture m_kit;
    TestGateway m_gateway;
    int m_http2Answers = 0;
    int m_otherAnswers = 0;
};

void TestGatewayWire::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    m_http2Answers = m_otherAnswers = 0;
    connect(m_kit.network(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        if (!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return;
        if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            ++m_http2Answers;
        else
            ++m_otherAnswers;
    });
}

void TestGatewayWire::cleanup()
{
    m_gateway.stop();
    m_kit.stop();
}

bool TestGatewayWire::startGateway(const TestGateway::Options &options)
{
    if (!m_gateway.setUpstream(m_kit.emulator()->baseUrl(), options)) {
        qWarning("%s", qPrintable(m_gateway.error()));
        return false;
    }
    QSslConfiguration::setDefaultConfiguration(m_gateway.trustingConfiguration());
    return true;
}

std::unique_ptr<CockpitClient> TestGatewayWire::makeClient()
{
    ClientSettings settings = m_kit.settings(testkit::quickRetries());
    settings.baseUrl = m_gateway.baseUrl();
    settings.timeoutMs = 15000;
    return std::make_unique<CockpitClient>(m_kit.network(), settings);
}

void TestGatewayWire::runMixedLoad(int creates, bool withLists)
{
    const auto client = makeClient();
    QList<ApiReply *> replies;
    std::vector<std::unique_ptr<ApiReply>> owned;
    for (int i = 0; i < creates; ++i) {
        const CreateTokenRequest request{Region::FrPar, m_kit.credentials().projectId,
                                         QStringLiteral("wire-%1").arg(i),
                                         TokenScope::WriteOnlyMetrics};
        owned.emplace_back(client->createToken(request));
        replies.append(owned.back().get());
        if (!withLists)
            continue;
        owned.emplace_back(
            client->listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
        replies.append(owned.back().get());
    }
    QVERIFY2(awaitAll(replies), "not every request finished");
    for (const ApiReply *reply : std::as_const(replies))
        QVERIFY2(reply->isSuccess(), qPrintable(describe(reply)));

    // Every create happened exactly once: none lost, none sent twice to the API.
    const QList<Token> tokens =
        m_kit.emulator()->tokens(Region::FrPar, m_kit.credentials().projectId);
    for (int i = 0; i < creates; ++i) {
        const QString name = QStringLiteral("wire-%1").arg(i);
        const auto count = std::count_if(tokens.cbegin(), tokens.cend(),
                                         [&](const Token &token) { return token.name == name; });
        QVERIFY2(count == 1, qPrintable(QStringLiteral("%1 tokens named %2").arg(count).arg(name)));
    }

    // And they go away the same way.
    QList<ApiReply *> deletes;
    std::vector<std::unique_ptr<ApiReply>> ownedDeletes;
    for (const Token &token : tokens) {
        if (!token.name.startsWith(QLatin1String("wire-")))
            continue;
        ownedDeletes.emplace_back(client->deleteToken(Region::FrPar, token.id));
        deletes.append(ownedDeletes.back().get());
    }
    QVERIFY2(awaitAll(deletes), "not every delete finished");
    for (const ApiReply *reply : std::as_const(deletes))
        QVERIFY2(reply->isSuccess(), qPrintable(describe(reply)));
    // The protocol this Qt is allowed (see api/Http2Policy.h): HTTP/2 from Qt 6.5.1 on.
    qInfo("over %s", qPrintable(http2PolicyDescription()));
    QCOMPARE(m_otherAnswers == 0, http2Allowed());
    QCOMPARE(m_http2Answers == 0, !http2Allowed());
}

void TestGatewayWire::goawayEveryThreeRequests()
{
    TestGateway::Options options;
    options.goawayAfterRequests = 3;
    QVERIFY(startGateway(options));
    runMixedLoad(12);
}

void TestGatewayWire::refusedStreams_data()
{
    QTest::addColumn<bool>("withLists");
    QTest::newRow("creates and lists") << true;
    // Only creates: the streams nginx refuses are creates, which only the resend of provably
    // unprocessed requests brings through (a read would be retried anyway).
    QTest::newRow("creates only") << false;
}

void TestGatewayWire::refusedStreams()
{
    QFETCH(bool, withLists);
    TestGateway::Options options;
    options.maxConcurrentStreams = 2;
    QVERIFY(startGateway(options));
    runMixedLoad(12, withLists);
}

void TestGatewayWire::idleConnectionClosed()
{
    TestGateway::Options options;
    options.idleTimeoutSeconds = 1;
    QVERIFY(startGateway(options));
    const auto client = makeClient();
    for (int round = 0; round < 3; ++round) {
        std::unique_ptr<ApiReply> listed(
            client->listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
        QVERIFY(awaitAll({listed.get()}));
        QVERIFY2(listed->isSuccess(), qPrintable(describe(listed.get())));
        QTest::qWait(1300); // nginx has closed the idle connection by now
    }
}

void TestGatewayWire::gatewayErrorPages_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("502 upstream stopped") << 502;
    QTest::newRow("503 from the gateway") << 503;
    QTest::newRow("504 upstream too slow") << 504;
}

void TestGatewayWire::gatewayErrorPages()
{
    QFETCH(int, status);
    TestGateway::Options options;
    if (status == 503)
        options.fixedStatus = 503;
    if (status == 504) {
        options.upstreamTimeoutSeconds = 1;
        m_kit.emulator()->setLatency(2500);
    }
    QVERIFY(startGateway(options));
    if (status == 502)
        m_kit.stopEmulator(); // nothing listens upstream any more
    const QString projectId = m_kit.credentials().projectId;
    const auto client = makeClient();

    std::unique_ptr<ApiReply> listed(client->listTokens({Region::FrPar, projectId, {}, {}}));
    QVERIFY(awaitAll({listed.get()}));
    QCOMPARE(listed->error().kind, ApiError::Kind::ServerError);
    QCOMPARE(listed->error().httpStatus, status);
    QVERIFY(!listed->error().fromApiBody); // nginx's HTML page, not the API's answer
    QVERIFY(!listed->error().message.isEmpty());

    const CreateTokenRequest request{Region::FrPar, projectId, QStringLiteral("behind-a-gateway"),
                                     TokenScope::WriteOnlyMetrics};
    std::unique_ptr<CreateTokenReply> created(client->createToken(request));
    QVERIFY(awaitAll({created.get()}));
    QCOMPARE(created->error().httpStatus, status);
    // The gateway answered, not the API: the create may or may not have happened.
    QVERIFY(created->error().outcomeUnknown);
}

QTEST_GUILESS_MAIN(TestGatewayWire)
#include "tst_gatewaywire.moc"
