// "Connect an agent" in the real window against the emulator: from the secret dialog right after
// a create (a configuration copied counts as the secret kept, so Done asks nothing), and later
// from the token's row once its secret is in the keychain (off for a token without one). Logging
// runs at debug level; afterwards no log line and no settings file holds the secret.
#include "SecretLeakCheck.h"
#include "WindowHarness.h"
#include "common/ClipboardGuard.h"
#include "common/SecretLineEdit.h"
#include "connect/AgentConfigPanel.h"
#include "connect/ConnectAgentDialog.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"
#include "create/PermissionMatrix.h"
#include "create/SecretDialog.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "tokens/TokenActions.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace cockpit;

constexpr int kConfigPage = cockpit::ConnectAgentDialog::ConfigPage;

class TestConnectAgentFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WindowHarness::installEnglish();
        SecretLeakCheck::startCapturing();
    }
    void cleanupTestCase() { SecretLeakCheck::stopCapturing(); }

    void fromTheSecretDialogThenFromTheRow()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        window->startCreate();
        CreateTokenDialog *create = window->createFlow()->dialog();
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("agent-e2e"));
        create->permissions()->applyPreset(PermissionMatrix::Preset::Agent);
        create->createButton()->click();
        SecretDialog *secretDialog = WindowHarness::waitForVisibleChild<SecretDialog>(window);
        QVERIFY(secretDialog);
        const QString secret = secretDialog->secretEdit()->text();
        QVERIFY(!secret.isEmpty());
        const Token token = window->tokenActions()->selection().value(0);
        QCOMPARE(token.name, QStringLiteral("agent-e2e"));

        // Right after the create: over the secret dialog.
        QVERIFY(secretDialog->connectAgentButton()->isEnabled());
        secretDialog->connectAgentButton()->click();
        auto *agent = WindowHarness::waitForVisibleChild<cockpit::ConnectAgentDialog>(secretDialog);
        QVERIFY(agent);
        QVERIFY(agent->isModal() || agent->windowModality() == Qt::WindowModal);
        QTRY_COMPARE(agent->pages()->currentIndex(), kConfigPage);
        cockpit::AgentConfigPanel *panel = agent->configPanel();
        QVERIFY(panel->hasConfiguration());
        panel->copyButton()->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(secret));
        agent->reject();
        QTRY_VERIFY(!agent->isVisible());

        // The secret went out with a configuration: Done closes without asking.
        secretDialog->doneButton()->click();
        QTRY_VERIFY(!window->createFlow()->secretDialog());
        QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("confirmCloseWithoutSecret")));
        window->desktopServices().clipboard->clearNow();

        // Later, from the row: only with a saved secret.
        QVERIFY(!window->tokenActions()->connectAgentAction()->isEnabled());
        QCOMPARE(window->tokenActions()->selection().value(0).id, token.id);

        // Save it, as the secret dialog would have, then the action reads it from the keychain.
        SecretStoreJob *job = window->desktopServices().secrets->write(
            tokenSecretKey(token.regionalId()), Secret(secret), QStringLiteral("test"));
        QSignalSpy written(job, &SecretStoreJob::finished);
        QVERIFY(written.wait(5000));
        window->desktopServices().savedSecrets->insert(tokenSecretKey(token.regionalId()));
        QTRY_VERIFY(window->tokenActions()->connectAgentAction()->isEnabled());
        window->tokenActions()->connectAgentAction()->trigger();
        agent = WindowHarness::waitForVisibleChild<cockpit::ConnectAgentDialog>(window);
        QVERIFY(agent);
        QTRY_COMPARE(agent->pages()->currentIndex(), kConfigPage);
        QVERIFY(!agent->configPanel()->preview()->toPlainText().contains(secret));
        agent->configPanel()->revealBox()->setChecked(true);
        QVERIFY(agent->configPanel()->preview()->toPlainText().contains(secret));
        agent->reject();
        window->saveLayout();

        QVERIFY(SecretLeakCheck::capturedLog().size() > 0);
        const QString leaks = SecretLeakCheck::leaksOf(secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks));
    }
};

QTEST_MAIN(TestConnectAgentFlow)
#include "tst_connectagentflow.moc"
