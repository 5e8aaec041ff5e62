#pragma once

#include <QDateTime>
#include <QString>

namespace cockpit {

// "just now", "5 minutes ago", "yesterday", "3 days ago"… for the table's Created column, where
// an audit cares about age more than about the exact instant (which goes in the tooltip).
// Translated in the "RelativeTime" context; times in the future (a skewed clock) read "just now".
QString relativeTimeText(const QDateTime &then, const QDateTime &now);

// The exact local time, in the user's locale long format, for tooltips and the details pane.
QString exactLocalTimeText(const QDateTime &when);

} // namespace cockpit
