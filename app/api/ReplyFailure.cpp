#include "ReplyFailure.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace cockpit {
// Errors of the connection itself, as opposed to an HTTP answer with an error status (Qt reports
// those too, in the content and server ranges, with the status attribute set).
bool isTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ContentReSendError:
        return true;
    default:
        // The network layer (1-99) and the proxy's connection errors (101-104). Qt reports an
        // HTTP error status with codes of the content, protocol and server ranges, e.g. 400 as
        // ProtocolInvalidOperationError.
        return (error > QNetworkReply::NoError &&
                error < QNetworkReply::ProxyConnectionRefusedError) ||
               (error >= QNetworkReply::ProxyConnectionRefusedError &&
                error < QNetworkReply::ProxyAuthenticationRequiredError);
    }
}

// Errors that prove the request never left this machine.
bool provesNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

// HTTP/2 proves which requests the server never processed: the streams beyond the last one its
// GOAWAY names, the streams it refused (REFUSED_STREAM), and the requests Qt did not start because
// a GOAWAY had come. Qt fails them with these codes and these fixed, untranslated texts, which
// tell them from other failures sharing the code (e.g. a body that could not be sent again over
// HTTP/1.1). Such a request is safe to send again, even a create: the server never saw it.
// - Up to Qt 6.8, a stream beyond the GOAWAY gets 205 "Server stopped accepting new streams…".
// - Qt 6.9+ (QHttp2Connection) finishes it with the GOAWAY's own code instead: a graceful
//   GOAWAY's NO_ERROR becomes RemoteHostClosedError "Remote host signaled shutdown" (seen on
//   6.11.2, after its "stream N error: Received GOAWAY"). A server's RST_STREAM(NO_ERROR) reads
//   the same, but servers send that only after a complete answer, so with no HTTP status (as the
//   caller checks) it is the GOAWAY's.
// - "Server refused a stream" and "GOAWAY received, cannot start a request" are the same on
//   every Qt from 6.4 to 6.11.
bool provesNotProcessed(const QNetworkReply *reply)
{
    const QString text = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ContentReSendError:
        return text.contains(QLatin1String("Server stopped accepting new streams"));
    case QNetworkReply::ProtocolFailure:
        return text.contains(QLatin1String("Server refused a stream"));
    case QNetworkReply::ProtocolUnknownError:
        return text.contains(QLatin1String("GOAWAY received, cannot start a request"));
    case QNetworkReply::RemoteHostClosedError:
        return text.contains(QLatin1String("Remote host signaled shutdown"));
    default:
        return false;
    }
}

namespace {

QNetworkProxy proxyOf(QNetworkAccessManager *network, const QUrl &url)
{
    if (!network)
        return {};
    QNetworkProxy proxy = network->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies = network->proxyFactory()
                                                 ? network->proxyFactory()->queryProxy(query)
                                                 : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0);
    }
    return proxy;
}

} // namespace

bool failedAtProxy(QNetworkAccessManager *network, const QUrl &url,
                   QNetworkReply::NetworkError error)
{
    if (error >= QNetworkReply::ProxyConnectionRefusedError &&
        error <= QNetworkReply::UnknownProxyError)
        return true;
    if (error != QNetworkReply::UnknownNetworkError)
        return false;
    const QNetworkProxy proxy = proxyOf(network, url);
    return proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy &&
           !proxy.hostName().isEmpty();
}

QString describeProxyProblem(QNetworkAccessManager *network, const QUrl &url,
                             QNetworkReply::NetworkError error, const QString &qtText)
{
    const QNetworkProxy proxy = proxyOf(network, url);
    const QString name =
        proxy.hostName().isEmpty()
            ? QCoreApplication::translate("cockpit::RequestRunner", "of this computer")
            : QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
        return QCoreApplication::translate(
                   "cockpit::RequestRunner",
                   "The proxy %1 refused the connection. Check HTTPS_PROXY and NO_PROXY, "
                   "or the system's proxy settings.")
            .arg(name);
    case QNetworkReply::ProxyConnectionClosedError:
        return QCoreApplication::translate(
                   "cockpit::RequestRunner",
                   "The proxy %1 closed the connection before the API answered.")
            .arg(name);
    case QNetworkReply::ProxyNotFoundError:
        return QCoreApplication::translate(
                   "cockpit::RequestRunner",
                   "The proxy %1 could not be found. Check HTTPS_PROXY, or the system's "
                   "proxy settings.")
            .arg(name);
    case QNetworkReply::ProxyTimeoutError:
        return QCoreApplication::translate("cockpit::RequestRunner",
                                           "The proxy %1 did not answer in time.")
            .arg(name);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate(
                   "cockpit::RequestRunner",
                   "The proxy %1 asks for a user name and password: give them in "
                   "HTTPS_PROXY (http://user:password@host:port).")
            .arg(name);
    default:
        return QCoreApplication::translate("cockpit::RequestRunner",
                                           "The proxy %1 did not let the request through (%2). "
                                           "Check HTTPS_PROXY and NO_PROXY, or the system's "
                                           "proxy settings.")
            .arg(name, qtText);
    }
}

} // namespace cockpit
