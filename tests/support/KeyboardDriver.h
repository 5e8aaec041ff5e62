#pragma once

// Keys sent the way a user's keys arrive: to whatever widget has the focus (shortcuts are matched
// from there), for the keyboard tests of the real window.
#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QWidget>

namespace KeyboardDriver {

// The focused widget; the line edit of an editable combo box stands for the combo box.
inline QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    if (widget && qobject_cast<QComboBox *>(widget->parentWidget()))
        widget = widget->parentWidget();
    return widget;
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

// Makes `window` the active window, as a window manager does when it is clicked.
inline bool activate(QWidget *window)
{
    // QApplication::setActiveWindow() is deprecated from Qt 6.5: activateWindow() asks the
    // platform, which activates the window through the event loop that qWaitForWindowActive runs.
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace KeyboardDriver
