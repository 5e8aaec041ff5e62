#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

namespace cockpit {

// The key sequences that no menu shows: those of the dialogs. They are defined once here, so the
// dialogs and the Help → Keyboard shortcuts view cannot disagree. The window's own shortcuts live
// on its QActions, which the view reads directly.
namespace Shortcuts {

// Create token: generate another name.
inline QKeySequence anotherName()
{
    return QKeySequence(Qt::CTRL | Qt::Key_G);
}

// Secret key fields: show or hide the key.
inline QKeySequence revealSecret()
{
    return QKeySequence(Qt::CTRL | Qt::Key_H);
}

// The token table: copy the secret key saved in the keychain for the selected token.
inline QKeySequence copySavedSecret()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}

// The token table: connect an agent with the secret key saved for the selected token.
inline QKeySequence connectAgent()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
}

// The token table: rotate the selected token (a new one replaces it).
inline QKeySequence rotate()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}

// The token table: open the menu of the selected tokens, as the Menu key does.
inline QKeySequence contextMenu()
{
    return QKeySequence(Qt::SHIFT | Qt::Key_F10);
}

// A tooltip or placeholder that names its keys, e.g. "Load the tokens again (F5)": the keys as
// the platform and Qt's own translation write them (Qt's French says "Echap", "Suppr"), so the
// texts agree with the menus and the Keyboard shortcuts view.
inline QString withKeys(const QString &text, const QKeySequence &keys)
{
    return QCoreApplication::translate("Shortcuts", "%1 (%2)")
        .arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace Shortcuts

} // namespace cockpit
