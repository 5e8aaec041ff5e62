// Requests through a real HTTP proxy (tinyproxy from Debian), chosen from HTTPS_PROXY as the scw
// CLI chooses it: the proxy's own log proves the traffic went through it (a CONNECT to the TLS
// gateway), and a proxy that refuses, or is not there, gives a sentence that names it.
#include "EmulatorFixture.h"
#include "TestGateway.h"
#include "api/CockpitClient.h"
#include "api/ProxyFromEnvironment.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void throughTheProxy();
    void proxyRefuses();
    void proxyNotListening();

private:
    bool startProxy(const QString &extraConfiguration = {});
    ApiError listVia(const QString &httpsProxy);
    QString proxyLog() const;

    testkit::EmulatorFixture m_kit;
    TestGateway m_gateway;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proxy;
    quint16 m_proxyPort = 0;
};

void TestProxy::initTestCase()
{
    QVERIFY2(
        !QStandardPaths::findExecutable(QStringLiteral("tinyproxy"),
                                        {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")})
             .isEmpty(),
        "tinyproxy is not installed (scripts/install-deps installs it)");
    QVERIFY(m_dir.isValid());
}

void TestProxy::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    QVERIFY2(m_gateway.start(m_kit.emulator()->baseUrl()), qPrintable(m_gateway.error()));
    QSslConfiguration::setDefaultConfiguration(m_gateway.trustingConfiguration());
}

void TestProxy::cleanup()
{
    if (m_proxy) {
        m_proxy->terminate();
        if (!m_proxy->waitForFinished(5000))
            m_proxy->kill();
        m_proxy->waitForFinished(5000);
        m_proxy.reset();
    }
    m_gateway.stop();
    m_kit.stop();
}

bool TestProxy::startProxy(const QString &extraConfiguration)
{
    m_proxyPort = TestGateway::freeLocalPort();
    if (m_proxyPort == 0)
        return false;
    QFile::remove(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    QFile configuration(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    if (!configuration.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    configuration.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n"
                                       "LogFile \"%2\"\nLogLevel Connect\nPidFile \"%3\"\n"
                                       "Allow 127.0.0.1\n%4\n")
                            .arg(m_proxyPort)
                            .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")),
                                 m_dir.filePath(QStringLiteral("tinyproxy.pid")),
                                 extraConfiguration)
                            .toUtf8());
    configuration.close();
    m_proxy = std::make_unique<QProcess>();
    m_proxy->setProcessChannelMode(QProcess::MergedChannels);
    m_proxy->start(
        QStandardPaths::findExecutable(QStringLiteral("tinyproxy"),
                                       {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")}),
        {QStringLiteral("-d"), QStringLiteral("-c"), configuration.fileName()});
    if (!m_proxy->waitForStarted(10000))
        return false;
    if (TestGateway::waitUntilListening(*m_proxy, m_proxyPort))
        return true;
    qWarning("tinyproxy did not start: %s", m_proxy->readAll().constData());
    return false;
}

QString TestProxy::proxyLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

ApiError TestProxy::listVia(const QString &httpsProxy)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HTTPS_PROXY"), httpsProxy);
    auto *proxies = new ProxyFromEnvironment(environment);
    // Everything here is on 127.0.0.1, which the scw CLI's rules never proxy.
    proxies->setLoopbackGoesDirect(false);
    QNetworkAccessManager network;
    network.setProxyFactory(proxies);
    ClientSettings settings = m_kit.settings(testkit::quickRetries());
    settings.baseUrl = m_gateway.baseUrl();
    CockpitClient client(&network, settings);
    std::unique_ptr<TokenListReply> reply(
        client.listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("test: no answer"));
    return reply->error();
}

void TestProxy::throughTheProxy()
{
    QVERIFY(startProxy());
    const ApiError error = listVia(QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const QString log = proxyLog();
    const QString tunnel = QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_gateway.port());
    QVERIFY2(log.contains(tunnel), qPrintable(log));
    QVERIFY(!m_kit.emulator()->requests().isEmpty());
}

void TestProxy::proxyRefuses()
{
    // Tunnels only to port 443: the gateway's port is refused (403 to the CONNECT).
    QVERIFY(startProxy(QStringLiteral("ConnectPort 443")));
    const QString name = QStringLiteral("127.0.0.1:%1").arg(m_proxyPort);
    const ApiError error = listVia(QStringLiteral("http://") + name);
    QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("ProxyError"));
    QVERIFY2(error.message.contains(name), qPrintable(error.message));
    QVERIFY(m_kit.emulator()->requests().isEmpty());
}

void TestProxy::proxyNotListening()
{
    const quint16 closedPort = TestGateway::freeLocalPort();
    QVERIFY(closedPort != 0);
    const QString name = QStringLiteral("127.0.0.1:%1").arg(closedPort);
    const ApiError error = listVia(QStringLiteral("http://") + name);
    QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("ProxyError"));
    QVERIFY2(error.message.contains(name), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("refused")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
