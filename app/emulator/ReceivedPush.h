#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cockpit {

// What an agent sent to a data source's push endpoint, as the emulator saw it: enough for a test
// to prove that a generated configuration reached the right source with the right token. Refused
// pushes are kept too (with their status); the body itself is not, only its size.
struct ReceivedPush
{
    QString dataSourceId;
    // The token whose secret authenticated the push; empty when no known token was given.
    QString tokenId;
    // How the secret came: "X-Token", "Bearer", "Basic" or "X-Scope-OrgID"; empty without one.
    QString credentialHeader;
    QByteArray method;
    QString path;     // as requested, e.g. /push/<id>/api/v1/push
    QString pushPath; // the data source's own path: /api/v1/push, /loki/api/v1/push, /otlp/v1/…
    QByteArray contentType;
    QByteArray contentEncoding;
    QByteArray userAgent;
    qint64 bodySize = 0;
    int status = 0;
    QDateTime receivedAt; // UTC

    bool accepted() const { return status >= 200 && status < 300; }
};

} // namespace cockpit
