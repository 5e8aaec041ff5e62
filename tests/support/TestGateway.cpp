#include "TestGateway.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifndef COCKPIT_TEST_SUPPORT_DIR
#error "COCKPIT_TEST_SUPPORT_DIR names the folder of make-test-certificates.sh"
#endif

namespace {

QString certificateName(TestGateway::Certificate certificate)
{
    switch (certificate) {
    case TestGateway::Certificate::Valid:
        return QStringLiteral("server");
    case TestGateway::Certificate::WrongHost:
        return QStringLiteral("wrong-host");
    case TestGateway::Certificate::Expired:
        return QStringLiteral("expired");
    case TestGateway::Certificate::Untrusted:
        return QStringLiteral("untrusted");
    }
    return QStringLiteral("server");
}

} // namespace

TestGateway::TestGateway() = default;

quint16 TestGateway::freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool TestGateway::waitUntilListening(QProcess &process, quint16 port)
{
    for (int wait = 0; wait < 100; ++wait) {
        if (process.state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(20);
    }
    return false;
}

TestGateway::~TestGateway()
{
    stop();
}

QString TestGateway::nginxProgram()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (program.isEmpty()) {
        program = QStandardPaths::findExecutable(
            QStringLiteral("nginx"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    return program;
}

bool TestGateway::start(const QUrl &upstream, const Options &options)
{
    stop();
    m_dir.reset();
    m_upstream = upstream;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder for nginx");
        return false;
    }
    if (nginxProgram().isEmpty()) {
        m_error = QStringLiteral("nginx is not installed (Debian package nginx-light or nginx; "
                                 "scripts/install-deps installs it)");
        return false;
    }
    if (m_givenCertificates.isEmpty() && !makeCertificates())
        return false;
    m_port = 0;
    return restart(options);
}

bool TestGateway::setUpstream(const QUrl &upstream, const Options &options)
{
    if (!m_dir)
        return start(upstream, options);
    m_upstream = upstream;
    return restart(options);
}

bool TestGateway::restart(const Options &options)
{
    stop();
    if (!m_dir) {
        m_error = QStringLiteral("the gateway was never started");
        return false;
    }
    // A port found free can be taken before nginx binds it: then try another, a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = freeLocalPort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        if (!writeConfiguration(options))
            return false;
        if (launch())
            return true;
    }
    return false;
}

bool TestGateway::makeCertificates()
{
    QProcess openssl;
    openssl.start(QStringLiteral("bash"),
                  {QStringLiteral(COCKPIT_TEST_SUPPORT_DIR "/make-test-certificates.sh"),
                   certificateFolder()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("make-test-certificates.sh failed: %1")
                      .arg(QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestGateway::writeConfiguration(const Options &options)
{
    const QString prefix = m_dir->path();
    QDir(prefix).mkpath(QStringLiteral("temp"));
    const QString certificate = certificateFolder() + u'/' + certificateName(options.certificate);
    const QString answer = options.fixedStatus > 0
                               ? QStringLiteral("return %1;").arg(options.fixedStatus)
                               : QStringLiteral("proxy_pass http://emulator;\n"
                                                "            proxy_http_version 1.1;\n"
                                                "            proxy_set_header Connection \"\";\n"
                                                "            proxy_set_header Host $http_host;\n"
                                                "            proxy_read_timeout %1s;")
                                     .arg(options.upstreamTimeoutSeconds);
    // nginx 1.22 (Debian 12) knows only "listen ... http2"; later versions still accept it.
    const QString configuration =
        QStringLiteral(
            "master_process off;\n"
            "worker_processes 1;\n"
            "pid %1/nginx.pid;\n"
            "error_log %1/error.log info;\n"
            "events { worker_connections 256; }\n"
            "http {\n"
            "    log_format gateway '$request_method $request_uri $status $server_protocol';\n"
            "    access_log %1/access.log gateway;\n"
            "    client_body_temp_path %1/temp/body;\n"
            "    proxy_temp_path %1/temp/proxy;\n"
            "    fastcgi_temp_path %1/temp/fastcgi;\n"
            "    uwsgi_temp_path %1/temp/uwsgi;\n"
            "    scgi_temp_path %1/temp/scgi;\n"
            "    upstream emulator { server %2:%3; keepalive 8; }\n"
            "    server {\n"
            "        listen 127.0.0.1:%4%5;\n"
            "        %6\n"
            "        keepalive_requests %7;\n"
            "        keepalive_timeout %8s;\n"
            "        http2_max_concurrent_streams %9;\n"
            "        location / {\n"
            "            %10\n"
            "        }\n"
            "    }\n"
            "}\n")
            .arg(prefix, m_upstream.host(), QString::number(m_upstream.port()),
                 QString::number(m_port),
                 options.tls
                     ? (options.http2 ? QStringLiteral(" ssl http2") : QStringLiteral(" ssl"))
                     : QString(),
                 options.tls ? QStringLiteral("ssl_certificate %1.pem; ssl_certificate_key %1.key;")
                                   .arg(certificate)
                             : QString(),
                 QString::number(options.goawayAfterRequests),
                 QString::number(options.idleTimeoutSeconds),
                 QString::number(options.maxConcurrentStreams))
            .arg(answer);
    QFile file(prefix + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(configuration.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool TestGateway::launch()
{
    const QString prefix = m_dir->path();
    QFile::remove(prefix + QStringLiteral("/error.log"));
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->start(nginxProgram(), {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                                    prefix + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                                    prefix + QStringLiteral("/error.log"), QStringLiteral("-g"),
                                    QStringLiteral("daemon off;")});
    if (!m_nginx->waitForStarted(10000)) {
        m_error = QStringLiteral("nginx did not start: %1").arg(m_nginx->errorString());
        m_nginx.reset();
        return false;
    }
    if (waitUntilListening(*m_nginx, m_port))
        return true;
    m_nginx->waitForFinished(1000);
    QFile log(prefix + QStringLiteral("/error.log"));
    const QString logText =
        log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    m_error = QStringLiteral("nginx did not listen on 127.0.0.1:%1: %2 %3")
                  .arg(m_port)
                  .arg(QString::fromLocal8Bit(m_nginx->readAll()), logText);
    stop();
    return false;
}

void TestGateway::stop()
{
    if (!m_nginx)
        return;
    if (m_nginx->state() != QProcess::NotRunning) {
        m_nginx->terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_nginx->waitForFinished(5000)) {
            m_nginx->kill();
            m_nginx->waitForFinished(5000);
        }
    }
    m_nginx.reset();
}

bool TestGateway::isRunning() const
{
    return m_nginx && m_nginx->state() == QProcess::Running;
}

QUrl TestGateway::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QString TestGateway::certificateFolder() const
{
    if (!m_givenCertificates.isEmpty())
        return m_givenCertificates;
    return m_dir ? m_dir->path() + QStringLiteral("/certificates") : QString();
}

QString TestGateway::caFile() const
{
    return certificateFolder() + QStringLiteral("/ca.pem");
}

QSslConfiguration TestGateway::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(caFile());
    return configuration;
}

QStringList TestGateway::accessLog() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->path() + QStringLiteral("/access.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QMap<QString, int> TestGateway::requestsByProtocol(qsizetype from) const
{
    QMap<QString, int> counts;
    const QStringList lines = accessLog();
    for (qsizetype i = from; i < lines.size(); ++i)
        ++counts[lines.at(i).section(u' ', -1)];
    return counts;
}
