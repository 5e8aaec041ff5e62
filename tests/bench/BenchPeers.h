#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QProcessEnvironment>

class BenchEmulatorProcess;
class TestGateway;

// What the benchmarks that run the JS SDK beside the app's code share: where the emulator, the
// JS side, the SDK and node are (defaults from the target's COCKPIT_BENCH_* definitions), and
// the environment both clients get.
struct BenchPeerOptions
{
    BenchPeerOptions();

    QCommandLineOption emulator;
    QCommandLineOption script;
    QCommandLineOption modules;
    QCommandLineOption node;
    QList<QCommandLineOption> all() const { return {emulator, script, modules, node}; }
};

// This process's environment with the emulator's SCW_* values and the SDK's folder.
QProcessEnvironment benchEnvironment(const BenchEmulatorProcess &emulator,
                                     const QString &sdkModules);
// Starts `gateway` in front of the emulator and points `environment` at it: its URL, and its
// test CA as each client is told about a company CA (Qt by SSL_CERT_FILE, read by the core's
// network environment; Node.js by NODE_EXTRA_CA_CERTS). False when it did not start (see its
// error()).
bool routeThroughGateway(TestGateway &gateway, const BenchEmulatorProcess &emulator,
                         QProcessEnvironment *environment);
