#include "Http2Policy.h"

#include <QLibraryInfo>
#include <QVersionNumber>

namespace cockpit {

bool http2Allowed()
{
    // The Qt the process runs on, not the one it was built with. COCKPIT_FORCE_HTTP2=1 turns
    // HTTP/2 on anyway, to measure what the older Qt does.
    static const bool allowed = QLibraryInfo::version() >= QVersionNumber(6, 5, 1) ||
                                qEnvironmentVariable("COCKPIT_FORCE_HTTP2") == QLatin1String("1");
    return allowed;
}

bool http2ExpectedFor(const QUrl &baseUrl)
{
    return http2Allowed() &&
           baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QString http2PolicyDescription()
{
    if (http2Allowed())
        return QStringLiteral("HTTP/2");
    return QStringLiteral("HTTP/1.1 (Qt %1: HTTP/2 leaves requests hanging after a GOAWAY)")
        .arg(QLibraryInfo::version().toString());
}

} // namespace cockpit
