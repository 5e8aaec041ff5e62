#include "EmulatorOptions.h"

#include "TestEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cockpit {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EmulatorOptions", text);
}

bool readInteger(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum,
                 int maximum, int *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = tr("--%1 needs a whole number from %2 to %3.")
                     .arg(option.names().constFirst())
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *value = parsed;
    return true;
}

bool readRate(const QCommandLineParser &parser, const QCommandLineOption &option, double *value,
              QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double parsed = parser.value(option).toDouble(&ok);
    if (!ok || parsed < 0.0 || parsed > 1.0) {
        *error = tr("--%1 needs a fraction from 0 to 1.").arg(option.names().constFirst());
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

std::optional<EmulatorOptions> EmulatorOptions::parse(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local emulator of the Scaleway Cockpit token API, with demo data.\n"
           "On start it prints KEY=value lines (COCKPIT_EMULATOR_URL, SCW_API_URL, "
           "SCW_ACCESS_KEY, SCW_SECRET_KEY, SCW_DEFAULT_ORGANIZATION_ID, "
           "SCW_DEFAULT_PROJECT_ID), then serves until SIGINT or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on, on 127.0.0.1 (0 = any free port)."),
                                  tr("port"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay added before every answer, in milliseconds."),
                                     tr("ms"));
    const QCommandLineOption errorRate(
        QStringLiteral("error-rate"),
        tr("Fraction of requests answered with a server error (half 503 empty, half 500 JSON)."),
        tr("rate"));
    const QCommandLineOption dropRate(
        QStringLiteral("drop-rate"),
        tr("Fraction of requests whose connection is closed without an answer."), tr("rate"));
    const QCommandLineOption malformedRate(
        QStringLiteral("malformed-rate"),
        tr("Fraction of requests answered 200 with a body that is not JSON."), tr("rate"));
    const QCommandLineOption truncateRate(
        QStringLiteral("truncate-rate"),
        tr("Fraction of requests whose answer is cut short of its Content-Length."), tr("rate"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        tr("Requests per second allowed per key; more get the gateway's 429 (0 = no limit)."),
        tr("n"));
    const QCommandLineOption tokens(
        QStringLiteral("tokens"),
        tr("Generate this many extra tokens in the demo project, spread over the 3 regions."),
        tr("n"));
    const QCommandLineOption projects(
        QStringLiteral("projects"),
        tr("Spread the generated tokens over this many projects: the demo project and new ones "
           "in its organization."),
        tr("n"), QStringLiteral("1"));
    const QCommandLineOption lowDelay(
        QStringLiteral("low-delay"),
        tr("Answer without Nagle's delay (TCP_NODELAY), as production servers do."));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed of the random faults, for repeatable runs."), tr("seed"));
    const QCommandLineOption faultRate(
        QStringLiteral("fault-rate"),
        tr("Fraction of requests given one kind of fault, as kind=rate (repeatable): server-error, "
           "server-error-json, drop, stall, malformed, truncated, empty-body, wrong-types, "
           "oversized, rate-limited."),
        tr("kind=rate"));
    parser.addOptions({port, latency, errorRate, dropRate, malformedRate, truncateRate, rateLimit,
                       tokens, projects, lowDelay, seed, faultRate});
    parser.process(app);

    EmulatorOptions options;
    int portNumber = 0;
    int seedNumber = 1;
    if (!readInteger(parser, port, 0, 65535, &portNumber, error) ||
        !readInteger(parser, latency, 0, 600000, &options.latencyMs, error) ||
        !readRate(parser, errorRate, &options.errorRate, error) ||
        !readRate(parser, dropRate, &options.dropRate, error) ||
        !readRate(parser, malformedRate, &options.malformedRate, error) ||
        !readRate(parser, truncateRate, &options.truncateRate, error) ||
        !readInteger(parser, rateLimit, 0, 1000000, &options.rateLimit, error) ||
        !readInteger(parser, tokens, 0, 10000000, &options.tokens, error) ||
        !readInteger(parser, projects, 1, 100000, &options.projects, error) ||
        !readInteger(parser, seed, 0, INT_MAX, &seedNumber, error))
        return std::nullopt;
    double extra = 0.0;
    for (const QString &value : parser.values(faultRate)) {
        const QString name = value.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double rate = value.section(QLatin1Char('='), 1).toDouble(&ok);
        const std::optional<EmulatorFault> fault = faultNamed(name);
        if (!fault || !ok || rate < 0.0 || rate > 1.0) {
            *error = tr("--fault-rate wants kind=rate with a known kind and a rate from 0 to 1, "
                        "not \"%1\".")
                         .arg(value);
            return std::nullopt;
        }
        options.faultRates[*fault] = rate;
    }
    for (double rate : std::as_const(options.faultRates))
        extra += rate;
    if (options.errorRate + options.dropRate + options.malformedRate + options.truncateRate +
            extra >
        1.0) {
        *error = tr("The fault rates add up to more than 1.");
        return std::nullopt;
    }
    options.port = quint16(portNumber);
    options.lowDelay = parser.isSet(lowDelay);
    options.seed = quint32(seedNumber);
    return options;
}

void EmulatorOptions::applyTo(TestEmulator &emulator) const
{
    emulator.setLatency(latencyMs);
    emulator.setLowDelay(lowDelay);
    emulator.setRateLimit(rateLimit);
    emulator.setFaultRate(EmulatorFault::ServerError, errorRate / 2.0, seed);
    emulator.setFaultRate(EmulatorFault::ServerErrorJson, errorRate / 2.0, seed);
    emulator.setFaultRate(EmulatorFault::Drop, dropRate, seed);
    emulator.setFaultRate(EmulatorFault::Malformed, malformedRate, seed);
    emulator.setFaultRate(EmulatorFault::Truncated, truncateRate, seed);
    for (auto it = faultRates.cbegin(); it != faultRates.cend(); ++it)
        emulator.setFaultRate(it.key(), it.value(), seed);
}

std::optional<EmulatorFault> EmulatorOptions::faultNamed(const QString &name)
{
    static const QList<QPair<QString, EmulatorFault>> names{
        {QStringLiteral("server-error"), EmulatorFault::ServerError},
        {QStringLiteral("server-error-json"), EmulatorFault::ServerErrorJson},
        {QStringLiteral("drop"), EmulatorFault::Drop},
        {QStringLiteral("stall"), EmulatorFault::Stall},
        {QStringLiteral("malformed"), EmulatorFault::Malformed},
        {QStringLiteral("truncated"), EmulatorFault::Truncated},
        {QStringLiteral("empty-body"), EmulatorFault::EmptyBody},
        {QStringLiteral("wrong-types"), EmulatorFault::WrongTypes},
        {QStringLiteral("oversized"), EmulatorFault::Oversized},
        {QStringLiteral("rate-limited"), EmulatorFault::RateLimited},
    };
    for (const auto &[known, fault] : names) {
        if (known == name)
            return fault;
    }
    return std::nullopt;
}

} // namespace cockpit
