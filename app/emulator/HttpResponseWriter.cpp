#include "HttpResponseWriter.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

namespace cockpit {

QByteArray HttpResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray HttpResponseWriter::head(const EmulatorResponse &response, qint64 contentLength,
                                    bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    head += "Date: " + date.toLatin1() + " GMT\r\n";
    head += "Server: Cockpit API emulator\r\n";
    if (response.jsonContentType)
        head += "Content-Type: application/json\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

void HttpResponseWriter::write(QTcpSocket *socket, const EmulatorResponse &response, bool close)
{
    const bool noBody = response.status == 204;
    socket->write(head(response, noBody ? -1 : response.body.size(), close));
    if (!noBody)
        socket->write(response.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace cockpit
