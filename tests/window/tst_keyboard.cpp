// The app by keyboard alone, in the real window against the in-process emulator: the menus and
// the Help → Keyboard shortcuts view list every shortcut there is, no two controls answer the same
// keys, Tab visits every control in reading order, and a token is created, its secret copied and
// the token deleted with key presses only, sent to whatever widget has the focus.
#include "KeyboardDriver.h"
#include "WidgetChecks.h"
#include "WindowHarness.h"
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "common/Shortcuts.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "profiles/SignInDialog.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"
#include "window/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using cockpit::CreateTokenDialog;
using cockpit::SecretDialog;
using cockpit::SignInDialog;
using cockpit::Token;

using namespace KeyboardDriver;
using WidgetChecks::describe;
using WidgetChecks::keyClashes;

namespace {

// Every action of the window with a shortcut, with the contexts in which its keys compete.
QList<QAction *> windowShortcutActions(QWidget *window)
{
    QList<QAction *> actions;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !actions.contains(action))
            actions.append(action);
    }
    return actions;
}

bool isTabStop(QWidget *widget, QWidget *root)
{
    return widget->isVisibleTo(root) && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
           !qobject_cast<QComboBox *>(widget->parentWidget());
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusHoldTheWindowActions();
    void shortcutsViewListsEveryShortcut();
    void noKeyIsClaimedTwice();
    void tabVisitsEveryControlInReadingOrder();
    void createCopyAndDeleteByKeyboardAlone();
    void contextMenuOpensFromTheKeyboard();
    void enterSignsIn();

private:
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::menusHoldTheWindowActions()
{
    WindowHarness h;
    QVERIFY(h.start());
    QMenuBar *bar = h.window->menuBar();
    QStringList titles;
    for (QAction *action : bar->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Tokens"),
                                  QStringLiteral("&Help")}));

    // Every row action is reachable from the Tokens menu, not only from the table's menu.
    const QList<QAction *> tokenMenu = bar->actions().at(1)->menu()->actions();
    cockpit::TokenActions *rowActions = h.window->tokenActions();
    for (QAction *action : rowActions->copyActions())
        QVERIFY2(tokenMenu.contains(action), qPrintable(action->text()));
    QVERIFY(tokenMenu.contains(rowActions->copySavedSecretAction()));
    QVERIFY(tokenMenu.contains(rowActions->deleteAction()));
    QVERIFY(bar->actions().at(2)->menu()->actions().contains(h.window->shortcutsAction()));
}

void TestKeyboard::shortcutsViewListsEveryShortcut()
{
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    h.window->tableView()->setFocus();
    press(Qt::Key_F1);
    cockpit::ShortcutsDialog *view = h.window->shortcutsDialog();
    QVERIFY(view);
    QTRY_VERIFY(view->isActiveWindow());

    QStringList lines;
    QTreeWidget *list = view->list();
    for (int section = 0; section < list->topLevelItemCount(); ++section) {
        const QTreeWidgetItem *item = list->topLevelItem(section);
        for (int row = 0; row < item->childCount(); ++row)
            lines.append(item->child(row)->text(0) + QLatin1String(" = ") +
                         item->child(row)->text(1));
    }
    const QString all = lines.join(QLatin1Char('\n'));

    // The window's actions, with their keys as the user reads them.
    const QList<QAction *> actions = windowShortcutActions(h.window.get());
    QVERIFY(actions.size() >= 8);
    for (QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString keys = key.toString(QKeySequence::NativeText);
            QString text = action->text().remove(QLatin1Char('&'));
            text.remove(QChar(0x2026));
            bool listed = false;
            for (const QString &line : std::as_const(lines))
                listed = listed || (line.startsWith(text) && line.contains(keys));
            QVERIFY2(listed, qPrintable(text + QLatin1String(" (") + keys +
                                        QLatin1String(") is not listed in:\n") + all));
        }
    }
    // The dialogs' keys, which no menu shows.
    for (const QKeySequence &key :
         {cockpit::Shortcuts::anotherName(), cockpit::Shortcuts::revealSecret(),
          cockpit::Shortcuts::contextMenu()})
        QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)), qPrintable(all));

    // Esc closes it and gives the keys back to the window.
    press(Qt::Key_Escape);
    QTRY_VERIFY(!h.window->shortcutsDialog());
}

void TestKeyboard::noKeyIsClaimedTwice()
{
    WindowHarness h;
    QVERIFY(h.start());
    h.window->tableView()->selectTokens({h.shownIds().first()});

    // Alt+letter of labels, buttons and menus.
    QStringList clashes = keyClashes(h.window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

    // Shortcuts of actions that compete in the same window.
    QMultiHash<QString, QAction *> byKey;
    for (QAction *action : windowShortcutActions(h.window.get())) {
        for (const QKeySequence &key : action->shortcuts())
            byKey.insert(key.toString(QKeySequence::PortableText), action);
    }
    for (const QString &key : byKey.uniqueKeys())
        QVERIFY2(byKey.values(key).size() == 1, qPrintable(key + QLatin1String(" is taken twice")));

    // The dialogs too.
    h.window->tableView()->setFocus();
    h.window->startCreate();
    CreateTokenDialog *create = h.window->createFlow()->dialog();
    QVERIFY(create);
    QTRY_VERIFY(create->isVisible());
    clashes = keyClashes(create);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    create->reject();
}

void TestKeyboard::tabVisitsEveryControlInReadingOrder()
{
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    // A selection enables the row buttons, so they are tab stops too.
    h.window->tableView()->selectTokens({h.shownIds().first()});
    QWidget *start = h.window->header()->findChild<QComboBox *>();
    QVERIFY(start);
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(focused(), start);

    QList<QWidget *> visited{start};
    for (int i = 0; i < 60; ++i) {
        press(Qt::Key_Tab);
        QWidget *now = focused();
        QVERIFY(now);
        if (now == start)
            break;
        if (visited.contains(now)) {
            QStringList path;
            for (QWidget *widget : std::as_const(visited))
                path.append(describe(widget));
            QFAIL(qPrintable(QLatin1String("Tab came back to ") + describe(now) +
                             QLatin1String(" before reaching the first control again: ") +
                             path.join(QLatin1String(" → "))));
        }
        visited.append(now);
    }
    QCOMPARE(focused(), start);

    // Every control a user can reach is reached.
    for (QWidget *widget : h.window->findChildren<QWidget *>()) {
        if (isTabStop(widget, h.window.get()) && !qobject_cast<QMenuBar *>(widget))
            QVERIFY2(visited.contains(widget),
                     qPrintable(describe(widget) + QLatin1String(" is never reached by Tab")));
    }
    // In reading order: each next control is further right on the same line, or further down.
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QRect before(visited.at(i - 1)->mapTo(h.window.get(), QPoint(0, 0)),
                           visited.at(i - 1)->size());
        const QRect after(visited.at(i)->mapTo(h.window.get(), QPoint(0, 0)),
                          visited.at(i)->size());
        const bool sameLine = after.top() < before.bottom() && before.top() < after.bottom();
        const bool forward =
            sameLine ? after.left() >= before.right() - 1 : after.top() >= before.bottom() - 1;
        QVERIFY2(forward, qPrintable(describe(visited.at(i - 1)) + QLatin1String(" → ") +
                                     describe(visited.at(i)) + QLatin1String(" goes backwards")));
    }
}

void TestKeyboard::createCopyAndDeleteByKeyboardAlone()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::MainWindow *window = h.window.get();
    QVERIFY(activate(window));
    window->tableView()->setFocus();
    const qsizetype rowsBefore = h.shownIds().size();

    // Ctrl+N: the form opens with the generated name selected, so typing replaces it.
    press(Qt::Key_N, Qt::ControlModifier);
    CreateTokenDialog *dialog = window->createFlow()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    QCOMPARE(focused(), dialog->nameEdit());
    type(QStringLiteral("keyboard-agent"));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("keyboard-agent"));
    // Ctrl+G suggests another name, left selected in the name field: typing replaces it.
    press(Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(dialog->nameEdit()->text() != QStringLiteral("keyboard-agent"));
    QCOMPARE(focused(), dialog->nameEdit());
    type(QStringLiteral("keyboard-agent"));
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("keyboard-agent"));
    press(Qt::Key_Return);

    SecretDialog *secretDialog = WindowHarness::waitForVisibleChild<SecretDialog>(window);
    QVERIFY(secretDialog);
    QTRY_VERIFY(secretDialog->isActiveWindow());
    QCOMPARE(h.emulator.createCount(), 1);
    const QString secret = secretDialog->secretEdit()->text();
    QVERIFY(!secret.isEmpty());
    // Alt+C copies (the button's underlined letter), Alt+D closes.
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
    press(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!window->createFlow()->secretDialog());
    // A window manager hands activation back to the window; the offscreen platform does not.
    QVERIFY(activate(window));

    // Back in the table, on the new token: Del asks, Tab reaches "Delete token", Space confirms.
    QTRY_COMPARE(focused(), static_cast<QWidget *>(window->tableView()));
    QCOMPARE(window->tokenActions()->selection().size(), 1);
    const Token created = window->tokenActions()->selection().first();
    QCOMPARE(created.name, QStringLiteral("keyboard-agent"));
    QCOMPARE(h.shownIds().size(), rowsBefore + 1);
    press(Qt::Key_Delete);
    auto *confirmation = WindowHarness::waitForVisibleChild<cockpit::DeleteConfirmation>(window);
    QVERIFY(confirmation);
    QTRY_VERIFY(confirmation->isActiveWindow());
    for (int i = 0; i < 10 && focused() != confirmation->deleteButton(); ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(confirmation->deleteButton()));
    QSignalSpy deleted(window, &cockpit::MainWindow::deletesFinished);
    press(Qt::Key_Space);
    QVERIFY(deleted.wait(5000));
    QCOMPARE(window->tokenModel()->rowOfToken(created.id), -1);
    QCOMPARE(h.shownIds().size(), rowsBefore);
    window->desktopServices().clipboard->clearNow();
}

void TestKeyboard::contextMenuOpensFromTheKeyboard()
{
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    cockpit::TokenTableView *table = h.window->tableView();
    table->setFocus();
    const QString second = h.shownIds().at(1);
    table->selectTokens({second});

    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Menu), cockpit::Shortcuts::contextMenu()}) {
        const QKeyCombination combination = key[0];
        // Measured before the menu opens: the offscreen platform moves the window about then.
        const QRect row = table->visualRect(table->currentIndex());
        const QPoint rowBottom = table->viewport()->mapToGlobal(row.bottomLeft());
        // Through the window, as the platform delivers keys: Qt turns the Menu key into a
        // context menu event on the way.
        QTest::keyClick(h.window->windowHandle(), combination.key(),
                        combination.keyboardModifiers());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = table->findChild<QMenu *>(QStringLiteral("tokenContextMenu"))) &&
                    menu->isVisible());
        // It acts on the selection as it was, and opens beside the current row.
        QCOMPARE(h.window->tokenActions()->selection().size(), 1);
        QCOMPARE(h.window->tokenActions()->selection().first().id, second);
        QVERIFY2(qAbs(menu->pos().y() - rowBottom.y()) <= row.height(),
                 qPrintable(QStringLiteral("%1: menu at %2, row bottom at %3")
                                .arg(key.toString())
                                .arg(menu->pos().y())
                                .arg(rowBottom.y())));
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!table->findChild<QMenu *>(QStringLiteral("tokenContextMenu")));
    }
}

void TestKeyboard::enterSignsIn()
{
    // Enter in a form acts on its main button, never on Cancel.
    SignInDialog dialog;
    dialog.show();
    QVERIFY(activate(&dialog));
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.accessKeyEdit()->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("SCWABCDEFGHJKMNPQRS1"));
    press(Qt::Key_Tab);
    type(QStringLiteral("7d2c4a35-5b7e-4f6e-9d3c-0a1b2c3d4e5f"));
    press(Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(rejected.size(), 0);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
