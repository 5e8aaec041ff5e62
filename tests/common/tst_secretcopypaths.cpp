// Every way a shown secret can leave a widget, watched from outside: on a real X server (Xvfb, the
// xcb platform), a second X client (xclip) reads the CLIPBOARD and the PRIMARY selection as any
// other application would. Revealed secrets — the one-time token secret, the sign-in dialog's API
// secret key, an agent configuration's preview — leave only through the clipboard guard (marked
// for clipboard managers, counted down, cleared), never through Qt's own copy paths, and never
// reach PRIMARY, from which a middle click would paste them anywhere.
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "common/SecretTextView.h"
#include "connect/AgentConfigPanel.h"
#include "create/SecretDialog.h"
#include "profiles/SignInDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cockpit;

namespace {

// What another X client reads from `selection` ("clipboard" or "primary"), in `target` (a MIME
// type, or TARGETS for the list of offered types). Our event loop keeps running meanwhile: it is
// the app that answers the request.
QString readAsAnotherClient(const QString &selection, const QString &target = QString())
{
    QProcess xclip;
    QStringList arguments{QStringLiteral("-o"), QStringLiteral("-selection"), selection};
    if (!target.isEmpty())
        arguments << QStringLiteral("-t") << target;
    xclip.start(QStringLiteral("xclip"), arguments);
    if (!xclip.waitForStarted(5000))
        return QStringLiteral("<xclip did not start>");
    QElapsedTimer timer;
    timer.start();
    while (xclip.state() != QProcess::NotRunning && timer.elapsed() < 10000)
        QTest::qWait(20);
    if (xclip.state() != QProcess::NotRunning) {
        xclip.kill();
        xclip.waitForFinished(1000);
        return QStringLiteral("<xclip timed out>");
    }
    // No owner, or no such target: xclip says so on stderr and exits 1.
    return xclip.exitCode() == 0 ? QString::fromUtf8(xclip.readAllStandardOutput()) : QString();
}

// A value no test types: built at run time.
QString makeSecret(int seed)
{
    return QStringLiteral("%1-7c2e-4f0a-9b1d-%2")
        .arg(seed * 7919, 8, 16, QLatin1Char('0'))
        .arg(seed * 104729, 12, 16, QLatin1Char('0'));
}

QMenu *openContextMenu(QWidget *widget)
{
    QContextMenuEvent event(QContextMenuEvent::Keyboard, widget->rect().center(),
                            widget->mapToGlobal(widget->rect().center()));
    QApplication::sendEvent(widget, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QAction *menuAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

// A one-time secret dialog for a token named `name` with `secret`, its own store and its own
// clipboard guard, shown and revealed, as the user sees it after clicking the eye.
struct RevealedSecretDialog
{
    RevealedSecretDialog(const QString &name, const QString &secret)
        : settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
        , index(&settings)
        , guard(QApplication::clipboard())
    {
        CreatedToken created;
        created.token.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        created.token.name = name;
        created.secretKey = Secret(secret);
        dialog = std::make_unique<SecretDialog>(created, &guard, &store, &index);
        dialog->show();
    }
    ~RevealedSecretDialog() { dialog->done(QDialog::Accepted); }
    bool reveal()
    {
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return false;
        dialog->secretEdit()->setRevealed(true);
        return true;
    }

    QTemporaryDir dir;
    QSettings settings;
    InMemorySecretStore store;
    SavedSecretIndex index;
    ClipboardGuard guard;
    std::unique_ptr<SecretDialog> dialog;
};

} // namespace

class TestSecretCopyPaths : public QObject
{
    Q_OBJECT

private:
    QClipboard *clipboard() { return QApplication::clipboard(); }
    // Something harmless in the clipboard and in PRIMARY, owned by another client.
    void fillSelectionsFromOutside();
    void stopOutsideOwners();
    QTemporaryDir m_scratch;
    QList<QProcess *> m_outsideOwners;
    void verifyGuardedInClipboard(const ClipboardGuard &guard, const QString &secret);
    void verifyNotInPrimary(const QString &secret);

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { stopOutsideOwners(); }
    void secretDialogKeys();
    void secretDialogContextMenu();
    void secretDialogSelectionStaysOutOfPrimary();
    void maskedFieldCopiesNothing();
    void signInSecretNeverLeaves();
    void configPreviewCopiesThroughGuard();
    void guardNeverFillsPrimary();
};

void TestSecretCopyPaths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty(),
             "xclip (scripts/install-deps) reads the selections as another X client");
    QVERIFY(clipboard()->supportsSelection());
}

void TestSecretCopyPaths::fillSelectionsFromOutside()
{
    stopOutsideOwners();
    QVERIFY(m_scratch.isValid());
    const QString text = m_scratch.filePath(QStringLiteral("something-else.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("something else");
    file.close();
    for (const char *selection : {"clipboard", "primary"}) {
        // xclip owns the selection until another client takes it, then ends by itself.
        auto *xclip = new QProcess(this);
        m_outsideOwners.append(xclip);
        xclip->start(QStringLiteral("xclip"),
                     {QStringLiteral("-quiet"), QStringLiteral("-i"), QStringLiteral("-selection"),
                      QString::fromLatin1(selection), text});
        QVERIFY(xclip->waitForStarted(5000));
        QTRY_COMPARE_WITH_TIMEOUT(readAsAnotherClient(QString::fromLatin1(selection)),
                                  QStringLiteral("something else"), 5000);
    }
}

void TestSecretCopyPaths::stopOutsideOwners()
{
    for (QProcess *xclip : std::as_const(m_outsideOwners)) {
        if (xclip->state() != QProcess::NotRunning) {
            xclip->kill();
            xclip->waitForFinished(2000);
        }
        delete xclip;
    }
    m_outsideOwners.clear();
}

void TestSecretCopyPaths::verifyGuardedInClipboard(const ClipboardGuard &guard,
                                                   const QString &secret)
{
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), secret);
    const QString targets =
        readAsAnotherClient(QStringLiteral("clipboard"), QStringLiteral("TARGETS"));
    QVERIFY2(targets.contains(QLatin1String("x-kde-passwordManagerHint")), qPrintable(targets));
    QVERIFY(guard.isGuarding());
    QCOMPARE(guard.secondsRemaining(), guard.clearDelaySeconds());
}

void TestSecretCopyPaths::verifyNotInPrimary(const QString &secret)
{
    const QString primary = readAsAnotherClient(QStringLiteral("primary"));
    // Not the secret, nor any part of it of more than a few characters.
    QVERIFY2(primary.size() < 4 || !secret.contains(primary),
             qPrintable(
                 QStringLiteral("PRIMARY holds %1 characters of the secret").arg(primary.size())));
}

void TestSecretCopyPaths::secretDialogKeys()
{
    fillSelectionsFromOutside();
    const QString secret = makeSecret(1);
    RevealedSecretDialog shown(QStringLiteral("alloy-push"), secret);
    QVERIFY(shown.reveal());
    ClipboardGuard &guard = shown.guard;
    SecretDialog &dialog = *shown.dialog;
    SecretLineEdit *field = dialog.secretEdit();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(field->hasSelectedText());
    verifyNotInPrimary(secret);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    verifyGuardedInClipboard(guard, secret);
    QVERIFY(dialog.wasCopied());
    verifyNotInPrimary(secret);
    // Ctrl+Insert is Copy too.
    fillSelectionsFromOutside();
    QTest::keyClick(field, Qt::Key_Insert, Qt::ControlModifier);
    verifyGuardedInClipboard(guard, secret);
    guard.clearNow();
    QVERIFY(readAsAnotherClient(QStringLiteral("clipboard")).isEmpty());
}

void TestSecretCopyPaths::secretDialogContextMenu()
{
    fillSelectionsFromOutside();
    const QString secret = makeSecret(2);
    RevealedSecretDialog shown(QStringLiteral("grafana-query"), secret);
    QVERIFY(shown.reveal());
    ClipboardGuard &guard = shown.guard;
    SecretDialog &dialog = *shown.dialog;
    SecretLineEdit *field = dialog.secretEdit();
    field->selectAll();
    QMenu *menu = openContextMenu(field);
    QVERIFY(menu);
    QAction *copy = menuAction(menu, QStringLiteral("edit-copy"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    menu->close();
    verifyGuardedInClipboard(guard, secret);
    QVERIFY(dialog.wasCopied());
    verifyNotInPrimary(secret);
    guard.clearNow();
}

void TestSecretCopyPaths::secretDialogSelectionStaysOutOfPrimary()
{
    fillSelectionsFromOutside();
    const QString secret = makeSecret(3);
    RevealedSecretDialog shown(QStringLiteral("loki-push"), secret);
    QVERIFY(shown.reveal());
    ClipboardGuard &guard = shown.guard;
    SecretDialog &dialog = *shown.dialog;
    SecretLineEdit *field = dialog.secretEdit();
    // A double click selects a word, and its release is where QLineEdit fills PRIMARY.
    QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(12, field->height() / 2));
    QTest::mouseRelease(field, Qt::LeftButton, {}, QPoint(12, field->height() / 2));
    QVERIFY(field->hasSelectedText());
    verifyNotInPrimary(secret);
    // A keyboard selection, too.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(field->selectedText(), secret);
    verifyNotInPrimary(secret);
    // Still revealed, still the whole secret, and the selection was never a copy.
    QVERIFY(field->isRevealed());
    QCOMPARE(field->displayText(), secret);
    QVERIFY(!guard.isGuarding());
    QVERIFY(!dialog.wasCopied());
}

void TestSecretCopyPaths::maskedFieldCopiesNothing()
{
    fillSelectionsFromOutside();
    ClipboardGuard guard(clipboard());
    SecretLineEdit field;
    field.setClipboardGuard(&guard);
    const QString secret = makeSecret(4);
    field.setText(secret);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setFocus();
    QTest::keyClick(&field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&field, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), QStringLiteral("something else"));
    QVERIFY(!guard.isGuarding());
    QMenu *menu = openContextMenu(&field);
    QVERIFY(menu);
    QAction *copy = menuAction(menu, QStringLiteral("edit-copy"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    menu->close();
}

void TestSecretCopyPaths::signInSecretNeverLeaves()
{
    fillSelectionsFromOutside();
    SignInDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SecretLineEdit *field = dialog.secretKeyEdit();
    const QString secret = makeSecret(5);
    field->setText(secret);
    field->setRevealed(true);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    // The account-wide key has no guard here: nothing is copied, and a cut cuts nothing.
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), QStringLiteral("something else"));
    QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(field->text(), secret);
    QCOMPARE(readAsAnotherClient(QStringLiteral("clipboard")), QStringLiteral("something else"));
    verifyNotInPrimary(secret);
    QMenu *menu = openContextMenu(field);
    QVERIFY(menu);
    for (const char *name : {"edit-copy", "edit-cut"}) {
        QAction *action = menuAction(menu, QString::fromLatin1(name));
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), name);
    }
    menu->close();
    // Typing still works, and so does pasting in.
    QTest::keyClick(field, Qt::Key_End);
    QTest::keyClicks(field, QStringLiteral("x"));
    QCOMPARE(field->text(), secret + QLatin1Char('x'));
    dialog.reject();
}

void TestSecretCopyPaths::configPreviewCopiesThroughGuard()
{
    fillSelectionsFromOutside();
    ClipboardGuard guard(clipboard());
    cockpit::AgentConfigPanel panel(&guard);
    const QString secret = makeSecret(6);
    AgentConfig config;
    config.fileName = QStringLiteral("config.alloy");
    config.syntax = AgentSyntax::Alloy;
    config.text = QStringLiteral("prometheus.remote_write \"cockpit\" {\n  endpoint {\n    url = "
                                 "\"https://example.invalid/api/v1/push\"\n    headers = { "
                                 "\"X-Token\" = \"%1\" }\n  }\n}\n")
                      .arg(secret);
    panel.setConfiguration(config, Secret(secret), QStringLiteral("Grafana Alloy"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.revealBox()->setChecked(true);
    SecretTextView *preview = panel.preview();
    QVERIFY(preview->toPlainText().contains(secret));
    preview->setFocus();
    QTest::keyClick(preview, Qt::Key_A, Qt::ControlModifier);
    verifyNotInPrimary(secret);
    QTest::keyClick(preview, Qt::Key_C, Qt::ControlModifier);
    verifyGuardedInClipboard(guard, config.text);
    verifyNotInPrimary(secret);
    // The context menu's Copy, on a selection of one line.
    fillSelectionsFromOutside();
    QTextCursor cursor = preview->document()->find(secret);
    QVERIFY(!cursor.isNull());
    preview->setTextCursor(cursor);
    QMenu *menu = openContextMenu(preview->viewport());
    if (!menu)
        menu = openContextMenu(preview);
    QVERIFY(menu);
    QAction *copy = menuAction(menu, QStringLiteral("edit-copy"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    menu->close();
    verifyGuardedInClipboard(guard, secret);
    guard.clearNow();
}

void TestSecretCopyPaths::guardNeverFillsPrimary()
{
    fillSelectionsFromOutside();
    ClipboardGuard guard(clipboard());
    const QString secret = makeSecret(7);
    guard.copySecret(Secret(secret));
    verifyGuardedInClipboard(guard, secret);
    QCOMPARE(readAsAnotherClient(QStringLiteral("primary")), QStringLiteral("something else"));
    // Another application copies something: the guard lets go, and PRIMARY never held it.
    fillSelectionsFromOutside();
    QTRY_VERIFY(!guard.isGuarding());
    verifyNotInPrimary(secret);
}

QTEST_MAIN(TestSecretCopyPaths)
#include "tst_secretcopypaths.moc"
