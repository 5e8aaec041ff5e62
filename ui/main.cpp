// The composition root: the only place that creates the network access manager, reads where the
// credentials come from, and wires the window to them.
#include "api/NetworkEnvironment.h"
#include "common/AppIcon.h"
#include "common/AppIdentity.h"
#include "common/AppStyle.h"
#include "common/ClipboardGuard.h"
#include "common/LanguageLoader.h"
#include "credentials/AppProfileStore.h"
#include "credentials/ProfileDirectory.h"
#include "credentials/ScwConfig.h"
#include "frame/HeaderBar.h"
#include "models/TokenTableModel.h"
#include "profiles/ProfileController.h"
#include "profiles/SignInFlow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProcessHardening.h"
#include "secrets/SavedSecretIndex.h"
#include "tokens/TokenTableView.h"
#include "window/MainWindow.h"
#include "window/StartupProbe.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>
#include <QUrl>

#include <memory>

namespace cockpit {
namespace {

// --help and --version only print text: they must work without a display, e.g. over SSH.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

int run(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Before any secret can be read: no core dump of this process, no debugger attached to it.
    hardenProcess();

    const std::unique_ptr<QCoreApplication> application =
        onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                               : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    // Settings land under the application id's domain, e.g.
    // ~/.config/io.github.cockpittokens/CockpitTokens.conf; screen readers say "Cockpit Tokens".
    AppIdentity::apply();
    // Before any text is made, the parser's help included.
    LanguageLoader languages(&app);
    {
        const QSettings languageSettings;
        languages.install(LanguageLoader::chosenLanguage(app.arguments(), languageSettings));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Scaleway Cockpit tokens.\n\nCredentials come from the "
                "scw CLI's profiles (~/.config/scw/config.yaml, or SCW_CONFIG_PATH; SCW_PROFILE "
                "picks one) and the SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID, "
                "SCW_DEFAULT_ORGANIZATION_ID, SCW_DEFAULT_REGION and SCW_API_URL environment "
                "variables, with the CLI's precedence, and from profiles signed in within the "
                "app (secret keys in the system keychain). Without any, the app starts in demo "
                "mode and offers to sign in."));
    parser.addHelpOption();
    // Not addVersionOption(): it prints the settings name "CockpitTokens", not the app's name.
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Displays the version and exits."));
    parser.addOption(version);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against the built-in Cockpit API emulator with "
                                            "sample projects and tokens."));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the milliseconds from start to the first "
                                            "paint of the token table with rows, then quit."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show the app in this language (en, fr) instead of "
                                            "the saved choice or the system's."),
        QStringLiteral("code"));
    parser.addOption(demo);
    parser.addOption(measureStartup);
    parser.addOption(language);
    parser.process(app);
    if (parser.isSet(version)) {
        QTextStream(stdout) << QGuiApplication::applicationDisplayName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (!qobject_cast<QApplication *>(&app))
        return 0; // only text was asked for, and the parser has printed it
    QApplication::setWindowIcon(AppIcon::icon());
    // Keyboard focus that can be seen on Fusion, the style of desktops without one of their own.
    AppStyle::installFocusRingsIfFusion();

    // Proxies and extra certificate authorities from the environment, as the scw CLI reads them.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QNetworkAccessManager network;
    applyNetworkEnvironment(&network, environment);
    // The scw CLI's profiles merged with SCW_* as the CLI does; SCW_* alone (no config file)
    // gives the "default" profile. The file is only ever read.
    ProfileDirectory profiles(&network, std::nullopt);
    profiles.loadScwConfig(environment);
    // Token secrets saved by the user live in the system keychain under the application id;
    // which tokens have one is remembered beside the settings (IDs only, never a secret).
    KeychainSecretStore secrets(QStringLiteral(COCKPIT_APP_ID));
    QSettings settings;
    SavedSecretIndex savedSecrets(&settings);
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    // The app's own profiles: fields in the settings, secret keys in the same keychain service.
    AppProfileStore appProfiles(&settings, &secrets);
    profiles.setAppProfiles(&appProfiles);
    profiles.setSettings(&settings);
    MainWindow window(&profiles, DesktopServices{&secrets, &savedSecrets, &clipboard});
    QMenu *languageMenu = languages.createMenu(&settings, &window);
    window.header()->profileMenu()->addSeparator();
    window.header()->profileMenu()->addMenu(languageMenu);
    window.addLanguageMenu(languageMenu);
    // Keys typed in the sign-in form are checked where SCW_API_URL points, if anywhere.
    const QString apiUrl = environment.value(QStringLiteral("SCW_API_URL")).trimmed();
    if (!apiUrl.isEmpty())
        window.profileController()->signInFlow()->setApiUrl(QUrl(apiUrl, QUrl::StrictMode));

    if (parser.isSet(measureStartup)) {
        auto *probe = new StartupProbe(window.tableView(), sinceStart, &window);
        QObject::connect(probe, &StartupProbe::finished, &app, [&app](qint64 ms) {
            QTextStream(stdout) << "startup_to_rows_painted_ms " << ms << Qt::endl;
            app.quit();
        });
        // A load that fails or finds no rows would never paint rows: do not wait forever.
        QObject::connect(&window, &MainWindow::loadEnded, &app, [&app, &window] {
            if (window.tokenModel()->rowCount() == 0) {
                QTextStream(stderr) << "no rows were loaded" << Qt::endl;
                app.exit(1);
            }
        });
    }

    window.show();
    // A startup measurement must not stop at the first-run sign-in form.
    window.profileController()->start(parser.isSet(demo), !parser.isSet(measureStartup));
    return app.exec();
}

} // namespace
} // namespace cockpit

int main(int argc, char *argv[])
{
    return cockpit::run(argc, argv);
}
