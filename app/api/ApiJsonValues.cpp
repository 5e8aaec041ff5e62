#include "ApiJsonValues.h"

#include "UtcDateTime.h"

#include <QDate>
#include <QTime>

namespace cockpit::ApiJson {
namespace {

// Digits at text[pos, pos+count) as a number; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), checked by hand: it is fast and rejects the
    // variants QDateTime::fromString would quietly accept (no seconds, no zone).
    if (text.size() < 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t')) ||
        text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':')) {
        return std::nullopt;
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (text.at(pos) == QLatin1Char('.')) {
        const qsizetype start = ++pos;
        while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
            if (pos - start < 3)
                millis = millis * 10 + (text.at(pos).unicode() - '0');
            ++pos;
        }
        const qsizetype count = pos - start;
        if (count == 0 || count > 9)
            return std::nullopt;
        for (qsizetype i = count; i < 3; ++i)
            millis *= 10;
    }

    int offsetSeconds = 0;
    if (pos >= text.size())
        return std::nullopt;
    const QChar zone = text.at(pos);
    if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
        if (pos + 1 != text.size())
            return std::nullopt;
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        if (pos + 6 != text.size() || text.at(pos + 3) != QLatin1Char(':'))
            return std::nullopt;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
        if (zone == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
    } else {
        return std::nullopt;
    }

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return UtcDateTime::fromDateAndTime(date, time).addSecs(-offsetSeconds);
}

} // namespace cockpit::ApiJson
