#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace cockpit {

// One line of the Help → Keyboard shortcuts view: what a key does, and its keys as the user
// types them (several when an action has alternatives). `keysText` is for keys a QKeySequence
// cannot name, such as "Alt + underlined letter".
struct ShortcutEntry
{
    QString section;
    QString action;
    QList<QKeySequence> keys;
    QString keysText;

    QString keysForDisplay() const;
};

// Help → Keyboard shortcuts: every shortcut of the app, grouped by where it works. The window's
// entries are read from its menu bar's QActions, so the list cannot drift from what the keys do;
// the dialogs' entries come from Shortcuts.h, which the dialogs use too.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // The entries for a window: each menu's actions that have a shortcut, under the menu's name,
    // then the keys of the token table and of the dialogs.
    static QList<ShortcutEntry> entriesFor(const QMenuBar *menuBar);

private:
    QTreeWidget *m_list;
};

} // namespace cockpit
