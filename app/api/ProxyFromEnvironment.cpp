#include "ProxyFromEnvironment.h"

#include <QHostAddress>
#include <QUrl>

namespace cockpit {
namespace {

QString firstOf(const QProcessEnvironment &environment, const QString &upper, QString *name)
{
    for (const QString &candidate : {upper, upper.toLower()}) {
        const QString value = environment.value(candidate).trimmed();
        if (!value.isEmpty()) {
            *name = candidate;
            return value;
        }
    }
    return {};
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        return 1080;
    if (scheme == QLatin1String("https"))
        return 443;
    return 80;
}

} // namespace

ProxyFromEnvironment::ProxyFromEnvironment(const QProcessEnvironment &environment)
{
    QString name;
    const QString https = firstOf(environment, QStringLiteral("HTTPS_PROXY"), &name);
    if (!https.isEmpty())
        m_https = parseProxy(name, https);
    const QString http = firstOf(environment, QStringLiteral("HTTP_PROXY"), &name);
    if (!http.isEmpty())
        m_http = parseProxy(name, http);
    const QString exceptions = firstOf(environment, QStringLiteral("NO_PROXY"), &name);
    parseExceptions(exceptions);
    m_fromEnvironment = !https.isEmpty() || !http.isEmpty() || !exceptions.isEmpty();
}

QNetworkProxy ProxyFromEnvironment::parseProxy(const QString &variable, const QString &value)
{
    QUrl url(value.contains(QLatin1String("://")) ? value : QStringLiteral("http://") + value);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        m_problems.append(QStringLiteral("%1 is not a proxy URL: %2")
                              .arg(variable, url.toDisplayString(QUrl::RemoveUserInfo)));
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h")) {
        type = QNetworkProxy::Socks5Proxy;
    } else if (scheme != QLatin1String("http")) {
        // Qt speaks to proxies in plain HTTP or SOCKS 5 only; the request itself stays TLS.
        m_problems.append(QStringLiteral("%1: a %2:// proxy is not supported (use http:// or "
                                         "socks5://); trying it as http://")
                              .arg(variable, scheme));
    }
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort(scheme))),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
}

void ProxyFromEnvironment::parseExceptions(const QString &value)
{
    const QStringList entries = value.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*")) {
            m_allDirect = true;
            continue;
        }
        Exception exception;
        // A CIDR range or an address, bracketed or not, with an optional port.
        if (entry.contains(u'/')) {
            exception.address = entry;
            m_exceptions.append(exception);
            continue;
        }
        QString host = entry;
        const int colon = entry.lastIndexOf(u':');
        const bool bracketed = entry.startsWith(u'[');
        if (colon > 0 && (bracketed ? entry.at(colon - 1) == u']' : entry.count(u':') == 1)) {
            bool ok = false;
            const int port = entry.mid(colon + 1).toInt(&ok);
            if (ok) {
                exception.port = port;
                host = entry.left(colon);
            }
        }
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (QHostAddress(host).isNull()) {
            if (host.startsWith(QLatin1String("*.")))
                host.remove(0, 1);
            exception.subdomainsOnly = host.startsWith(u'.');
            exception.host = exception.subdomainsOnly ? host.mid(1) : host;
        } else {
            exception.address = host;
        }
        m_exceptions.append(exception);
    }
}

bool ProxyFromEnvironment::goesDirect(const QString &rawHost, int port) const
{
    const QString host = rawHost.toLower();
    const QHostAddress address(host);
    if (m_loopbackDirect && (host == QLatin1String("localhost") || address.isLoopback()))
        return true;
    if (m_allDirect)
        return true;
    for (const Exception &exception : m_exceptions) {
        if (exception.port >= 0 && exception.port != port)
            continue;
        if (!exception.address.isEmpty()) {
            if (address.isNull())
                continue;
            if (exception.address.contains(u'/')) {
                if (address.isInSubnet(QHostAddress::parseSubnet(exception.address)))
                    return true;
            } else if (address.isEqual(QHostAddress(exception.address))) {
                return true;
            }
            continue;
        }
        if (host.endsWith(u'.' + exception.host) ||
            (!exception.subdomainsOnly && host == exception.host))
            return true;
    }
    return false;
}

QList<QNetworkProxy> ProxyFromEnvironment::queryProxy(const QNetworkProxyQuery &query)
{
    if (!m_fromEnvironment)
        return QNetworkProxyFactory::systemProxyForQuery(query);
    const QUrl url = query.url();
    const bool https = url.scheme() == QLatin1String("https");
    const QNetworkProxy &proxy = https ? m_https : m_http;
    if (proxy.type() == QNetworkProxy::NoProxy ||
        goesDirect(url.host(), url.port(https ? 443 : 80)))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return {proxy};
}

} // namespace cockpit
