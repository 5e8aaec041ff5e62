#include "UtcDateTime.h"

#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

namespace cockpit::UtcDateTime {
namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// A lightweight UTC (no time-zone database lookup), exactly what Qt::UTC meant before.
QTimeZone utc()
{
    return QTimeZone(QTimeZone::UTC);
}
#else
constexpr Qt::TimeSpec utc()
{
    return Qt::UTC;
}
#endif

} // namespace

QDateTime fromDateAndTime(QDate date, QTime time)
{
    return QDateTime(date, time, utc());
}

QDateTime fromMSecsSinceEpoch(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, utc());
}

QDateTime fromSecsSinceEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, utc());
}

} // namespace cockpit::UtcDateTime
