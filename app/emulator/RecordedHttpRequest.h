#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace cockpit {

// One HTTP request as the emulator received it: copied out of QtHttpServer's request object
// (which the server reuses for the connection's next request) so that it can be answered later
// and kept for tests to look at. Header names keep no particular case: compare them
// case-insensitively (Qt 6.8 and later hand them over in lower case).
struct RecordedHttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace cockpit
