// What one attempt came to, judged from its facts alone (judgeAttempt): no reply, no network.
// The same decisions tst_requestrunner checks through fake replies, here one fact at a time.
#include "api/AttemptVerdict.h"

#include <QTest>

using cockpit::ApiError;
using cockpit::AttemptFacts;
using cockpit::AttemptRetry;
using cockpit::AttemptVerdict;
using cockpit::RetryPolicy;

Q_DECLARE_METATYPE(cockpit::AttemptFacts)
Q_DECLARE_METATYPE(cockpit::AttemptRetry)
Q_DECLARE_METATYPE(cockpit::ApiError::Kind)
Q_DECLARE_METATYPE(cockpit::RetryPolicy)

namespace {

AttemptFacts answered(int status, RetryPolicy retry = RetryPolicy::SafeRead,
                      const QByteArray &body = {})
{
    AttemptFacts facts;
    facts.hasStatus = true;
    facts.status = status;
    facts.sent = true;
    facts.retry = retry;
    facts.body = body;
    facts.requestId = QStringLiteral("req-1");
    return facts;
}

AttemptFacts noAnswer(QNetworkReply::NetworkError error, RetryPolicy retry, bool sent)
{
    AttemptFacts facts;
    facts.networkError = error;
    facts.errorString = QStringLiteral("it broke");
    facts.sent = sent;
    facts.retry = retry;
    return facts;
}

} // namespace

class TestAttemptVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judges_data();
    void judges();
    void successKeepsTheBody();
    void throttledWaitsItsBackoff();
    void notProcessedTellsTheScheduler();
};

void TestAttemptVerdict::judges_data()
{
    QTest::addColumn<AttemptFacts>("facts");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<AttemptRetry>("retry");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<bool>("serverAnswered");

    const auto post = RetryPolicy::Never;
    QTest::newRow("200") << answered(200) << ApiError::Kind::None << AttemptRetry::No << false
                         << true;
    QTest::newRow("404") << answered(404) << ApiError::Kind::NotFound << AttemptRetry::No << false
                         << true;
    QTest::newRow("503 empty, GET") << answered(503) << ApiError::Kind::ServerError
                                    << AttemptRetry::IfSafeRead << false << true;
    QTest::newRow("503 empty, POST: may have happened")
        << answered(503, post) << ApiError::Kind::ServerError << AttemptRetry::IfSafeRead << true
        << true;
    QTest::newRow("500 with the API's error, POST: its answer")
        << answered(500, post, R"({"message":"internal error","type":"unknown"})")
        << ApiError::Kind::ServerError << AttemptRetry::IfSafeRead << false << true;
    QTest::newRow("429") << answered(429, post) << ApiError::Kind::RateLimited
                         << AttemptRetry::IfThrottleAllowed << false << true;

    AttemptFacts cut = answered(200, post);
    cut.networkError = QNetworkReply::RemoteHostClosedError;
    QTest::newRow("200 cut short, POST")
        << cut << ApiError::Kind::MalformedResponse << AttemptRetry::IfSafeRead << true << false;
    QTest::newRow("reset, GET") << noAnswer(QNetworkReply::RemoteHostClosedError,
                                            RetryPolicy::SafeRead, true)
                                << ApiError::Kind::NetworkError << AttemptRetry::IfSafeRead << false
                                << false;
    QTest::newRow("reset after sending, POST")
        << noAnswer(QNetworkReply::RemoteHostClosedError, post, true)
        << ApiError::Kind::NetworkError << AttemptRetry::IfSafeRead << true << false;
    QTest::newRow("refused before sending, POST")
        << noAnswer(QNetworkReply::ConnectionRefusedError, post, false)
        << ApiError::Kind::NetworkError << AttemptRetry::IfSafeRead << false << false;

    AttemptFacts tls = noAnswer(QNetworkReply::SslHandshakeFailedError, post, false);
    tls.tlsHandshakeFailed = true;
    tls.tlsProblem = QStringLiteral("The certificate has expired.");
    QTest::newRow("TLS") << tls << ApiError::Kind::TlsError << AttemptRetry::No << false << false;

    AttemptFacts proxy = noAnswer(QNetworkReply::ProxyConnectionClosedError, post, true);
    proxy.failedAtProxy = true;
    proxy.proxyProblem = QStringLiteral("The proxy closed the connection.");
    QTest::newRow("proxy, POST sent")
        << proxy << ApiError::Kind::ProxyError << AttemptRetry::IfSafeRead << true << false;
    AttemptFacts login =
        noAnswer(QNetworkReply::ProxyAuthenticationRequiredError, RetryPolicy::SafeRead, false);
    login.failedAtProxy = true;
    login.proxyNeedsAuthentication = true;
    login.proxyProblem = QStringLiteral("The proxy asks for a login.");
    QTest::newRow("proxy login") << login << ApiError::Kind::ProxyError << AttemptRetry::No << false
                                 << false;
}

void TestAttemptVerdict::judges()
{
    QFETCH(AttemptFacts, facts);
    QFETCH(ApiError::Kind, kind);
    QFETCH(AttemptRetry, retry);
    QFETCH(bool, outcomeUnknown);
    QFETCH(bool, serverAnswered);
    const AttemptVerdict verdict = cockpit::judgeAttempt(facts);
    QCOMPARE(verdict.result.error.kind, kind);
    QCOMPARE(verdict.retry, retry);
    QCOMPARE(verdict.result.error.outcomeUnknown, outcomeUnknown);
    QCOMPARE(verdict.serverAnswered, serverAnswered);
    QCOMPARE(verdict.result.requestId, facts.requestId);
    if (kind == ApiError::Kind::TlsError)
        QCOMPARE(verdict.result.error.message, facts.tlsProblem);
    if (kind == ApiError::Kind::ProxyError)
        QCOMPARE(verdict.result.error.message, facts.proxyProblem);
}

void TestAttemptVerdict::successKeepsTheBody()
{
    const AttemptVerdict verdict =
        cockpit::judgeAttempt(answered(200, RetryPolicy::SafeRead, R"({"tokens":[]})"));
    QCOMPARE(verdict.result.status, 200);
    QCOMPARE(verdict.result.body, QByteArray(R"({"tokens":[]})"));
    QVERIFY(!verdict.result.error.isError());
    // An error's body is in the error, not in the result.
    const AttemptVerdict refused = cockpit::judgeAttempt(
        answered(403, RetryPolicy::SafeRead, R"({"message":"no","type":"permissions_denied"})"));
    QVERIFY(refused.result.body.isEmpty());
    QCOMPARE(refused.result.error.kind, ApiError::Kind::PermissionDenied);
}

void TestAttemptVerdict::throttledWaitsItsBackoff()
{
    AttemptFacts facts = answered(429);
    facts.throttleBackoffMs = 1600;
    QCOMPARE(cockpit::judgeAttempt(facts).holdMs, 1600);
    // Nothing else waits.
    facts = answered(503);
    facts.throttleBackoffMs = 1600;
    QCOMPARE(cockpit::judgeAttempt(facts).holdMs, 0);
}

void TestAttemptVerdict::notProcessedTellsTheScheduler()
{
    AttemptFacts facts = noAnswer(QNetworkReply::ContentReSendError, RetryPolicy::Never, true);
    facts.notProcessed = true;
    const AttemptVerdict verdict = cockpit::judgeAttempt(facts);
    QCOMPARE(verdict.retry, AttemptRetry::IfNotProcessed);
    QVERIFY(verdict.connectionGoingAway);
    QVERIFY(!verdict.result.error.outcomeUnknown); // the server never saw it
    QVERIFY(!verdict.logLine.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttemptVerdict)
#include "tst_attemptverdict.moc"
