// Walks every dialog of the app (the main window has its own walk in tests/ui) and fails on a
// control a screen reader could reach without a name: create token, the one-time secret, sign-in,
// delete confirmation, keyboard shortcuts.
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "DeleteConfirmation.h"
#include "SecretDialog.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cockpit;

namespace {

// Every visible control that takes focus has an accessible name (a button's text counts: Qt
// exposes it as the name).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel *>(widget))
            continue;
        QString name = widget->accessibleName();
        if (name.isEmpty()) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                name = button->text();
        }
        if (name.remove(QLatin1Char('&')).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char(' ') + widget->objectName());
    }
    return unnamed;
}

Token sampleToken()
{
    Token token;
    token.id = QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cbc7");
    token.name = QStringLiteral("alloy-agent");
    token.region = Region::FrPar;
    return token;
}

} // namespace

class TestDialogAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createTokenDialog()
    {
        CreateTokenDialog dialog(QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54"),
                                 QStringLiteral("Production"), Region::FrPar);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void secretDialog()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        InMemorySecretStore store;
        SavedSecretIndex index(&settings);
        ClipboardGuard clipboard(QApplication::clipboard());
        CreatedToken created;
        created.token = sampleToken();
        created.secretKey = Secret(QStringLiteral("a-secret-that-must-not-be-read-aloud"));
        SecretDialog dialog(created, &clipboard, &store, &index);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        // No accessible name or description carries the secret.
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            QVERIFY(!widget->accessibleName().contains(created.secretKey.expose()));
            QVERIFY(!widget->accessibleDescription().contains(created.secretKey.expose()));
        }
        dialog.reject();
    }

    void signInDialog_data()
    {
        QTest::addColumn<bool>("keychain");
        QTest::newRow("with a keychain") << true;
        QTest::newRow("without a keychain") << false;
    }
    void signInDialog()
    {
        QFETCH(bool, keychain);
        SignInDialog dialog;
        dialog.setKeychainAvailable(keychain);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void keyboardShortcuts()
    {
        ShortcutsDialog dialog(ShortcutsDialog::entriesFor(nullptr));
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void deleteConfirmation()
    {
        QWidget parent;
        DeleteConfirmation dialog({sampleToken()}, &parent);
        dialog.offerToForgetSavedSecrets(1);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestDialogAccessibility)
#include "tst_dialogaccessibility.moc"
