// How the environment sets the network up, as for the scw CLI: which proxy each URL gets from
// HTTPS_PROXY/HTTP_PROXY/NO_PROXY (Go's rules, loopback always direct), and the extra certificate
// authorities of SSL_CERT_FILE/SSL_CERT_DIR, added to the system's.
#include "api/ProxyFromEnvironment.h"
#include "api/TrustFromEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace cockpit;

namespace {

QProcessEnvironment environmentOf(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

QString proxyFor(ProxyFromEnvironment &factory, const QString &url)
{
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    if (proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy)
        return QStringLiteral("direct");
    const QNetworkProxy &proxy = proxies.constFirst();
    return QStringLiteral("%1%2:%3")
        .arg(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5 ") : QString(),
             proxy.hostName())
        .arg(proxy.port());
}

} // namespace

class TestNetworkEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proxyChoice_data();
    void proxyChoice();
    void proxyCredentials();
    void unusableProxy();
    void loopbackProxiedWhenAsked();
    void authoritiesFromFileAndFolder();
    void authoritiesMissing();
    void systemAuthoritiesNotReadAgain();
};

void TestNetworkEnvironment::proxyChoice_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    const QStringList proxied{QStringLiteral("HTTPS_PROXY=http://proxy.corp:3128")};
    QTest::newRow("https through HTTPS_PROXY")
        << proxied << "https://api.scaleway.com/cockpit/v1/tokens"
        << "proxy.corp:3128";
    QTest::newRow("lower-case https_proxy, no scheme, default port")
        << QStringList{QStringLiteral("https_proxy=proxy.corp")} << "https://api.scaleway.com"
        << "proxy.corp:80";
#ifndef Q_OS_WIN // Windows' environment ignores case: HTTPS_PROXY and https_proxy are one variable.
    QTest::newRow("upper case wins")
        << QStringList{QStringLiteral("HTTPS_PROXY=upper:1"), QStringLiteral("https_proxy=lower:2")}
        << "https://api.scaleway.com"
        << "upper:1";
#endif
    QTest::newRow("HTTP_PROXY is not for https")
        << QStringList{QStringLiteral("HTTP_PROXY=http://plain:8080")} << "https://api.scaleway.com"
        << "direct";
    QTest::newRow("HTTP_PROXY for http")
        << QStringList{QStringLiteral("HTTP_PROXY=http://plain:8080")} << "http://example.com"
        << "plain:8080";
    QTest::newRow("socks5") << QStringList{QStringLiteral("HTTPS_PROXY=socks5://gate:1080")}
                            << "https://api.scaleway.com"
                            << "socks5 gate:1080";
    QTest::newRow("localhost direct") << proxied << "https://localhost:8443"
                                      << "direct";
    QTest::newRow("loopback direct") << proxied << "https://127.0.0.1:8443"
                                     << "direct";
    QTest::newRow("IPv6 loopback direct") << proxied << "https://[::1]:8443"
                                          << "direct";

    const auto except = [&](const char *noProxy) {
        return QStringList{proxied.constFirst(),
                           QStringLiteral("NO_PROXY=") + QLatin1String(noProxy)};
    };
    QTest::newRow("NO_PROXY star") << except("*") << "https://api.scaleway.com"
                                   << "direct";
    QTest::newRow("NO_PROXY name") << except("scaleway.com") << "https://scaleway.com"
                                   << "direct";
    QTest::newRow("NO_PROXY name covers subdomains")
        << except("other.example, scaleway.com") << "https://api.scaleway.com"
        << "direct";
    QTest::newRow("NO_PROXY name is not a suffix of another")
        << except("way.com") << "https://api.scaleway.com"
        << "proxy.corp:3128";
    QTest::newRow("NO_PROXY leading dot: subdomains only")
        << except(".scaleway.com") << "https://scaleway.com"
        << "proxy.corp:3128";
    QTest::newRow("NO_PROXY leading dot covers subdomains")
        << except(".scaleway.com") << "https://api.scaleway.com"
        << "direct";
    QTest::newRow("NO_PROXY star dot") << except("*.scaleway.com") << "https://api.scaleway.com"
                                       << "direct";
    QTest::newRow("NO_PROXY case-insensitive")
        << except("API.Scaleway.COM") << "https://api.scaleway.com"
        << "direct";
    QTest::newRow("NO_PROXY port matches")
        << except("api.scaleway.com:443") << "https://api.scaleway.com"
        << "direct";
    QTest::newRow("NO_PROXY port differs")
        << except("api.scaleway.com:8443") << "https://api.scaleway.com"
        << "proxy.corp:3128";
    QTest::newRow("NO_PROXY address") << except("10.1.2.3") << "https://10.1.2.3"
                                      << "direct";
    QTest::newRow("NO_PROXY CIDR") << except("10.0.0.0/8") << "https://10.20.30.40"
                                   << "direct";
    QTest::newRow("NO_PROXY CIDR outside") << except("10.0.0.0/8") << "https://192.0.2.1"
                                           << "proxy.corp:3128";
    QTest::newRow("lower-case no_proxy")
        << QStringList{proxied.constFirst(), QStringLiteral("no_proxy=scaleway.com")}
        << "https://api.scaleway.com"
        << "direct";
}

void TestNetworkEnvironment::proxyChoice()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    ProxyFromEnvironment factory(environmentOf(environment));
    QVERIFY(factory.usesEnvironment());
    QCOMPARE(proxyFor(factory, url), expected);
    QVERIFY2(factory.problems().isEmpty(), qPrintable(factory.problems().join(u'\n')));
}

void TestNetworkEnvironment::proxyCredentials()
{
    ProxyFromEnvironment factory(
        environmentOf({QStringLiteral("HTTPS_PROXY=http://alice:p%40ss@proxy.corp:3128")}));
    const QNetworkProxy proxy =
        factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.scaleway.com"))))
            .constFirst();
    QCOMPARE(proxy.user(), QStringLiteral("alice"));
    QCOMPARE(proxy.password(), QStringLiteral("p@ss"));
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
}

void TestNetworkEnvironment::unusableProxy()
{
    ProxyFromEnvironment factory(environmentOf(
        {QStringLiteral("HTTPS_PROXY=https://secret-user:secret-pass@tls.proxy:443")}));
    QCOMPARE(factory.problems().size(), 1);
    QVERIFY(factory.problems().constFirst().contains(QLatin1String("not supported")));
    QVERIFY(!factory.problems().constFirst().contains(QLatin1String("secret-pass")));

    ProxyFromEnvironment empty(environmentOf({QStringLiteral("HTTPS_PROXY=http://")}));
    QCOMPARE(empty.problems().size(), 1);
    QCOMPARE(proxyFor(empty, QStringLiteral("https://api.scaleway.com")), QStringLiteral("direct"));

    // Nothing set: the system's settings, which on this test machine are none.
    ProxyFromEnvironment none{QProcessEnvironment()};
    QVERIFY(!none.usesEnvironment());
}

void TestNetworkEnvironment::loopbackProxiedWhenAsked()
{
    ProxyFromEnvironment factory(environmentOf({QStringLiteral("HTTPS_PROXY=127.0.0.1:3128")}));
    factory.setLoopbackGoesDirect(false);
    QCOMPARE(proxyFor(factory, QStringLiteral("https://127.0.0.1:8443")),
             QStringLiteral("127.0.0.1:3128"));
}

void TestNetworkEnvironment::authoritiesFromFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("bash"),
                  {QStringLiteral(COCKPIT_SOURCE_DIR "/tests/support/make-test-certificates.sh"),
                   dir.path()});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("folder"))));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("other-ca.pem")),
                        dir.filePath(QStringLiteral("folder/other.crt"))));

    const ExtraAuthorities found = authoritiesFromEnvironment(
        environmentOf({QStringLiteral("SSL_CERT_FILE=") + dir.filePath(QStringLiteral("ca.pem")),
                       QStringLiteral("SSL_CERT_DIR=") + dir.filePath(QStringLiteral("folder"))}));
    QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(u'\n')));
    QCOMPARE(found.certificates.size(), 2);

    const qsizetype before = QSslConfiguration::defaultConfiguration().caCertificates().size();
    QCOMPARE(trustAuthorities(found.certificates), 2);
    const QList<QSslCertificate> after = QSslConfiguration::defaultConfiguration().caCertificates();
    // Added to the system's, not instead of them.
    QCOMPARE(after.size(), before + 2);
    QVERIFY(after.contains(found.certificates.constFirst()));
}

void TestNetworkEnvironment::authoritiesMissing()
{
    const ExtraAuthorities found = authoritiesFromEnvironment(
        environmentOf({QStringLiteral("SSL_CERT_FILE=/nonexistent/ca.pem"),
                       QStringLiteral("SSL_CERT_DIR=/nonexistent-a") + QDir::listSeparator() +
                           QStringLiteral("/nonexistent-b")}));
    QVERIFY(found.certificates.isEmpty());
    QCOMPARE(found.problems.size(), 3);
}

void TestNetworkEnvironment::systemAuthoritiesNotReadAgain()
{
    // What Debian, Ubuntu and many containers set: the system's own bundle and folder, which Qt
    // already trusts. Nothing to add, nothing to complain about.
    const QString bundle = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    if (!QFileInfo::exists(bundle))
        QSKIP("no system bundle at /etc/ssl/certs/ca-certificates.crt (ca-certificates)");
    const ExtraAuthorities found = authoritiesFromEnvironment(
        environmentOf({QStringLiteral("SSL_CERT_FILE=") + bundle,
                       QStringLiteral("SSL_CERT_DIR=/etc/ssl/certs/:/etc/ssl/certs")}));
    QVERIFY(found.certificates.isEmpty());
    QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestNetworkEnvironment)
#include "tst_networkenvironment.moc"
