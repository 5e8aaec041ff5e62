#pragma once

#include <QString>
#include <QStringList>

class QPushButton;
class QWidget;

// What the widget tests check on any window or dialog, in one place.
namespace WidgetChecks {

// A control as a failure message names it: its class and accessible name (or button text).
QString describe(const QWidget *widget);

// The push button inside `parent` whose text is `text` (e.g. a banner's "Retry"), or null.
QPushButton *buttonWithText(const QWidget *parent, const QString &text);

// Alt+letter keys of the visible labels (with a buddy), buttons and menu titles, and the
// explicit shortcuts of buttons, each as "Alt+A: owner, other owner" when more than one control
// claims it. Empty: every key belongs to one control.
QStringList keyClashes(QWidget *root);

// With COCKPIT_SHOTS_DIR set, saves what `widget`'s window shows there as <name>.png (pictures
// for an issue's note); does nothing otherwise.
void shoot(QWidget *widget, const QString &name);

} // namespace WidgetChecks
