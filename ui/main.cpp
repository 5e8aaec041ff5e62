// The composition root: the only place that creates the network access manager, reads where the
// credentials come from, and wires the window to them.
#include "MainWindow.h"
#include "ProfileDirectory.h"
#include "StartupProbe.h"
#include "TokenTableView.h"
#include "models/TokenTableModel.h"
#include "services/EnvironmentCredentials.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    // Settings land under the application id's domain, e.g.
    // ~/.config/io.github.cockpittokens/CockpitTokens.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.cockpittokens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cockpittokens.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("CockpitTokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Cockpit Tokens"));
    QGuiApplication::setDesktopFileName(QStringLiteral(COCKPIT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for Scaleway Cockpit tokens.\n\nCredentials come from the "
                "SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID, "
                "SCW_DEFAULT_ORGANIZATION_ID, SCW_DEFAULT_REGION and SCW_API_URL environment "
                "variables; without them the app starts in demo mode."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against the built-in Cockpit API emulator with "
                                            "sample projects and tokens."));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("main", "Print the milliseconds from start to the first "
                                            "paint of the token table with rows, then quit."));
    parser.addOption(demo);
    parser.addOption(measureStartup);
    parser.process(app);

    QNetworkAccessManager network;
    ProfileDirectory profiles(&network, cockpit::readEnvironmentCredentials());
    MainWindow window(&profiles);

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
    window.activateProfile(profiles.initialProfileId(parser.isSet(demo)));
    return app.exec();
}
