#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace cockpit {

// One HTTP answer before it goes on the wire. Every API answer is JSON (`Content-Type:
// application/json`, even the empty 204 of a delete); only the gateway's 429 has no Content-Type.
struct EmulatorResponse
{
    int status = 200;
    QByteArray body;
    bool jsonContentType = true;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length

    static EmulatorResponse json(int status, const QJsonObject &object);
    static EmulatorResponse empty(int status, bool jsonContentType = true);
    // The API gateway's throttling answer: empty body, no Content-Type, no Retry-After.
    static EmulatorResponse gatewayRateLimited();

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
};

} // namespace cockpit
