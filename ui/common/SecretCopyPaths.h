#pragma once

#include <functional>

class QEvent;
class QKeyEvent;
class QMenu;
class QWidget;

namespace cockpit::SecretCopyPaths {

// What every widget that shows a secret shares, so that Qt's own ways out of a text widget (the
// copy and cut keys, the context menu's Copy and Cut) all end in the clipboard guard instead of
// QClipboard. The widgets also keep the secret out of the X11 PRIMARY selection and out of drags;
// how depends on the widget (SecretLineEdit, SecretTextView).

// True for every key binding of Copy or Cut on this platform (Ctrl+C, Ctrl+Insert, Shift+Del…).
bool isCopyOrCut(const QKeyEvent *event);
bool isCut(const QKeyEvent *event);

// A ShortcutOverride for copy or cut: accepted, so that the key press reaches the widget (and
// us) rather than a window shortcut that would read the selection another way.
bool claimCopyKeys(QEvent *event);

// What a secret widget's context menu can do. An empty function leaves its entry out (a read-only
// widget has no Cut, Paste or Delete); a false `can…` shows it disabled.
struct MenuEntries
{
    std::function<void()> copy;
    bool canCopy = false;
    std::function<void()> cut;
    std::function<void()> paste;
    bool canPaste = false;
    std::function<void()> remove;
    bool canRemove = false;
    std::function<void()> selectAll;
    bool canSelectAll = false;
};

// The context menu of a widget that shows a secret, built here rather than by Qt: Qt's standard
// menus copy with the widget's own copy(), which would bypass the guard, and not every Qt names
// their actions so that they could be found and pointed elsewhere. Its actions are named as
// Qt's are ("edit-copy", "edit-cut", "edit-paste", "edit-delete", "select-all"). The menu
// deletes itself once closed.
QMenu *contextMenu(QWidget *parent, const MenuEntries &entries);

} // namespace cockpit::SecretCopyPaths
