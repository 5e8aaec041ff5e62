#include "BenchPeers.h"

#include "BenchEmulatorProcess.h"
#include "TestGateway.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit-bench", text);
}

} // namespace

BenchPeerOptions::BenchPeerOptions()
    : emulator(QStringLiteral("emulator"), translated("The cockpit-emulator program."),
               translated("path"), QStringLiteral(COCKPIT_BENCH_EMULATOR))
    , script(QStringLiteral("js-script"), translated("The JS SDK side of the benchmark."),
             translated("path"), QStringLiteral(COCKPIT_BENCH_JS_SCRIPT))
    , modules(QStringLiteral("sdk-modules"),
              translated("The node_modules folder holding the Scaleway JS SDK."),
              translated("path"), QStringLiteral(COCKPIT_BENCH_SDK_MODULES))
    , node(QStringLiteral("node"), translated("The node program."), translated("path"),
           QStringLiteral("node"))
{
}

QProcessEnvironment benchEnvironment(const BenchEmulatorProcess &emulator,
                                     const QString &sdkModules)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = emulator.values().cbegin(); it != emulator.values().cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QStringLiteral("COCKPIT_BENCH_SDK_MODULES"), sdkModules);
    return environment;
}

bool routeThroughGateway(TestGateway &gateway, const BenchEmulatorProcess &emulator,
                         QProcessEnvironment *environment)
{
    if (!gateway.start(QUrl(emulator.value(QStringLiteral("SCW_API_URL")))))
        return false;
    environment->insert(QStringLiteral("SCW_API_URL"), gateway.baseUrl().toString());
    environment->insert(QStringLiteral("SSL_CERT_FILE"), gateway.caFile());
    environment->insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), gateway.caFile());
    return true;
}
