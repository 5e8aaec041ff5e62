#include "EmulatorTestClient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

bool HttpResult::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

EmulatorTestClient::EmulatorTestClient(const QUrl &baseUrl, const QString &secretKey)
    : m_baseUrl(baseUrl)
    , m_secretKey(secretKey)
{
}

QNetworkReply *EmulatorTestClient::start(const QByteArray &method, const QString &path,
                                         const QUrlQuery &query, const QByteArray &body,
                                         const QByteArray &contentType)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!m_secretKey.isEmpty())
        request.setRawHeader("X-Auth-Token", m_secretKey.toLatin1());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    return m_network.sendCustomRequest(request, method, body);
}

HttpResult EmulatorTestClient::send(const QByteArray &method, const QString &path,
                                    const QUrlQuery &query, const QByteArray &body,
                                    const QByteArray &contentType)
{
    return wait(start(method, path, query, body, contentType));
}

HttpResult EmulatorTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    HttpResult result = read(reply);
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult EmulatorTestClient::read(QNetworkReply *reply)
{
    HttpResult result;
    result.finished = reply->isFinished();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    if (result.finished)
        result.body = reply->readAll();
    return result;
}
