#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

// What a test needs of one HTTP exchange with the emulator.
struct HttpResult
{
    bool finished = false; // false: no answer within the wait
    int status = 0;        // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    // The body as a JSON object; an empty object when it is not one.
    QJsonObject json() const;
};

// A plain QNetworkAccessManager client for the emulator tests (deliberately not the app's
// CockpitClient: these tests pin the wire format that the client is then tested against).
class EmulatorTestClient
{
public:
    EmulatorTestClient(const QUrl &baseUrl, const QString &secretKey);

    void setSecretKey(const QString &secretKey) { m_secretKey = secretKey; }

    // Starts a request; the caller owns the reply. An empty secret sends no X-Auth-Token.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                         const QByteArray &body = {},
                         const QByteArray &contentType = "application/json");
    // Sends and waits (bounded) for the answer.
    HttpResult send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const QByteArray &body = {},
                    const QByteArray &contentType = "application/json");
    HttpResult get(const QString &path, const QUrlQuery &query = {})
    {
        return send("GET", path, query);
    }

    // Waits up to `timeoutMs` for the reply to finish, then reads it and deletes it.
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15000);
    static HttpResult read(QNetworkReply *reply);

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_secretKey;
};
