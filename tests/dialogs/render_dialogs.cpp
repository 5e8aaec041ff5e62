// cockpit-dialog-screenshots: renders the dialogs to PNG (offscreen), each at the size it opens
// with, for the README and to look at them in each language and palette without a display:
//   cockpit-dialog-screenshots [<output folder>] [--language fr] [--palette light|dark]
// writes create-token.png, create-token-invalid.png (with its field messages), secret.png,
// sign-in.png, sign-in-invalid.png and delete-token.png.
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "DeleteConfirmation.h"
#include "PermissionMatrix.h"
#include "RenderOptions.h"
#include "SecretDialog.h"
#include "SecretLineEdit.h"
#include "SignInDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cockpit;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->adjustSize();
    QApplication::processEvents();
    const bool ok = widget->grab().save(path);
    QTextStream(ok ? stdout : stderr) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the Cockpit Tokens dialogs to PNG."));
    parser.addHelpOption();
    const RenderOptions renderOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write."));
    parser.process(app);
    if (!renderOptions.apply(parser, &app))
        return 2;
    const QDir folder(parser.positionalArguments().value(0, QStringLiteral(".")));
    QDir().mkpath(folder.path());

    CreateTokenDialog create(QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54"),
                             QStringLiteral("Production"), Region::FrPar);
    create.nameEdit()->setText(QStringLiteral("alloy-agent-paris"));
    create.permissions()->setScopes(TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs |
                                    TokenScope::ReadOnlyMetrics);
    bool ok = save(&create, folder.filePath(QStringLiteral("create-token.png")));

    CreateTokenDialog invalid(QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54"),
                              QStringLiteral("Production"), Region::FrPar);
    invalid.nameEdit()->setText(QStringLiteral("no spaces allowed"));
    invalid.permissions()->setScopes({});
    ok = save(&invalid, folder.filePath(QStringLiteral("create-token-invalid.png"))) && ok;

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    InMemorySecretStore store;
    SavedSecretIndex index(&settings);
    ClipboardGuard clipboard(QApplication::clipboard());
    CreatedToken created;
    created.token.id = QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cbc7");
    created.token.name = QStringLiteral("alloy-agent-paris");
    created.token.region = Region::FrPar;
    // A made-up value of the real format: the picture shows it masked anyway.
    created.secretKey = Secret(QString(64, QLatin1Char('x')));
    SecretDialog secret(created, &clipboard, &store, &index);
    ok = save(&secret, folder.filePath(QStringLiteral("secret.png"))) && ok;

    SignInDialog signIn;
    ok = save(&signIn, folder.filePath(QStringLiteral("sign-in.png"))) && ok;
    SignInDialog signInInvalid;
    signInInvalid.accessKeyEdit()->setText(QStringLiteral("SCW123"));
    signInInvalid.secretKeyEdit()->setText(QStringLiteral("not-a-secret-key"));
    signInInvalid.projectEdit()->setText(QStringLiteral("not-a-project"));
    ok = save(&signInInvalid, folder.filePath(QStringLiteral("sign-in-invalid.png"))) && ok;

    QWidget window;
    Token token;
    token.id = created.token.id;
    token.name = created.token.name;
    token.region = Region::FrPar;
    auto *confirmation = new DeleteConfirmation({token}, &window);
    confirmation->offerToForgetSavedSecrets(1);
    ok = save(confirmation, folder.filePath(QStringLiteral("delete-token.png"))) && ok;
    return ok ? 0 : 1;
}
