// cockpit-emulator: the Cockpit API emulator as a program, for the SDKs, the CLI or Terraform
// to be pointed at in tests. It prints its URL and demo credentials as KEY=value lines.

#include "EmulatorOptions.h"
#include "StopSignalWatcher.h"
#include "TestEmulator.h"

#include <QCoreApplication>

#include <cstdio>

namespace cockpit {
namespace {

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cockpit-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));

    QString error;
    const std::optional<EmulatorOptions> options = EmulatorOptions::parse(app, &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    TestEmulator emulator;
    // Nobody can read the log of a program: keep no request, key or push it receives.
    emulator.setRequestLog(0);
    const EmulatorCredentials credentials = emulator.seedDemo();
    QStringList holders{credentials.projectId};
    for (int i = 1; i < options->projects; ++i)
        holders.append(
            emulator
                .addProject(credentials.organizationId,
                            QStringLiteral("generated-%1").arg(i, 4, 10, QLatin1Char('0')))
                .id);
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const qsizetype share =
            options->tokens / holders.size() + (i < options->tokens % holders.size() ? 1 : 0);
        if (share > 0)
            emulator.generateTokens(holders.at(i), int(share), allRegions());
    }
    options->applyTo(emulator);
    if (emulator.listenLocal(options->port) == 0) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Cannot listen on 127.0.0.1 port %1.")
                           .arg(options->port)));
        return 1;
    }

    StopSignalWatcher stopWatcher;
    QObject::connect(&stopWatcher, &StopSignalWatcher::stopRequested, &app,
                     &QCoreApplication::quit);

    // Machine-read lines: fixed keys, not translated.
    const QString url = emulator.baseUrl().toString();
    std::printf("COCKPIT_EMULATOR_URL=%s\n", qPrintable(url));
    std::printf("SCW_API_URL=%s\n", qPrintable(url));
    std::printf("SCW_ACCESS_KEY=%s\n", qPrintable(credentials.accessKey));
    std::printf("SCW_SECRET_KEY=%s\n", qPrintable(credentials.secretKey));
    std::printf("SCW_DEFAULT_ORGANIZATION_ID=%s\n", qPrintable(credentials.organizationId));
    std::printf("SCW_DEFAULT_PROJECT_ID=%s\n", qPrintable(credentials.projectId));
    std::fflush(stdout);

    return app.exec();
}

} // namespace
} // namespace cockpit

int main(int argc, char *argv[])
{
    return cockpit::run(argc, argv);
}
