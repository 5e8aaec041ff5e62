#include "DialogGallery.h"

#include "CreateTokenDialog.h"
#include "DeleteConfirmation.h"
#include "PermissionMatrix.h"
#include "SecretDialog.h"
#include "SecretLineEdit.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

using namespace cockpit;

namespace {

Token sampleToken(int index)
{
    Token token;
    token.id =
        QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cb%1").arg(index, 2, 10, QLatin1Char('0'));
    token.name = QStringLiteral("alloy-agent-paris-%1").arg(index);
    token.region = Region::FrPar;
    return token;
}

QWidget *build(const QString &name, SecretStore *store, SavedSecretIndex *savedSecrets,
               ClipboardGuard *clipboard, QWidget *window)
{
    const QString projectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
    if (name == QLatin1String("create token")) {
        return new CreateTokenDialog(projectId, QStringLiteral("Production"), Region::FrPar);
    }
    if (name == QLatin1String("create token, invalid")) {
        auto *dialog =
            new CreateTokenDialog(projectId, QStringLiteral("Production"), Region::FrPar);
        dialog->nameEdit()->setText(QStringLiteral("no spaces allowed"));
        dialog->permissions()->setScopes({});
        return dialog;
    }
    if (name == QLatin1String("secret")) {
        CreatedToken created;
        created.token = sampleToken(1);
        created.secretKey = Secret(QString(64, QLatin1Char('x')));
        return new SecretDialog(created, clipboard, store, savedSecrets);
    }
    if (name == QLatin1String("sign-in")) {
        return new SignInDialog;
    }
    if (name == QLatin1String("sign-in, invalid")) {
        auto *dialog = new SignInDialog;
        dialog->accessKeyEdit()->setText(QStringLiteral("SCW123"));
        dialog->secretKeyEdit()->setText(QStringLiteral("not-a-secret-key"));
        dialog->projectEdit()->setText(QStringLiteral("not-a-project"));
        return dialog;
    }
    if (name == QLatin1String("sign-in, no keychain")) {
        auto *dialog = new SignInDialog;
        dialog->setKeychainAvailable(false);
        return dialog;
    }
    if (name == QLatin1String("delete one")) {
        auto *dialog = new DeleteConfirmation({sampleToken(1)}, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // owned by the gallery
        dialog->offerToForgetSavedSecrets(1);
        return dialog;
    }
    if (name == QLatin1String("delete several")) {
        QList<Token> tokens;
        for (int i = 1; i <= 12; ++i)
            tokens.append(sampleToken(i));
        auto *dialog = new DeleteConfirmation(tokens, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->offerToForgetSavedSecrets(3);
        return dialog;
    }
    if (name == QLatin1String("keyboard shortcuts")) {
        // The dialogs' and the table's entries; the window's menus add theirs in the app.
        return new ShortcutsDialog(ShortcutsDialog::entriesFor(nullptr));
    }
    return nullptr;
}

} // namespace

DialogGallery::DialogGallery()
    : m_settings(m_dir.filePath(QStringLiteral("gallery.ini")), QSettings::IniFormat)
    , m_savedSecrets(&m_settings)
    , m_clipboard(QApplication::clipboard())
{
}

DialogGallery::~DialogGallery()
{
    // The secret dialog asks before closing unless told the secret is safe: it is deleted
    // without closing, which wipes it.
    m_dialogs.clear();
}

QStringList DialogGallery::names()
{
    return {QStringLiteral("create token"),
            QStringLiteral("create token, invalid"),
            QStringLiteral("secret"),
            QStringLiteral("sign-in"),
            QStringLiteral("sign-in, invalid"),
            QStringLiteral("sign-in, no keychain"),
            QStringLiteral("delete one"),
            QStringLiteral("delete several"),
            QStringLiteral("keyboard shortcuts")};
}

void DialogGallery::settle()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

QWidget *DialogGallery::open(const QString &name)
{
    QWidget *dialog = build(name, &m_store, &m_savedSecrets, &m_clipboard, &m_window);
    if (!dialog)
        return nullptr;
    m_dialogs.emplace_back(dialog);
    dialog->show();
    dialog->adjustSize();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    settle();
    return dialog;
}
