// One request to its end, against the fake network: which failures are retried for each kind of
// request, what a lost answer means (outcomeUnknown), timeouts, the body size cap, cancellation,
// throttling and the concurrency bound.
#include "FakeNetworkAccessManager.h"
#include "api/OneShotBody.h"
#include "api/RequestBuilder.h"
#include "api/RequestRunner.h"
#include "api/RequestScheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <tuple>

using namespace cockpit;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QUrl kUrl(QStringLiteral("https://api.example.test/cockpit/v1/regions/fr-par/tokens"));

// "200", "204", "404", "429" (the gateway's empty one), "503", "refused" (never sent), "dropped"
// (connection closed after sending), "cut" (200 whose body stops early).
FakeResponse responseFor(const QString &code)
{
    if (code == QLatin1String("refused")) {
        FakeResponse response = FakeResponse::failure(QNetworkReply::ConnectionRefusedError);
        response.requestSent = false;
        return response;
    }
    if (code == QLatin1String("resend")) // Qt wanted to send it again and could not
        return FakeResponse::failure(QNetworkReply::ContentReSendError);
    // What Qt's HTTP/2 reports for streams the server provably never processed, with its fixed
    // texts (the same in Qt 6.4 and 6.11): beyond a GOAWAY's last stream, refused, and not started
    // because a GOAWAY had come.
    const QList<std::tuple<const char *, QNetworkReply::NetworkError, const char *>> http2{
        {"h2-beyond-goaway", QNetworkReply::ContentReSendError,
         "Server stopped accepting new streams before this stream was established"},
        {"h2-refused-stream", QNetworkReply::ProtocolFailure, "Server refused a stream"},
        {"h2-after-goaway", QNetworkReply::ProtocolUnknownError,
         "GOAWAY received, cannot start a request"},
        {"h2-beyond-goaway-qt69", QNetworkReply::RemoteHostClosedError,
         "Remote host signaled shutdown"},
        {"h2-other-protocol-error", QNetworkReply::ProtocolUnknownError, "Some other problem"}};
    for (const auto &[name, error, text] : http2) {
        if (code == QLatin1String(name)) {
            FakeResponse response = FakeResponse::failure(error);
            response.errorText = QString::fromLatin1(text);
            return response;
        }
    }
    if (code == QLatin1String("dropped"))
        return FakeResponse::failure(QNetworkReply::RemoteHostClosedError);
    // Qt's HTTP/2 after a GOAWAY, at its worst: no stream and no error, or a stream that is
    // neither answered nor failed.
    if (code == QLatin1String("body-stops-halfway")) {
        FakeResponse response = FakeResponse::json(200, "{\"tokens\":[],\"total_count\":0}");
        response.chunkSize = 4;
        response.stallAfterFirstChunk = true;
        return response;
    }
    if (code == QLatin1String("no-stream") || code == QLatin1String("stream-never-answered")) {
        FakeResponse response;
        response.stall = true;
        response.requestSent = code == QLatin1String("stream-never-answered");
        return response;
    }
    if (code == QLatin1String("cut")) {
        FakeResponse response = FakeResponse::json(200, "{\"id\":\"1");
        response.contentLengthOverride = 300;
        response.networkError = QNetworkReply::RemoteHostClosedError;
        return response;
    }
    if (code == QLatin1String("500json")) // the API's own error object
        return FakeResponse::json(500, "{\"message\":\"internal error\",\"type\":\"unknown\"}");
    const int status = code.toInt();
    if (status >= 500) // as gateways answer: no body of the API's
        return FakeResponse::empty(status).header("X-Request-Id", "req-" + code.toLatin1());
    if (status == 429)
        return FakeResponse::empty(429).header("X-Envoy-Ratelimited", "true");
    if (status == 204)
        return FakeResponse::empty(204).header("Content-Type", "application/json");
    if (status >= 400) {
        const QByteArray body = status == 404 ? "{\"message\":\"nope\",\"type\":\"not_found\"}"
                                              : "{\"message\":\"nope\"}";
        return FakeResponse::json(status, body).header("X-Request-Id", "req-" + code.toLatin1());
    }
    return FakeResponse::json(status, "{}").header("X-Request-Id", "req-ok");
}

// "503 200" → {"503", "200"}: the answers to successive attempts.
QStringList codes(const char *answers)
{
    return QString::fromLatin1(answers).split(QLatin1Char(' '));
}

HttpRequestSpec specFor(const QByteArray &verb)
{
    const RetryPolicy policy = verb == "GET"      ? RetryPolicy::SafeRead
                               : verb == "DELETE" ? RetryPolicy::ThrottledOnly
                                                  : RetryPolicy::Never;
    return {verb, kUrl, verb == "POST" ? QByteArray("{}") : QByteArray(), policy};
}

RequestLimits fastLimits()
{
    RequestLimits limits;
    limits.timeoutMs = 5000;
    limits.maxRetries = 3;
    limits.retryBaseDelayMs = 1;
    limits.retryMaxDelayMs = 4;
    limits.maxResponseBytes = 1000;
    return limits;
}

} // namespace

class TestRequestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void retryDecisions_data();
    void retryDecisions();
    void timeout_data();
    void timeout();
    void stalledAfterGoaway_data();
    void stalledAfterGoaway();
    void stalledReadWithoutGoawayIsSentAgain();
    void stalledCreateWithoutGoawayWaits();
    void sizeCap_data();
    void sizeCap();
    void abortIsSilent();
    void destroyingAborts();
    void throttleHoldsOthers();
    void concurrencyBound();
    void keepsRequestId();
    void createBodyCannotRewind();
    void noNetwork();

private:
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<RequestScheduler> m_scheduler;
    RequestRunner *makeRunner(const HttpRequestSpec &spec, RequestLimits limits = fastLimits());
};

void TestRequestRunner::init()
{
    m_network = std::make_unique<FakeNetworkAccessManager>();
    m_scheduler = std::make_unique<RequestScheduler>(6, 0);
}

RequestRunner *TestRequestRunner::makeRunner(const HttpRequestSpec &spec, RequestLimits limits)
{
    return new RequestRunner(m_network.get(), m_scheduler.get(), QNetworkRequest(spec.url), spec,
                             limits, m_network.get());
}

void TestRequestRunner::retryDecisions_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("expectedAttempts");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("outcomeUnknown");
    using K = ApiError::Kind;
    const QStringList ok{QStringLiteral("200")};

    QTest::newRow("GET ok") << QByteArray("GET") << ok << 1 << K::None << false;
    QTest::newRow("GET 503 then ok")
        << QByteArray("GET") << codes("503 200") << 2 << K::None << false;
    QTest::newRow("GET 5xx until spent")
        << QByteArray("GET") << codes("500 502 503 504 200") << 4 << K::ServerError << false;
    QTest::newRow("GET 429 then ok")
        << QByteArray("GET") << codes("429 429 200") << 3 << K::None << false;
    QTest::newRow("GET 429 until spent")
        << QByteArray("GET") << codes("429 429 429 429 200") << 4 << K::RateLimited << false;
    QTest::newRow("GET refused then ok")
        << QByteArray("GET") << codes("refused 200") << 2 << K::None << false;
    QTest::newRow("GET dropped then ok")
        << QByteArray("GET") << codes("dropped 200") << 2 << K::None << false;
    QTest::newRow("GET cut then ok")
        << QByteArray("GET") << codes("cut 200") << 2 << K::None << false;
    QTest::newRow("GET dropped until spent")
        << QByteArray("GET") << codes("dropped dropped dropped dropped") << 4 << K::NetworkError
        << false;
    QTest::newRow("GET 404 not retried")
        << QByteArray("GET") << codes("404 200") << 1 << K::NotFound << false;
    QTest::newRow("GET 400 not retried")
        << QByteArray("GET") << codes("400 200") << 1 << K::InvalidArguments << false;

    QTest::newRow("POST ok") << QByteArray("POST") << ok << 1 << K::None << false;
    QTest::newRow("POST 503 not retried")
        << QByteArray("POST") << codes("503 200") << 1 << K::ServerError << true;
    QTest::newRow("POST 500 with the API's error: failed")
        << QByteArray("POST") << codes("500json 200") << 1 << K::ServerError << false;
    QTest::newRow("POST 429 not retried")
        << QByteArray("POST") << codes("429 200") << 1 << K::RateLimited << false;
    QTest::newRow("POST refused: never sent")
        << QByteArray("POST") << codes("refused 200") << 1 << K::NetworkError << false;
    QTest::newRow("POST dropped: unknown")
        << QByteArray("POST") << codes("dropped 200") << 1 << K::NetworkError << true;
    QTest::newRow("POST cut: unknown")
        << QByteArray("POST") << codes("cut 200") << 1 << K::MalformedResponse << true;
    QTest::newRow("POST resend refused: unknown")
        << QByteArray("POST") << codes("resend 200") << 1 << K::NetworkError << true;
    QTest::newRow("POST 404") << QByteArray("POST") << codes("404") << 1 << K::NotFound << false;
    // HTTP/2 proves these never reached the server: a create is sent again.
    QTest::newRow("POST beyond a GOAWAY: sent again")
        << QByteArray("POST") << codes("h2-beyond-goaway 200") << 2 << K::None << false;
    QTest::newRow("POST refused stream: sent again")
        << QByteArray("POST") << codes("h2-refused-stream 200") << 2 << K::None << false;
    QTest::newRow("POST not started after a GOAWAY: sent again")
        << QByteArray("POST") << codes("h2-after-goaway 200") << 2 << K::None << false;
    QTest::newRow("POST beyond a GOAWAY (Qt 6.9+): sent again")
        << QByteArray("POST") << codes("h2-beyond-goaway-qt69 200") << 2 << K::None << false;
    QTest::newRow("POST three GOAWAYs in a row: sent again each time")
        << QByteArray("POST") << codes("h2-beyond-goaway h2-refused-stream h2-after-goaway 200")
        << 4 << K::None << false;
    // RequestRunner sends a request the server never saw again up to 16 times, then gives up.
    const QStringList turnedAway17 = QStringList(17, QStringLiteral("h2-beyond-goaway"))
                                     << QStringLiteral("200");
    QTest::newRow("POST turned away 17 times: gives up, known not done")
        << QByteArray("POST") << turnedAway17 << 17 << K::NetworkError << false;
    // Those resends do not spend a read's retries (4 here).
    QTest::newRow("GET turned away 6 times, then ok")
        << QByteArray("GET")
        << (QStringList(6, QStringLiteral("h2-beyond-goaway")) << QStringLiteral("200")) << 7
        << K::None << false;
    QTest::newRow("POST other protocol error: unknown")
        << QByteArray("POST") << codes("h2-other-protocol-error 200") << 1 << K::NetworkError
        << true;

    QTest::newRow("DELETE ok") << QByteArray("DELETE") << codes("204") << 1 << K::None << false;
    QTest::newRow("DELETE 429 retried")
        << QByteArray("DELETE") << codes("429 204") << 2 << K::None << false;
    QTest::newRow("DELETE 503 not retried")
        << QByteArray("DELETE") << codes("503 204") << 1 << K::ServerError << true;
    QTest::newRow("DELETE dropped not retried")
        << QByteArray("DELETE") << codes("dropped 204") << 1 << K::NetworkError << true;
    QTest::newRow("DELETE 404") << QByteArray("DELETE") << codes("404") << 1 << K::NotFound
                                << false;
}

void TestRequestRunner::retryDecisions()
{
    QFETCH(QByteArray, verb);
    QFETCH(QStringList, answers);
    QFETCH(int, expectedAttempts);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, outcomeUnknown);

    int next = 0;
    m_network->setHandler([&](const FakeRequest &) { return responseFor(answers.value(next++)); });
    RequestRunner *runner = makeRunner(specFor(verb));
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QTest::qWait(20); // nothing more may follow
    QCOMPARE(finished.size(), 1);

    QCOMPARE(m_network->requests().size(), expectedAttempts);
    QCOMPARE(runner->result().attempts, expectedAttempts);
    QCOMPARE(ApiError::kindName(runner->result().error.kind), ApiError::kindName(kind));
    QCOMPARE(runner->result().error.outcomeUnknown, outcomeUnknown);
    QCOMPARE(m_scheduler->inFlight(), 0);
    for (const FakeRequest &request : m_network->requests())
        QCOMPARE(request.verb, verb);
}

void TestRequestRunner::timeout_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::newRow("GET") << QByteArray("GET") << false;
    QTest::newRow("POST") << QByteArray("POST") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
}

void TestRequestRunner::timeout()
{
    QFETCH(QByteArray, verb);
    QFETCH(bool, outcomeUnknown);
    m_network->setHandler([](const FakeRequest &) {
        FakeResponse response;
        response.stall = true;
        return response;
    });
    RequestLimits limits = fastLimits();
    limits.timeoutMs = 50;
    RequestRunner *runner = makeRunner(specFor(verb), limits);
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(runner->result().error.kind, ApiError::Kind::Timeout);
    QCOMPARE(runner->result().error.outcomeUnknown, outcomeUnknown);
    // A timed-out attempt is not retried: the wait would multiply.
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(m_network->abortedCount(), 1);
    QCOMPARE(m_network->inFlight(), 0);
    QCOMPARE(m_scheduler->inFlight(), 0);
}

void TestRequestRunner::stalledAfterGoaway_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("goawayFirst"); // the GOAWAY came before the request, or while it waits
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("outcomeUnknown");
    using K = ApiError::Kind;
    QTest::newRow("GET without a stream: sent again")
        << QByteArray("GET") << codes("no-stream 200") << true << 2 << K::None << false;
    QTest::newRow("GET whose stream is never answered: sent again")
        << QByteArray("GET") << codes("stream-never-answered 200") << true << 2 << K::None << false;
    QTest::newRow("GET waiting when the GOAWAY comes: sent again")
        << QByteArray("GET") << codes("stream-never-answered 200") << false << 2 << K::None
        << false;
    QTest::newRow("POST without a stream: sent again, it never left")
        << QByteArray("POST") << codes("no-stream 200") << true << 2 << K::None << false;
    QTest::newRow("POST whose stream is never answered: left to its timeout")
        << QByteArray("POST") << codes("stream-never-answered 200") << true << 1 << K::Timeout
        << true;
    QTest::newRow("DELETE whose stream is never answered: left to its timeout")
        << QByteArray("DELETE") << codes("stream-never-answered 204") << false << 1 << K::Timeout
        << true;
    QTest::newRow("GET whose answer stops halfway: sent again")
        << QByteArray("GET") << codes("body-stops-halfway 200") << false << 2 << K::None << false;
    QTest::newRow("POST whose answer stops halfway: left to its timeout")
        << QByteArray("POST") << codes("body-stops-halfway 200") << true << 1 << K::Timeout << true;
    QTest::newRow("GET never answered again and again: three more tries, then its timeout")
        << QByteArray("GET") << QStringList(5, QStringLiteral("stream-never-answered")) << true << 4
        << K::Timeout << false;
}

void TestRequestRunner::stalledAfterGoaway()
{
    QFETCH(QByteArray, verb);
    QFETCH(QStringList, answers);
    QFETCH(bool, goawayFirst);
    QFETCH(int, expectedRequests);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, outcomeUnknown);

    int next = 0;
    m_network->setHandler([&](const FakeRequest &) { return responseFor(answers.value(next++)); });
    RequestLimits limits = fastLimits();
    limits.timeoutMs = 1500;
    limits.afterGoaway = {20, 150};
    if (goawayFirst)
        m_scheduler->noteConnectionGoingAway();
    RequestRunner *runner = makeRunner(specFor(verb), limits);
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    if (!goawayFirst) {
        QTRY_COMPARE_WITH_TIMEOUT(m_network->requests().size(), 1, 5000);
        QTest::qWait(50);
        m_scheduler->noteConnectionGoingAway(); // another request's stream was turned away
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(m_network->requests().size(), expectedRequests);
    QCOMPARE(ApiError::kindName(runner->result().error.kind), ApiError::kindName(kind));
    QCOMPARE(runner->result().error.outcomeUnknown, outcomeUnknown);
    // Each request dropped for another was cancelled; none is left in flight.
    QCOMPARE(m_network->inFlight(), 0);
    QCOMPARE(m_scheduler->inFlight(), 0);
}

void TestRequestRunner::stalledReadWithoutGoawayIsSentAgain()
{
    // Issue 25 item 4: a read that got no byte for a few seconds is sent again, GOAWAY or not
    // (reading twice is harmless), instead of waiting out its whole timeout.
    int next = 0;
    const QStringList answers = codes("stream-never-answered 200");
    m_network->setHandler([&](const FakeRequest &) { return responseFor(answers.value(next++)); });
    RequestLimits limits = fastLimits();
    limits.timeoutMs = 3000;
    limits.afterGoaway = {20, 100};
    RequestRunner *runner = makeRunner(specFor("GET"), limits);
    QSignalSpy finished(runner, &RequestRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(ApiError::kindName(runner->result().error.kind),
             ApiError::kindName(ApiError::Kind::None));
    QCOMPARE(m_network->requests().size(), 2);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_network->inFlight(), 0);
}

void TestRequestRunner::stalledCreateWithoutGoawayWaits()
{
    // A create may have reached the server: it is never sent again, only timed out.
    int next = 0;
    const QStringList answers = codes("stream-never-answered 200");
    m_network->setHandler([&](const FakeRequest &) { return responseFor(answers.value(next++)); });
    RequestLimits limits = fastLimits();
    limits.timeoutMs = 600;
    limits.afterGoaway = {20, 50};
    RequestRunner *runner = makeRunner(specFor("POST"), limits);
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(runner->result().error.kind, ApiError::Kind::Timeout);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestRequestRunner::sizeCap_data()
{
    QTest::addColumn<int>("bodySize");
    QTest::addColumn<bool>("announced");
    QTest::addColumn<qint64>("announcedSize");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("at the cap") << 1000 << true << qint64(-1) << 0 << false;
    QTest::newRow("at the cap, chunked") << 1000 << false << qint64(-1) << 100 << false;
    QTest::newRow("announced over") << 10 << true << qint64(5'000'000'000) << 0 << true;
    QTest::newRow("one over, announced") << 1001 << true << qint64(-1) << 0 << true;
    QTest::newRow("over, not announced") << 5000 << false << qint64(-1) << 100 << true;
    QTest::newRow("lying length") << 5000 << true << qint64(10) << 100 << true;
}

void TestRequestRunner::sizeCap()
{
    QFETCH(int, bodySize);
    QFETCH(bool, announced);
    QFETCH(qint64, announcedSize);
    QFETCH(int, chunkSize);
    QFETCH(bool, tooLarge);
    m_network->setHandler([&](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(200, QByteArray(bodySize, ' '));
        response.withContentLength = announced;
        response.contentLengthOverride = announcedSize;
        response.chunkSize = chunkSize;
        return response;
    });
    RequestRunner *runner = makeRunner(specFor("GET"));
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const HttpResult &result = runner->result();
    QCOMPARE(result.error.kind, tooLarge ? ApiError::Kind::ResponseTooLarge : ApiError::Kind::None);
    // Never retried, never kept.
    QCOMPARE(m_network->requests().size(), 1);
    if (tooLarge) {
        QVERIFY(result.body.isEmpty());
        QCOMPARE(m_network->abortedCount(), 1);
    } else {
        QCOMPARE(result.body.size(), bodySize);
    }
}

void TestRequestRunner::abortIsSilent()
{
    m_network->setHandler([](const FakeRequest &) {
        FakeResponse response;
        response.stall = true;
        return response;
    });
    RequestRunner *runner = makeRunner(specFor("GET"));
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QCOMPARE(m_network->inFlight(), 1);
    runner->abort();
    QCOMPARE(m_network->abortedCount(), 1);
    QCOMPARE(m_scheduler->inFlight(), 0);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QVERIFY(runner->isFinished());
}

void TestRequestRunner::destroyingAborts()
{
    m_network->setHandler([](const FakeRequest &) {
        FakeResponse response;
        response.stall = true;
        return response;
    });
    RequestScheduler oneSlot(1, 0);
    auto *first = new RequestRunner(m_network.get(), &oneSlot, QNetworkRequest(kUrl),
                                    specFor("GET"), fastLimits());
    auto *queued = new RequestRunner(m_network.get(), &oneSlot, QNetworkRequest(kUrl),
                                     specFor("GET"), fastLimits());
    first->start();
    queued->start();
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(oneSlot.queued(), 1);
    delete queued; // leaves the queue
    QCOMPARE(oneSlot.queued(), 0);
    delete first; // aborts its reply and frees its slot
    QCOMPARE(m_network->abortedCount(), 1);
    QCOMPARE(oneSlot.inFlight(), 0);
    QTest::qWait(20);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestRequestRunner::throttleHoldsOthers()
{
    // The gateway's empty 429 with a reset of one second: the read is retried, and a request
    // queued meanwhile waits for the hold instead of being throttled too.
    int count = 0;
    m_network->setHandler([&count](const FakeRequest &) {
        ++count;
        if (count == 1) {
            return FakeResponse::empty(429)
                .header("X-Envoy-Ratelimited", "true")
                .header("X-Ratelimit-Remaining", "0")
                .header("X-Ratelimit-Reset", "1");
        }
        return FakeResponse::json(200, "{}");
    });
    RequestRunner *throttled = makeRunner(specFor("GET"));
    QSignalSpy throttledDone(throttled, &RequestRunner::finished);
    throttled->start();
    QTRY_COMPARE_WITH_TIMEOUT(count, 1, 2000);
    QTest::qWait(20);

    RequestRunner *other = makeRunner(specFor("GET"));
    QSignalSpy otherDone(other, &RequestRunner::finished);
    other->start();
    QTest::qWait(200);
    QCOMPARE(count, 1); // both held
    QTRY_COMPARE_WITH_TIMEOUT(throttledDone.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(otherDone.size(), 1, 5000);
    QCOMPARE(count, 3);
    QVERIFY(!throttled->result().error.isError());
    QCOMPARE(throttled->result().attempts, 2);
}

void TestRequestRunner::concurrencyBound()
{
    RequestScheduler twoSlots(2, 0);
    m_network->setHandler([](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(200, "{}");
        response.delayMs = 10;
        return response;
    });
    QList<RequestRunner *> runners;
    int done = 0;
    for (int i = 0; i < 7; ++i) {
        auto *runner = new RequestRunner(m_network.get(), &twoSlots, QNetworkRequest(kUrl),
                                         specFor("GET"), fastLimits(), m_network.get());
        connect(runner, &RequestRunner::finished, this, [&done] { ++done; });
        runner->start();
        runners.append(runner);
    }
    QCOMPARE(m_network->inFlight(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(done, 7, 5000);
    QCOMPARE(m_network->maxInFlight(), 2);
    QCOMPARE(twoSlots.inFlight(), 0);
    for (RequestRunner *runner : std::as_const(runners))
        QVERIFY(!runner->result().error.isError());
}

void TestRequestRunner::keepsRequestId()
{
    m_network->setHandler([](const FakeRequest &) { return responseFor(QStringLiteral("404")); });
    RequestRunner *runner = makeRunner(specFor("GET"));
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(runner->result().status, 404);
    QCOMPARE(runner->result().error.httpStatus, 404);
    QCOMPARE(runner->result().error.requestId, QStringLiteral("req-404"));
    QCOMPARE(runner->result().error.message, QStringLiteral("nope"));
}

void TestRequestRunner::createBodyCannotRewind()
{
    // Qt re-sends a request whose connection closed before any answer by rewinding its body: a
    // create's body cannot be rewound, so that can never create a second token.
    m_network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{}"); });
    HttpRequestSpec spec = specFor("POST");
    spec.body = "{\"name\":\"abc\"}";
    RequestRunner *runner = makeRunner(spec);
    QSignalSpy finished(runner, &RequestRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    const FakeRequest &sent = m_network->requests().constFirst();
    QCOMPARE(sent.body, spec.body);
    QVERIFY(sent.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
    QCOMPARE(sent.request.header(QNetworkRequest::ContentLengthHeader).toLongLong(),
             spec.body.size());

    OneShotBody body(QByteArrayLiteral("abcdef"));
    QVERIFY(body.isSequential());
    QCOMPARE(body.size(), qint64(6));
    QCOMPARE(body.read(4), QByteArray("abcd"));
    QVERIFY(!body.reset());
    QCOMPARE(body.readAll(), QByteArray("ef"));
    QVERIFY(body.atEnd());
}

void TestRequestRunner::noNetwork()
{
    // The network manager is gone: nothing was sent, so a create's outcome is known.
    RequestRunner runner(nullptr, m_scheduler.get(), QNetworkRequest(kUrl), specFor("POST"),
                         fastLimits());
    QSignalSpy finished(&runner, &RequestRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(runner.result().error.kind, ApiError::Kind::NetworkError);
    QVERIFY(!runner.result().error.outcomeUnknown);
    QCOMPARE(m_scheduler->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestRequestRunner)
#include "tst_requestrunner.moc"
