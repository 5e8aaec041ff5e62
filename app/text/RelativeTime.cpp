#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace cockpit {
namespace {

// English has no plural forms without a translation file, so the singular is its own string;
// the plural one carries %n so that translations can give every plural form of their language.
QString counted(qint64 n, const char *one, const char *many)
{
    if (n == 1)
        return QCoreApplication::translate("RelativeTime", one);
    return QCoreApplication::translate("RelativeTime", many, nullptr, int(n));
}

} // namespace

QString relativeTimeText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return QCoreApplication::translate("RelativeTime", "unknown");
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return counted(minutes, QT_TRANSLATE_NOOP("RelativeTime", "a minute ago"),
                       QT_TRANSLATE_N_NOOP("RelativeTime", "%n minutes ago"));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return counted(hours, QT_TRANSLATE_NOOP("RelativeTime", "an hour ago"),
                       QT_TRANSLATE_N_NOOP("RelativeTime", "%n hours ago"));
    // Days count calendar days in local time, so a token from last evening reads "yesterday".
    const qint64 days = then.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    if (days < 31)
        return counted(days, QT_TRANSLATE_NOOP("RelativeTime", "a day ago"),
                       QT_TRANSLATE_N_NOOP("RelativeTime", "%n days ago"));
    if (days < 365)
        return counted(days / 30, QT_TRANSLATE_NOOP("RelativeTime", "a month ago"),
                       QT_TRANSLATE_N_NOOP("RelativeTime", "%n months ago"));
    return counted(days / 365, QT_TRANSLATE_NOOP("RelativeTime", "a year ago"),
                   QT_TRANSLATE_N_NOOP("RelativeTime", "%n years ago"));
}

QString exactLocalTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "unknown");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace cockpit
