// The create-token flow in the real window against the emulator: dialog → one create → the
// secret shown once → copy, save in the (in-memory) keychain → the new row selected and marked →
// copy the saved secret later → delete and forget it. Run with every logging category at debug
// level, then every log line and settings file is searched for the secrets: zero hits.
// Also: a create whose answer is lost, and an API refusal shown in the dialog.
#include "SecretLeakCheck.h"
#include "WindowHarness.h"
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/PermissionMatrix.h"
#include "create/SecretDialog.h"
#include "frame/HeaderBar.h"
#include "frame/StatusSummary.h"
#include "secrets/SavedSecretIndex.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestCreateTokenFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SecretLeakCheck::startCapturing(); }
    void cleanupTestCase() { SecretLeakCheck::stopCapturing(); }

    // Issue 25 item 4: a create that waits for its answer says so, and for how long at most.
    void aWaitingCreateSaysItWaitsAndHowLong()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        harness.emulator.injectFault(cockpit::EmulatorFault::Stall, 1, "POST");
        QTest::mouseClick(window->header()->createButton(), Qt::LeftButton);
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("stalled-create"));
        dialog->permissions()->applyPreset(PermissionMatrix::Preset::FullAccess);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        const auto waitingText = [dialog] {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(QStringLiteral("Waiting for")))
                    return label->text();
            }
            return QString();
        };
        QVERIFY2(QTest::qWaitFor([&] { return !waitingText().isEmpty(); }, 5000),
                 "nothing says the create waits for the API's answer");
        // How long so far, and how long at most (the harness's 8 s timeout).
        QVERIFY2(waitingText().contains(QStringLiteral("8 s")), qPrintable(waitingText()));
        dialog->reject();
    }

    void createCopySaveCopyAgainDelete()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        QVERIFY(window->header()->createButton()->isEnabled());

        QTest::mouseClick(window->header()->createButton(), Qt::LeftButton);
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("alloy-e2e"));
        dialog->permissions()->applyPreset(PermissionMatrix::Preset::FullAccess);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);

        SecretDialog *secretDialog = WindowHarness::waitForVisibleChild<SecretDialog>(window);
        QVERIFY(secretDialog);
        QCOMPARE(harness.emulator.createCount(), 1);
        const QString secret = secretDialog->secretEdit()->text();
        QVERIFY(secret.size() >= 32);

        // The new row is there, selected, without a reload.
        const QList<Token> selected = window->tokenActions()->selection();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().name, QStringLiteral("alloy-e2e"));
        const Token created = selected.first();

        QTest::mouseClick(secretDialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QVERIFY(!window->statusSummary()->clipboardText().isEmpty());

        QSignalSpy saved(secretDialog, &SecretDialog::secretSaved);
        QTest::mouseClick(secretDialog->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QTest::mouseClick(secretDialog->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(!window->createFlow()->secretDialog());
        // The row is marked as having a saved secret.
        const QModelIndex nameCell = window->tokenModel()->index(
            window->tokenModel()->rowOfToken(created.id), TokenTableModel::NameColumn);
        QVERIFY(nameCell.data(TokenTableModel::HasSavedSecretRole).toBool());
        QVERIFY(nameCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("keychain")));

        // Later: copy the saved secret from the row.
        QVERIFY(window->tokenActions()->copySavedSecretAction()->isEnabled());
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        window->tokenActions()->copySavedSecretAction()->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);

        // Delete it and forget the saved secret.
        window->tokenActions()->deleteAction()->trigger();
        auto *confirmation =
            WindowHarness::waitForVisibleChild<cockpit::DeleteConfirmation>(window);
        QVERIFY(confirmation);
        QVERIFY(confirmation->checkBox());
        QVERIFY(confirmation->checkBox()->isChecked());
        QSignalSpy deleted(window, &cockpit::MainWindow::deletesFinished);
        confirmation->deleteButton()->click();
        QVERIFY(deleted.wait(5000));
        QTRY_VERIFY(!window->desktopServices().savedSecrets->contains(created.regionalId()));
        QCOMPARE(window->tokenModel()->rowOfToken(created.id), -1);
        QVERIFY(!harnessHas(harness, created.id));

        window->saveLayout();
        window->desktopServices().clipboard->clearNow();

        // Nothing secret was logged or written to settings, though logging was at debug level.
        QVERIFY(SecretLeakCheck::capturedLog().size() > 0);
        for (const QString &needle : {secret, harness.seeded.secretKey}) {
            const QString leaks = SecretLeakCheck::leaksOf(needle);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks));
        }
    }

    void lostAnswerOffersToDeleteTheOrphan()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        harness.emulator.injectFault(EmulatorFault::Drop, 1, "POST");

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("lost-answer"));
        dialog->createButton()->click();

        auto *question = WindowHarness::waitForVisibleChild<QMessageBox>(
            window, QStringLiteral("orphanedTokenQuestion"));
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("lost-answer")));
        QCOMPARE(harness.emulator.createCount(), 1);
        // The orphan is shown in the table.
        QString orphanId;
        for (const Token &token : window->tokenModel()->tokens()) {
            if (token.name == QLatin1String("lost-answer"))
                orphanId = token.id;
        }
        QVERIFY(!orphanId.isEmpty());

        QSignalSpy deleted(window, &cockpit::MainWindow::deletesFinished);
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
        QVERIFY(deleted.wait(5000));
        QVERIFY(!harnessHas(harness, orphanId));
        QCOMPARE(window->tokenModel()->rowOfToken(orphanId), -1);
    }

    void refusalIsShownInTheDialog()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        harness.emulator.injectFault(EmulatorFault::RateLimited, 1, "POST");

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("throttled"));
        dialog->createButton()->click();
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorLabel()->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("throttled"));
        QCOMPARE(harness.emulator.createCount(), 0);
        // Never retried behind the user's back.
        QTest::qWait(200);
        QCOMPARE(harness.emulator.createCount(), 0);
        dialog->reject();
    }

private:
    static bool harnessHas(const WindowHarness &harness, const QString &id)
    {
        return WindowHarness::idsOf(harness.emulatorTokens()).contains(id);
    }
};

QTEST_MAIN(TestCreateTokenFlow)
#include "tst_createtokenflow.moc"
