// Keys that must never destroy or switch anything by accident, in the real window against the
// in-process emulator, sent to whatever widget has the focus: Enter through the whole create
// flow keeps the one-time secret; at start the focus is in the table and no arrow, Home/End or
// Page key changes the profile, project or region, wherever the focus is; after a create made
// with the keyboard the focus is on the new row and the row keys work there; Ctrl+H reveals a
// secret from anywhere in its dialog; a text field keeps Ctrl+C and Del for its own text.
#include "KeyboardDriver.h"
#include "WindowHarness.h"
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "tokens/TokenActions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using cockpit::CreateTokenDialog;
using cockpit::SecretDialog;

using namespace KeyboardDriver;

namespace {

struct Context
{
    QString profile;
    QString project;
    QString region;
    int requests = 0;
    bool operator==(const Context &other) const
    {
        return profile == other.profile && project == other.project && region == other.region &&
               requests == other.requests;
    }
};

Context contextOf(WindowHarness &h)
{
    cockpit::HeaderBar *header = h.window->header();
    return {header->currentProfileId(), header->currentProjectId(),
            header->regionBox()->currentText(), int(h.emulator.requests().size())};
}

// Ctrl+N, the name typed (if any), Enter: the secret dialog of the new token, active; null
// (and a failure recorded) if it did not show.
SecretDialog *createByKeyboard(cockpit::MainWindow *window, const QString &name = {})
{
    press(Qt::Key_N, Qt::ControlModifier);
    CreateTokenDialog *dialog = window->createFlow()->dialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }))
        return nullptr;
    if (!name.isEmpty())
        type(name);
    press(Qt::Key_Return);
    auto *secretDialog = WindowHarness::waitForVisibleChild<SecretDialog>(window);
    if (!secretDialog ||
        !QTest::qWaitFor([secretDialog] { return secretDialog->isActiveWindow(); }))
        return nullptr;
    return secretDialog;
}

QString describe(const Context &context)
{
    return QStringLiteral("profile %1, project %2, region %3, %4 requests")
        .arg(context.profile, context.project, context.region)
        .arg(context.requests);
}

} // namespace

class TestKeyboardSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void enterThroughTheCreateFlowKeepsTheSecret();
    void focusStartsInTheTable();
    void strayKeysChangeNoContext_data();
    void strayKeysChangeNoContext();
    void rowKeysWorkAfterAKeyboardCreate();
    void revealWorksFromAnywhereInTheSecretDialog();
    void textFieldsKeepTheirKeys();
};

void TestKeyboardSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboardSafety::enterThroughTheCreateFlowKeepsTheSecret()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::MainWindow *window = h.window.get();
    QVERIFY(activate(window));

    // Ctrl+N, Enter (create), Enter (Done: asks), Enter (answers the question).
    SecretDialog *secretDialog = createByKeyboard(window);
    QVERIFY(secretDialog);
    const QString secret = secretDialog->secretEdit()->text();
    QVERIFY(!secret.isEmpty());
    press(Qt::Key_Return);
    auto *question = WindowHarness::waitForVisibleChild<QMessageBox>(secretDialog);
    QVERIFY(question);
    QTRY_VERIFY(question->isActiveWindow());
    press(Qt::Key_Return);

    // The question went away on the safe answer: the secret is still there to copy.
    QTRY_VERIFY(!question->isVisible());
    QVERIFY(window->createFlow()->secretDialog());
    QVERIFY(secretDialog->isVisible());
    QCOMPARE(secretDialog->secretEdit()->text(), secret);
    QVERIFY(secretDialog->copyButton()->isEnabled());
    // Esc asks the same question, with the same safe default.
    QVERIFY(activate(secretDialog));
    press(Qt::Key_Escape);
    question = WindowHarness::waitForVisibleChild<QMessageBox>(secretDialog);
    QVERIFY(question);
    QTRY_VERIFY(question->isActiveWindow());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!question->isVisible());
    QCOMPARE(secretDialog->secretEdit()->text(), secret);
    secretDialog->copyButton()->click();
    secretDialog->doneButton()->click();
    QTRY_VERIFY(!window->createFlow()->secretDialog());
    window->desktopServices().clipboard->clearNow();
}

void TestKeyboardSafety::focusStartsInTheTable()
{
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    QTRY_COMPARE(focused(), static_cast<QWidget *>(h.window->tableView()));
}

void TestKeyboardSafety::strayKeysChangeNoContext_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("at start") << QString();
    QTest::newRow("profile") << QStringLiteral("profile");
    QTest::newRow("project") << QStringLiteral("project");
    QTest::newRow("region") << QStringLiteral("region");
}

void TestKeyboardSafety::strayKeysChangeNoContext()
{
    QFETCH(QString, where);
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    // A signed-in profile, with the demo and other projects one key away.
    cockpit::HeaderBar *header = h.window->header();
    QVERIFY(header->profileBox()->count() >= 2);
    QVERIFY(header->projectBox()->count() >= 2);
    QVERIFY(header->regionBox()->count() >= 2);
    QWidget *target = where == QLatin1String("profile")   ? header->profileBox()
                      : where == QLatin1String("project") ? header->projectBox()
                      : where == QLatin1String("region")  ? header->regionBox()
                                                          : nullptr;
    if (target) {
        target->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focused(), target);
    }

    const Context before = contextOf(h);
    for (Qt::Key key : {Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_End,
                        Qt::Key_Home, Qt::Key_Down, Qt::Key_Down}) {
        press(key);
        QTest::qWait(20);
    }
    // A reload would have started by now.
    QTest::qWait(200);
    const Context after = contextOf(h);
    QVERIFY2(
        after == before,
        qPrintable(QStringLiteral("before: %1\nafter: %2").arg(describe(before), describe(after))));
    QVERIFY(!h.window->isLoading());
}

void TestKeyboardSafety::rowKeysWorkAfterAKeyboardCreate()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::MainWindow *window = h.window.get();
    QVERIFY(activate(window));

    QVERIFY(createByKeyboard(window, QStringLiteral("row-keys-agent")));
    press(Qt::Key_C, Qt::AltModifier);
    press(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!window->createFlow()->secretDialog());
    QVERIFY(activate(window));

    // No Tab: the focus is already on the new row, and Ctrl+C copies its ID.
    QTRY_COMPARE(focused(), static_cast<QWidget *>(window->tableView()));
    const QModelIndex current = window->tableView()->currentIndex();
    QCOMPARE(current.siblingAtColumn(0).data().toString(), QStringLiteral("row-keys-agent"));
    const QString id = current.data(cockpit::TokenTableModel::TokenIdRole).toString();
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);

    // With the focus on a button of the window, the row keys still act on the selection.
    window->header()->createButton()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(window->header()->createButton()));
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), id);
    press(Qt::Key_Delete);
    auto *confirmation = WindowHarness::waitForVisibleChild<QMessageBox>(window);
    QVERIFY(confirmation);
    QVERIFY(confirmation->text().contains(QStringLiteral("row-keys-agent")));
    confirmation->reject();
    window->desktopServices().clipboard->clearNow();
}

void TestKeyboardSafety::revealWorksFromAnywhereInTheSecretDialog()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::MainWindow *window = h.window.get();
    QVERIFY(activate(window));
    SecretDialog *secretDialog = createByKeyboard(window);
    QVERIFY(secretDialog);

    // From the Done button, the Copy button and the field itself.
    for (QWidget *from : std::initializer_list<QWidget *>{
             secretDialog->doneButton(), secretDialog->copyButton(), secretDialog->secretEdit()}) {
        from->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(focused(), from);
        QVERIFY(!secretDialog->secretEdit()->isRevealed());
        press(Qt::Key_H, Qt::ControlModifier);
        QVERIFY2(secretDialog->secretEdit()->isRevealed(), from->metaObject()->className());
        press(Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!secretDialog->secretEdit()->isRevealed());
    }
    secretDialog->copyButton()->click();
    secretDialog->doneButton()->click();
    QTRY_VERIFY(!window->createFlow()->secretDialog());
    window->desktopServices().clipboard->clearNow();
}

void TestKeyboardSafety::textFieldsKeepTheirKeys()
{
    WindowHarness h;
    QVERIFY(h.start());
    QVERIFY(activate(h.window.get()));
    h.window->tableView()->selectTokens({h.shownIds().first()});
    const QString name = h.window->tokenActions()->selection().first().name;
    QLineEdit *search = h.window->header()->searchBox();
    search->setFocus(Qt::ShortcutFocusReason);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(search));
    // A search the selected token matches, so that the selection stays.
    const QString typed = name.left(4);
    QTest::keyClicks(search, typed);
    QCOMPARE(h.window->tokenActions()->selection().size(), 1);
    search->selectAll();
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), typed);
    search->setCursorPosition(typed.size() - 1);
    press(Qt::Key_Delete);
    QCOMPARE(search->text(), typed.left(typed.size() - 1));
    QTest::qWait(100);
    QVERIFY(!WindowHarness::waitForVisibleChild<QMessageBox>(h.window.get(), {}, 200));
    QGuiApplication::clipboard()->clear();
}

QTEST_MAIN(TestKeyboardSafety)
#include "tst_keyboardsafety.moc"
