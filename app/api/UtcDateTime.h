#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace cockpit::UtcDateTime {

// Date-times in UTC (timeSpec() == Qt::UTC) on every supported Qt. Qt 6.4 only has the
// Qt::TimeSpec overloads; Qt 6.5 added QTimeZone::UTC for them and later versions deprecate the
// Qt::TimeSpec ones. The one #if that chooses lives in the .cpp; nothing else names a time spec.
QDateTime fromDateAndTime(QDate date, QTime time);
QDateTime fromMSecsSinceEpoch(qint64 milliseconds);
QDateTime fromSecsSinceEpoch(qint64 seconds);

} // namespace cockpit::UtcDateTime
