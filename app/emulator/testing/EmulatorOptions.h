#pragma once

#include "emulator/EmulatorTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace cockpit {

class TestEmulator;

// The command line of `cockpit-emulator`: parsing (with --help and --version) and applying the
// options to an emulator.
struct EmulatorOptions
{
    quint16 port = 0;
    int latencyMs = 0;
    double errorRate = 0.0;
    double dropRate = 0.0;
    double malformedRate = 0.0;
    double truncateRate = 0.0;
    int rateLimit = 0;
    int tokens = 0;
    // The generated tokens spread over the demo project and projects-1 new ones.
    int projects = 1;
    bool lowDelay = false; // TCP_NODELAY, as production servers answer
    quint32 seed = 1;
    // --fault-rate kind=rate, for every kind of EmulatorFault (on top of the rates above).
    QMap<EmulatorFault, double> faultRates;

    // The names --fault-rate takes: server-error, server-error-json, drop, stall, malformed,
    // truncated, empty-body, wrong-types, oversized, rate-limited.
    static std::optional<EmulatorFault> faultNamed(const QString &name);

    // Exits the process for --help and --version, as QCommandLineParser::process() does.
    // std::nullopt with `error` set when an option's value is invalid.
    static std::optional<EmulatorOptions> parse(const QCoreApplication &app, QString *error);

    // Faults, latency and rate limit (the data is seeded separately).
    void applyTo(TestEmulator &emulator) const;
};

} // namespace cockpit
