// The emulator's injected trouble: every fault, latency without blocking, random fault rates
// and the gateway's rate limit. And what the demo's emulator (no TestEmulator) keeps: no fault,
// no log unless asked, and a bounded one then.

#include "EmulatorFixture.h"
#include "EmulatorTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace cockpit;

Q_DECLARE_METATYPE(cockpit::EmulatorFault)

namespace {

const QString kOrg = QStringLiteral("3f1c2a44-5d6e-4f70-8a9b-0c1d2e3f4a5b");
const QString kSecret = QStringLiteral("5b8c0e2a-1d3f-4e5a-9b7c-6d8e0f1a2b3c");
const QString kSecondSecret = QStringLiteral("6c9d1f3b-2e4a-4f6b-8c8d-7e9f1a2b3c4d");

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<EmulatorTestClient> m_client;
    QString m_project;

    QString tokensPath() const { return QStringLiteral("/cockpit/v1/regions/fr-par/tokens"); }
    QUrlQuery listQuery() const
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project_id"), m_project);
        return query;
    }
    HttpResult list() { return m_client->get(tokensPath(), listQuery()); }
    QByteArray createBody(const QString &name) const
    {
        return "{\"project_id\":\"" + m_project.toLatin1() + "\",\"name\":\"" + name.toLatin1() +
               "\",\"token_scopes\":[\"write_only_logs\"]}";
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_kit.start(testkit::EmulatorFixture::Seed::Nothing), qPrintable(m_kit.error()));
        m_kit.emulator()->addApiKey(QStringLiteral("SCWTESTKEY0000000001"), kSecret, {}, kOrg);
        m_kit.emulator()->addApiKey(QStringLiteral("SCWTESTKEY0000000002"), kSecondSecret, {},
                                    kOrg);
        m_project = m_kit.emulator()->addProject(kOrg, QStringLiteral("faults")).id;
        m_kit.emulator()->addToken(Region::FrPar, m_project, QStringLiteral("existing"),
                                   TokenScope::ReadOnlyMetrics);
        m_client = std::make_unique<EmulatorTestClient>(m_kit.baseUrl(), kSecret);
    }

    void cleanup()
    {
        m_client.reset();
        m_kit.stop();
    }

    // The app's demo runs a plain CockpitEmulator: it remembers none of the requests (and keys)
    // it answers, and a log asked for keeps only the newest.
    void theDemoKeepsNoRequestLog()
    {
        CockpitEmulator demo;
        QVERIFY(demo.listenLocal() != 0);
        demo.addApiKey(QStringLiteral("SCWTESTKEY0000000003"), kSecret, {}, kOrg);
        const QString project = demo.addProject(kOrg, QStringLiteral("demo")).id;
        EmulatorTestClient client(demo.baseUrl(), kSecret);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project_id"), project);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(tokensPath(), query).status, 200);
        QVERIFY(demo.requests().isEmpty());
        QVERIFY(demo.receivedPushes().isEmpty());

        demo.setRequestLog(2);
        for (int i = 0; i < 5; ++i) {
            query.removeAllQueryItems(QStringLiteral("page"));
            query.addQueryItem(QStringLiteral("page"), QString::number(i + 1));
            QCOMPARE(client.get(tokensPath(), query).status, 200);
        }
        const QList<CockpitEmulator::RecordedRequest> kept = demo.requests();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).query.queryItemValue(QStringLiteral("page")), QStringLiteral("4"));
        QCOMPARE(kept.at(1).query.queryItemValue(QStringLiteral("page")), QStringLiteral("5"));
        demo.setRequestLog(1);
        QCOMPARE(demo.requests().size(), 1);
        QCOMPARE(demo.requests().at(0).query.queryItemValue(QStringLiteral("page")),
                 QStringLiteral("5"));
    }

    void answeredFaults_data()
    {
        QTest::addColumn<EmulatorFault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body"); // exact, or "*" for "not JSON", "?" to check below
        QTest::newRow("server error")
            << EmulatorFault::ServerError << 503 << QByteArray("application/json") << QByteArray();
        QTest::newRow("server error json")
            << EmulatorFault::ServerErrorJson << 500 << QByteArray("application/json")
            << QByteArray("{\"message\":\"internal error\",\"type\":\"unknown\"}");
        QTest::newRow("malformed")
            << EmulatorFault::Malformed << 200 << QByteArray("application/json") << QByteArray("*");
        QTest::newRow("empty body")
            << EmulatorFault::EmptyBody << 200 << QByteArray("application/json") << QByteArray();
        QTest::newRow("wrong types") << EmulatorFault::WrongTypes << 200
                                     << QByteArray("application/json") << QByteArray("?");
        QTest::newRow("rate limited")
            << EmulatorFault::RateLimited << 429 << QByteArray() << QByteArray();
    }

    void answeredFaults()
    {
        QFETCH(EmulatorFault, fault);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        m_kit.emulator()->injectFault(fault);
        const HttpResult result = list();
        QVERIFY(result.finished);
        QCOMPARE(result.status, status);
        QCOMPARE(result.hasHeader("Content-Type"), !contentType.isEmpty());
        QCOMPARE(result.header("Content-Type"), contentType);
        QVERIFY(result.hasHeader("X-Request-Id"));
        if (body == "*") {
            QVERIFY(!result.body.isEmpty());
            QVERIFY(!isJson(result.body));
        } else if (body == "?") {
            const QJsonObject object = result.json();
            QVERIFY(object.value(QStringLiteral("total_count")).isString());
            QVERIFY(object.value(QStringLiteral("tokens")).isObject());
        } else {
            QCOMPARE(result.body, body);
        }
        if (fault == EmulatorFault::RateLimited) {
            QCOMPARE(result.header("X-Envoy-Ratelimited"), QByteArray("true"));
            QVERIFY(!result.hasHeader("Retry-After"));
        }
        // One request only: the next one is answered normally.
        const HttpResult next = list();
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value(QStringLiteral("total_count")).toInt(), 1);
    }

    void refusedCreateCreatesNothing_data()
    {
        QTest::addColumn<EmulatorFault>("fault");
        QTest::newRow("server error") << EmulatorFault::ServerError;
        QTest::newRow("server error json") << EmulatorFault::ServerErrorJson;
        QTest::newRow("rate limited") << EmulatorFault::RateLimited;
    }

    void refusedCreateCreatesNothing()
    {
        QFETCH(EmulatorFault, fault);
        m_kit.emulator()->injectFault(fault);
        const HttpResult result =
            m_client->send("POST", tokensPath(), {}, createBody(QStringLiteral("refused")));
        QVERIFY(result.status >= 429);
        QCOMPARE(m_kit.emulator()->createCount(), 0);
        QCOMPARE(m_kit.emulator()->tokens(Region::FrPar, m_project).size(), 1);
    }

    void droppedCreateStillCreates()
    {
        // QNetworkAccessManager of Qt 6.4 and 6.8 resends a request once, by itself, when the
        // connection closes before any answer (Qt 6.11's does not resend a POST): two drops make
        // every client see the failure.
        m_kit.emulator()->injectFault(EmulatorFault::Drop, 2, "POST");
        const HttpResult result =
            m_client->send("POST", tokensPath(), {}, createBody(QStringLiteral("lost-answer")));
        QVERIFY(result.finished);
        QCOMPARE(result.status, 0);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        // Every dropped create did its work: the tokens exist, their secrets are lost.
        int posts = 0;
        for (const TestEmulator::RecordedRequest &request : m_kit.emulator()->requests())
            posts += request.method == "POST" ? 1 : 0;
        QVERIFY(posts == 1 || posts == 2);
        QCOMPARE(m_kit.emulator()->createCount(), posts);
        const QList<Token> tokens = m_kit.emulator()->tokens(Region::FrPar, m_project);
        QCOMPARE(tokens.size(), 1 + posts);
        // By name, not position: tokens made within the same millisecond as "existing" may sort
        // before it (creation times carry random microseconds).
        const auto lost = std::count_if(tokens.cbegin(), tokens.cend(), [](const Token &token) {
            return token.name == QLatin1String("lost-answer");
        });
        QCOMPARE(int(lost), posts);
    }

    void truncatedAnswer()
    {
        m_kit.emulator()->injectFault(EmulatorFault::Truncated, 5);
        QNetworkReply *reply = m_client->start("GET", tokensPath(), listQuery());
        QByteArray announced;
        QObject context;
        connect(reply, &QNetworkReply::metaDataChanged, &context,
                [reply, &announced] { announced = reply->rawHeader("Content-Length"); });
        const HttpResult result = EmulatorTestClient::wait(reply);
        QVERIFY(result.finished);
        QVERIFY2(result.error != QNetworkReply::NoError,
                 qPrintable(QStringLiteral("no error after %1 attempts")
                                .arg(m_kit.emulator()->requests().size())));
        QVERIFY(announced.toLongLong() > 0);
        QVERIFY(result.body.size() < announced.toLongLong());
    }

    void stallNeverAnswers()
    {
        m_kit.emulator()->injectFault(EmulatorFault::Stall);
        QNetworkReply *reply = m_client->start("GET", tokensPath(), listQuery());
        QTRY_COMPARE_WITH_TIMEOUT(m_kit.emulator()->requests().size(), 1, 10000);
        // The request arrived; its answer never comes, however long the client waits.
        const HttpResult stalled = EmulatorTestClient::wait(reply, 500);
        QVERIFY(!stalled.finished);
        // Other connections are served meanwhile.
        QCOMPARE(list().status, 200);
    }

    void oversizedHasDefaultSize()
    {
        m_kit.emulator()->injectFault(EmulatorFault::Oversized);
        QNetworkReply *reply = m_client->start("GET", tokensPath(), listQuery());
        QSignalSpy headers(reply, &QNetworkReply::metaDataChanged);
        QVERIFY(headers.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->rawHeader("Content-Length").toLongLong() >= 40LL * 1024 * 1024);
        reply->abort();
        reply->deleteLater();
    }

    void oversizedBodyIsValidJson()
    {
        m_kit.emulator()->setOversizedBytes(3 * 1024 * 1024);
        m_kit.emulator()->injectFault(EmulatorFault::Oversized);
        const HttpResult result = list();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body.size(), result.header("Content-Length").toLongLong());
        QVERIFY(result.body.size() >= 3 * 1024 * 1024);
        const QJsonObject object = result.json();
        const QJsonArray tokens = object.value(QStringLiteral("tokens")).toArray();
        QVERIFY(tokens.size() > 1000);
        QCOMPARE(object.value(QStringLiteral("total_count")).toInt(), tokens.size());
    }

    void faultCountAndMethodFilter()
    {
        m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 2, "DELETE");
        QCOMPARE(list().status, 200);
        const QString id = m_kit.emulator()->tokens(Region::FrPar, m_project).first().id;
        const QString path = tokensPath() + QLatin1Char('/') + id;
        QCOMPARE(m_client->send("DELETE", path).status, 500);
        QCOMPARE(m_client->send("DELETE", path).status, 500);
        QCOMPARE(m_client->send("DELETE", path).status, 204);
    }

    void queuedFaultsApplyInOrder()
    {
        m_kit.emulator()->injectFault(EmulatorFault::ServerError);
        m_kit.emulator()->injectFault(EmulatorFault::RateLimited);
        QCOMPARE(list().status, 503);
        QCOMPARE(list().status, 429);
        QCOMPARE(list().status, 200);
    }

    void latencyDoesNotBlock()
    {
        m_kit.emulator()->setLatency(1500);
        QNetworkReply *first = m_client->start("GET", tokensPath(), listQuery());
        QNetworkReply *second = m_client->start("GET", QStringLiteral("/account/v3/projects"));
        // When the first answer arrives, the server must already have read the second request:
        // a blocking delay would have kept it from reading anything meanwhile.
        int requestsSeenAtFirstAnswer = -1;
        QObject context;
        connect(first, &QNetworkReply::finished, &context, [this, &requestsSeenAtFirstAnswer] {
            requestsSeenAtFirstAnswer = int(m_kit.emulator()->requests().size());
        });
        const HttpResult a = EmulatorTestClient::wait(first);
        const HttpResult b = EmulatorTestClient::wait(second);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(requestsSeenAtFirstAnswer, 2);
    }

    void latencyAnswerToAGoneClientIsDropped()
    {
        m_kit.emulator()->setLatency(300);
        QNetworkReply *reply = m_client->start("GET", tokensPath(), listQuery());
        QTRY_COMPARE_WITH_TIMEOUT(m_kit.emulator()->requests().size(), 1, 10000);
        reply->abort();
        reply->deleteLater();
        // The emulator survives answering nobody, and keeps serving.
        QTest::qWait(500);
        m_kit.emulator()->setLatency(0);
        QCOMPARE(list().status, 200);
    }

    void pipelinedRequestsAreAnsweredInOrder_data()
    {
        QTest::addColumn<int>("latency");
        QTest::newRow("at once") << 0;
        QTest::newRow("after a latency") << 200;
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // Two requests written at once on one connection: both answers come back whole, in the
        // order asked, also when the first one waits (the server must not start the second early).
        QFETCH(int, latency);
        m_kit.emulator()->setLatency(latency);
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, &socket,
                [&socket, &received] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_kit.emulator()->baseUrl().port()));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        const QByteArray common = "Host: 127.0.0.1\r\nX-Auth-Token: " + kSecret.toLatin1() + "\r\n";
        socket.write("GET " + tokensPath().toLatin1() + "?project_id=" + m_project.toLatin1() +
                     " HTTP/1.1\r\n" + common + "\r\n");
        socket.write("GET /account/v3/projects/" + m_project.toLatin1() + " HTTP/1.1\r\n" + common +
                     "Connection: close\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        received += socket.readAll();
        QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), 2);
        const qsizetype tokens = received.indexOf("\"tokens\":[");
        const qsizetype project = received.indexOf("\"name\":\"faults\"");
        QVERIFY2(tokens > 0 && project > tokens, received.constData());
        QCOMPARE(m_kit.emulator()->requests().size(), 2);
    }

    void randomFaultsFollowTheSeed()
    {
        const auto statuses = [this](quint32 seed) {
            testkit::EmulatorFixture kit;
            if (!kit.start(testkit::EmulatorFixture::Seed::Nothing))
                return QList<int>();
            kit.emulator()->addApiKey(QStringLiteral("SCWTESTKEY0000000001"), kSecret, {}, kOrg);
            kit.emulator()->setFaultRate(EmulatorFault::ServerError, 0.5, seed);
            EmulatorTestClient client(kit.baseUrl(), kSecret);
            QList<int> result;
            for (int i = 0; i < 12; ++i)
                result.append(client.get(QStringLiteral("/account/v3/projects")).status);
            return result;
        };
        const QList<int> first = statuses(7);
        QCOMPARE(statuses(7), first);
        QVERIFY(first.contains(503));
        QVERIFY(first.contains(200));

        m_kit.emulator()->setFaultRate(EmulatorFault::EmptyBody, 1.0, 3);
        QVERIFY(list().body.isEmpty());
        m_kit.emulator()->setFaultRate(EmulatorFault::EmptyBody, 0.0, 3);
        QCOMPARE(list().json().value(QStringLiteral("total_count")).toInt(), 1);
    }

    void rateLimitIsPerKey()
    {
        m_kit.emulator()->setRateLimitWindow(60000); // one window for the whole test
        m_kit.emulator()->setRateLimit(3);
        for (int i = 0; i < 3; ++i) {
            const HttpResult allowed = list();
            QCOMPARE(allowed.status, 200);
            QCOMPARE(allowed.header("X-Ratelimit-Limit"), QByteArray("3, 3;w=1"));
            QCOMPARE(allowed.header("X-Ratelimit-Remaining").toInt(), 2 - i);
        }
        const HttpResult refused = list();
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.body.isEmpty());
        QVERIFY(!refused.hasHeader("Content-Type"));
        QVERIFY(!refused.hasHeader("Retry-After"));
        QCOMPARE(refused.header("X-Envoy-Ratelimited"), QByteArray("true"));

        m_client->setSecretKey(kSecondSecret);
        QCOMPARE(list().status, 200);

        m_kit.emulator()->setRateLimit(0);
        m_client->setSecretKey(kSecret);
        QCOMPARE(list().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulatorfaults.moc"
