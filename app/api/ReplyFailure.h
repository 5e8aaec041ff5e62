#pragma once

#include <QNetworkReply>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace cockpit {

// What a failed QNetworkReply proves about its request, for RequestRunner's retry decisions.

// An error of the connection itself, as opposed to an HTTP answer with an error status.
bool isTransportError(QNetworkReply::NetworkError error);
// The request never left this machine (refused connection, unknown host, failed handshake…).
bool provesNotSent(QNetworkReply::NetworkError error);
// HTTP/2 proves the server never processed the request (GOAWAY beyond its stream, REFUSED_STREAM,
// or not started after a GOAWAY): safe to send again, even a create.
bool provesNotProcessed(const QNetworkReply *reply);
// The request failed at the proxy it was sent through: Qt's proxy errors, or (as Qt 6.4 reports a
// refused or denied CONNECT tunnel) an unknown network error while a proxy is in the way.
bool failedAtProxy(QNetworkAccessManager *network, const QUrl &url,
                   QNetworkReply::NetworkError error);
// A sentence naming the proxy the request went to and saying what to check.
QString describeProxyProblem(QNetworkAccessManager *network, const QUrl &url,
                             QNetworkReply::NetworkError error, const QString &qtText);

} // namespace cockpit
