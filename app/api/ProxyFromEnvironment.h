#pragma once

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QStringList>

namespace cockpit {

// Chooses the proxy of each request as the scw CLI does (Go's HTTPS_PROXY rules):
// HTTPS_PROXY (or https_proxy) for https:// URLs, HTTP_PROXY (or http_proxy) for http:// ones, a
// URL with an optional user:password (no scheme means http://; socks5:// works too); NO_PROXY (or
// no_proxy) lists hosts that go direct: "*", names ("example.com" covers its subdomains,
// ".example.com" only them), IP addresses and CIDR ranges, each with an optional ":port".
// "localhost" and loopback addresses always go direct, as in Go, so the demo never goes through a
// proxy. When none of these variables is set, the system's proxy settings apply (what Qt reads on
// Windows and macOS).
class ProxyFromEnvironment : public QNetworkProxyFactory
{
public:
    explicit ProxyFromEnvironment(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy>
    queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    bool usesEnvironment() const { return m_fromEnvironment; }
    // Values that could not be used, in sentences (for the log: they are not secrets once the
    // password is taken out).
    QStringList problems() const { return m_problems; }
    // Tests through a real proxy on 127.0.0.1 need loopback hosts proxied too.
    void setLoopbackGoesDirect(bool direct) { m_loopbackDirect = direct; }

private:
    struct Exception
    {
        QString host;                // lower case, without a leading "." or "*."
        bool subdomainsOnly = false; // the entry began with "."
        QString address;             // an IP address or CIDR range instead of a name
        int port = -1;
    };

    QNetworkProxy parseProxy(const QString &variable, const QString &value);
    void parseExceptions(const QString &value);
    bool goesDirect(const QString &host, int port) const;

    bool m_fromEnvironment = false;
    bool m_allDirect = false; // NO_PROXY=*
    bool m_loopbackDirect = true;
    QNetworkProxy m_https = QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy m_http = QNetworkProxy(QNetworkProxy::NoProxy);
    QList<Exception> m_exceptions;
    QStringList m_problems;
};

} // namespace cockpit
