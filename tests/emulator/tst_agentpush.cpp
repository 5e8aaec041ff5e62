// Generated agent configurations proven against the emulator by the real tools: a Prometheus
// server remote-writes its own metrics with a token created through CockpitClient (the "done
// when" of issue 14), and the curl script sends its test sample for each type.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "text/AgentConfig.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cockpit;

namespace {

constexpr int kPrometheusWaitMs = 60000;

template <typename Reply> std::unique_ptr<Reply> await(Reply *raw)
{
    std::unique_ptr<Reply> reply(raw);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!finished.wait(20000))
        qWarning("the reply did not finish in time");
    return reply;
}

// A port nothing listens on right now (Prometheus binds it a moment later).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(text.toUtf8()) >= 0;
}

// Ends a process the test started, by its own PID: politely, then for sure.
void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestAgentPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
        m_client = m_kit.makeClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_kit.stop();
    }

    void prometheusRemoteWritesWithTheCreatedToken()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QFAIL("prometheus not found: run scripts/install-deps (Debian package prometheus)");
        const CreatedToken created = createToken(TokenScope::WriteOnlyMetrics);
        QVERIFY(!created.secretKey.isEmpty());
        const DataSource source = customSource(DataSourceType::Metrics);
        QVERIFY(!source.id.isEmpty());

        const quint16 port = freePort();
        QVERIFY(port != 0);
        AgentOptions options;
        options.baseUrl = m_kit.emulator()->pushBaseUrl(source.id);
        options.scrapeIntervalSeconds = 1;
        options.prometheusSelfAddress = QStringLiteral("127.0.0.1:%1").arg(port);
        const AgentConfig config = AgentConfigs::generate(
            AgentKind::Prometheus, source, created.token, created.secretKey, options);
        QVERIFY(!config.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(config.fileName), config.text));

        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(prometheus,
                     {QStringLiteral("--config.file=") + dir.filePath(config.fileName),
                      QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
        const auto accepted = [this, &created] {
            for (const ReceivedPush &push : m_kit.emulator()->receivedPushes()) {
                if (push.accepted() && push.tokenId == created.token.id)
                    return true;
            }
            return false;
        };
        // The event loop runs while waiting: the emulator answers in this process.
        static_cast<void>(
            QTest::qWaitFor([&] { return accepted() || server.state() == QProcess::NotRunning; },
                            kPrometheusWaitMs));
        const bool gotOne = accepted();
        stop(server);
        // Prometheus logs neither headers nor the configuration's secrets.
        QVERIFY2(gotOne, server.readAll().right(3000).constData());

        bool checked = false;
        for (const ReceivedPush &push : m_kit.emulator()->receivedPushes()) {
            if (!push.accepted())
                continue;
            QCOMPARE(push.tokenId, created.token.id);
            QCOMPARE(push.dataSourceId, source.id);
            QCOMPARE(push.pushPath, QStringLiteral("/api/v1/push"));
            // X-Token from a Prometheus that sends `headers`, Bearer from one that does not
            // (Debian 12's 2.42: prometheus/prometheus#13030).
            QVERIFY2(push.credentialHeader == QLatin1String("X-Token") ||
                         push.credentialHeader == QLatin1String("Bearer"),
                     qPrintable(push.credentialHeader));
            QCOMPARE(push.contentType, QByteArray("application/x-protobuf"));
            QCOMPARE(push.contentEncoding, QByteArray("snappy"));
            QVERIFY(push.userAgent.startsWith("Prometheus/"));
            QVERIFY(push.bodySize > 0);
            QCOMPARE(push.status, 204);
            checked = true;
        }
        QVERIFY(checked);
    }

    void curlSendsItsTestSample_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("pushPath");
        QTest::newRow("metrics") << DataSourceType::Metrics << QByteArray("HTTP 200")
                                 << QStringLiteral("/otlp/v1/metrics");
        QTest::newRow("logs") << DataSourceType::Logs << QByteArray("HTTP 204")
                              << QStringLiteral("/loki/api/v1/push");
        QTest::newRow("traces") << DataSourceType::Traces << QByteArray("HTTP 200")
                                << QStringLiteral("/otlp/v1/traces");
    }
    void curlSendsItsTestSample()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QByteArray, status);
        QFETCH(QString, pushPath);
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        const CreatedToken created = createToken(
            TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyTraces);
        const DataSource source = customSource(type);
        QVERIFY(!source.id.isEmpty());
        AgentOptions options;
        options.baseUrl = m_kit.emulator()->pushBaseUrl(source.id);
        const AgentConfig config = AgentConfigs::generate(AgentKind::Curl, source, created.token,
                                                          created.secretKey, options);
        QVERIFY(!config.isEmpty());

        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), config.text});
        QVERIFY(shell.waitForStarted(10000));
        static_cast<void>(
            QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 30000));
        stop(shell);
        const QByteArray output = shell.readAllStandardOutput() + shell.readAllStandardError();
        QVERIFY2(output.trimmed() == status, output.constData());
        const QList<ReceivedPush> pushes = m_kit.emulator()->receivedPushes();
        QCOMPARE(pushes.size(), 1);
        QVERIFY(pushes.first().accepted());
        QCOMPARE(pushes.first().tokenId, created.token.id);
        QCOMPARE(pushes.first().pushPath, pushPath);
        QCOMPARE(pushes.first().contentType, QByteArray("application/json"));
    }

private:
    CreatedToken createToken(TokenScopes scopes)
    {
        const CreateTokenRequest request{Region::FrPar, m_kit.credentials().projectId,
                                         QStringLiteral("agent-test"), scopes};
        const auto reply = await(m_client->createToken(request));
        if (!reply->isSuccess()) {
            qWarning("create failed: %s", qPrintable(reply->error().message));
            return {};
        }
        return reply->created();
    }

    // The demo project's custom source of that type in fr-par, as the client lists it.
    DataSource customSource(DataSourceType type)
    {
        DataSourceListQuery query;
        query.region = Region::FrPar;
        query.projectId = m_kit.credentials().projectId;
        query.origin = DataSourceOrigin::Custom;
        query.types = {type};
        const auto reply = await(m_client->listDataSources(query));
        if (!reply->isSuccess() || reply->dataSources().isEmpty())
            return {};
        return reply->dataSources().first();
    }

    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
};

QTEST_GUILESS_MAIN(TestAgentPush)
#include "tst_agentpush.moc"
