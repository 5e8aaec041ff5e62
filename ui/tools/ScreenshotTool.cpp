// cockpit-screenshot: renders the main window with the demo data to a PNG, offscreen, for the
// documentation and for looking at each state of the window without a display:
//   cockpit-screenshot --output docs/screenshots/main-window.png [--state main] [--size 1280x760]
//                      [--language fr] [--palette light|dark]
// States: main (tokens, one selected, two with a saved secret), empty, error, partial, loading,
// filtered, all-projects, all-projects-partial (one project-region failed), shortcuts and about
// (the Help → Keyboard Shortcuts and About dialogs alone).
#include "RenderOptions.h"
#include "common/AppIcon.h"
#include "common/DesktopServices.h"
#include "credentials/ProfileDirectory.h"
#include "emulator/CockpitEmulator.h"
#include "emulator/testing/FaultGate.h"
#include "frame/HeaderBar.h"
#include "models/TokenTableModel.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "services/CockpitSession.h"
#include "tokens/TokenTableView.h"
#include "window/MainWindow.h"
#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace cockpit {
namespace {

// After `delayMs` (pending layouts and paints settle), grabs `target()` (the window when none
// is given) to `path` and quits with the outcome.
void saveAndQuit(MainWindow &window, const QString &path,
                 const std::function<QWidget *()> &target = {}, int delayMs = 150)
{
    QTimer::singleShot(delayMs, &window, [&window, path, target] {
        QWidget *widget = target ? target() : &window;
        const bool ok = widget && widget->grab().save(path, "PNG");
        QTextStream(ok ? stdout : stderr)
            << (ok ? "wrote " : "could not write ") << path << Qt::endl;
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

// Runs `step` once, after the window's next load has ended.
template <typename Step> void afterNextLoad(MainWindow &window, Step step)
{
    auto *connection = new QMetaObject::Connection;
    *connection = QObject::connect(&window, &MainWindow::loadEnded, &window, [connection, step] {
        QObject::disconnect(*connection);
        delete connection;
        step();
    });
}

int run(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cockpit-screenshot"));
    // As the app shows itself (About box, window icon).
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));
    QApplication::setWindowIcon(AppIcon::icon());
    // Never read or write the user's saved window layout.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the Cockpit Tokens window to PNG."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("PNG file to write."),
                                    QStringLiteral("file"), QStringLiteral("main-window.png"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("main, empty, error, partial, loading, "
                                                  "filtered, shortcuts or about."),
                                   QStringLiteral("state"), QStringLiteral("main"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH."),
                                  QStringLiteral("size"), QStringLiteral("1280x760"));
    parser.addOptions({output, state, size});
    const RenderOptions renderOptions(&parser);
    parser.process(app);
    if (!renderOptions.apply(parser, &app))
        return 2;

    const QString path = parser.value(output);
    const QString which = parser.value(state);
    const QStringList dims = parser.value(size).split(QLatin1Char('x'));
    const int width = dims.value(0).toInt() > 0 ? dims.value(0).toInt() : 1280;
    const int height = dims.value(1).toInt() > 0 ? dims.value(1).toInt() : 760;

    QNetworkAccessManager network;
    ProfileDirectory profiles(&network, std::nullopt);
    ClientSettings tuning;
    tuning.maxRetries = 0; // a fault shows at once instead of being retried away
    tuning.speculativePages = 0;
    profiles.setClientTuning(tuning);
    // Saved secrets in a throwaway file, so the key marker shows without touching any settings.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("screenshot.ini")),
                       QSettings::IniFormat);
    SavedSecretIndex savedSecrets(&settings);
    DesktopServices services;
    services.savedSecrets = &savedSecrets;
    MainWindow window(&profiles, services);
    window.resize(width, height);
    window.show();

    // The error states are shown with the tests' faults, put in front of the demo's emulator.
    FaultGate faults;
    afterNextLoad(window, [&] {
        CockpitEmulator *emulator = profiles.demoEmulator();
        emulator->setGate(&faults);
        if (which == QLatin1String("main")) {
            // Two tokens whose secret is saved, to show the key marker.
            const QList<Token> shown = window.tokenModel()->tokens();
            for (qsizetype i = 2; i < shown.size() && i < 4; ++i)
                savedSecrets.insert(tokenSecretKey(shown.at(i).regionalId()));
            window.tableView()->selectRow(1);
            saveAndQuit(window, path);
        } else if (which == QLatin1String("shortcuts") || which == QLatin1String("about")) {
            // Help → Keyboard Shortcuts or Help → About, grabbed on its own.
            if (which == QLatin1String("about"))
                window.aboutAction()->trigger();
            else
                window.shortcutsAction()->trigger();
            saveAndQuit(window, path, [&window, which]() -> QWidget * {
                if (which == QLatin1String("about"))
                    return window.findChild<QWidget *>(QStringLiteral("aboutDialog"));
                return window.shortcutsDialog();
            });
        } else if (which == QLatin1String("filtered")) {
            window.header()->searchBox()->setText(QStringLiteral("grafana"));
            saveAndQuit(window, path);
        } else if (which == QLatin1String("error")) {
            faults.inject(EmulatorFault::ServerErrorJson, 100, "GET");
            afterNextLoad(window, [&] { saveAndQuit(window, path); });
            window.refresh();
        } else if (which == QLatin1String("partial")) {
            faults.inject(EmulatorFault::ServerError, 1, "GET");
            afterNextLoad(window, [&] { saveAndQuit(window, path); });
            window.refresh();
        } else if (which == QLatin1String("all-projects") ||
                   which == QLatin1String("all-projects-partial")) {
            if (which == QLatin1String("all-projects-partial"))
                faults.inject(EmulatorFault::ServerError, 1, "GET");
            afterNextLoad(window, [&] {
                window.tableView()->selectRow(2);
                saveAndQuit(window, path);
            });
            window.header()->selectAllProjects();
        } else if (which == QLatin1String("loading")) {
            emulator->setLatency(10000);
            window.refresh();
            // Grabbed while the slow load is still running.
            saveAndQuit(window, path, {}, 300);
        } else if (which == QLatin1String("empty")) {
            emulator->addProject(window.session()->credentials().organizationId,
                                 QStringLiteral("sandbox"));
            // Reopening the demo profile lists the new project; then choose it.
            afterNextLoad(window, [&] {
                afterNextLoad(window, [&] { saveAndQuit(window, path); });
                QComboBox *projects = window.header()->projectBox();
                projects->setCurrentIndex(projects->findText(QStringLiteral("sandbox")));
            });
            window.activateProfile(QString::fromLatin1(ProfileDirectory::DemoProfileId));
        } else {
            QTextStream(stderr) << "unknown state " << which << Qt::endl;
            QCoreApplication::exit(2);
        }
    });
    window.activateProfile(profiles.initialProfileId(true));
    // Never hang: a broken emulator or client must not block a docs build.
    QTimer::singleShot(30000, &app, [] {
        QTextStream(stderr) << "timed out" << Qt::endl;
        QCoreApplication::exit(3);
    });
    return app.exec();
}

} // namespace
} // namespace cockpit

int main(int argc, char *argv[])
{
    return cockpit::run(argc, argv);
}
