// Renders the create-token dialog and the one-time secret dialog to PNG (offscreen) for the
// README: cockpit-dialog-screenshots <output folder>.
#include "ClipboardGuard.h"
#include "CreateTokenDialog.h"
#include "PermissionMatrix.h"
#include "SecretDialog.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SavedSecretIndex.h"

#include <QApplication>
#include <QClipboard>
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
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);

    CreateTokenDialog create(QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54"),
                             QStringLiteral("Production"), Region::FrPar);
    create.nameEdit()->setText(QStringLiteral("alloy-agent-paris"));
    create.permissions()->setScopes(TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs |
                                    TokenScope::ReadOnlyMetrics);
    create.resize(560, create.sizeHint().height());
    bool ok = save(&create, QDir(folder).filePath(QStringLiteral("create-token.png")));

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
    secret.resize(620, secret.sizeHint().height());
    ok = save(&secret, QDir(folder).filePath(QStringLiteral("secret.png"))) && ok;
    return ok ? 0 : 1;
}
