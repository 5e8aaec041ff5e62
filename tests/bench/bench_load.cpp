// cockpit-bench-load: how long the core client takes, and how much memory, to load every token of
// a project over the three regions (listTokensInRegions), next to the official JS SDK as its users
// write it (listTokens({region, pageSize: 1000}).all(), region after region). Both run against
// the same `cockpit-emulator` process, once per emulator latency, each load in a fresh child
// process (this program in --child-load mode, or `node`), which reports its own time and peak
// RSS. Not a test: it prints a table and never fails on its figures.
#include "BenchEmulatorProcess.h"
#include "api/CockpitClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace cockpit;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit-bench-load", text);
}

// Peak resident memory of this process in KiB: VmHWM, else getrusage's ru_maxrss (KiB on Linux).
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// --child-load: one load with the core client, its figures as one JSON line.
int runChildLoad(QCoreApplication &app)
{
    QNetworkAccessManager network;
    ClientSettings settings; // the defaults the app uses
    settings.baseUrl = QUrl(qEnvironmentVariable("SCW_API_URL"));
    settings.secretKey = Secret(qEnvironmentVariable("SCW_SECRET_KEY"));
    CockpitClient client(&network, settings);

    QElapsedTimer timer;
    timer.start();
    MultiRegionTokenListReply *reply =
        client.listTokensInRegions(qEnvironmentVariable("SCW_DEFAULT_PROJECT_ID"), allRegions());
    int exitCode = 0;
    if (qEnvironmentVariableIsSet("COCKPIT_BENCH_TRACE")) {
        // When each page came in, to see where the time goes.
        QObject::connect(reply, &MultiRegionTokenListReply::progress, &app,
                         [&timer](int loaded, int total) {
                             std::fprintf(stderr, "%8.1f ms  %d/%d\n",
                                          double(timer.nsecsElapsed()) / 1e6, loaded, total);
                         });
    }
    QObject::connect(reply, &ApiReply::finished, &app, [&] {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // The tokens are still held here, as a caller holds them to show them.
        QJsonObject result{{QStringLiteral("side"), QStringLiteral("cpp")},
                           {QStringLiteral("tokens"), int(reply->tokens().size())},
                           {QStringLiteral("ms"), ms},
                           {QStringLiteral("maxRssKb"), peakRssKb()}};
        if (!reply->isSuccess() || reply->isPartial()) {
            result.insert(QStringLiteral("error"), ApiError::kindName(reply->error().kind));
            exitCode = 1;
        }
        printLine(result);
        app.quit();
    });
    app.exec();
    delete reply;
    return exitCode;
}

struct Sample
{
    int tokens = 0;
    double ms = 0;
    double rssMb = 0;
};

// Runs one child load and reads the JSON line it prints.
bool runChild(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment, Sample *sample, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit) {
        *error = translated("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
    if (process.exitCode() != 0 || result.isEmpty() || result.contains(QLatin1String("error"))) {
        *error = translated("%1 failed: %2").arg(program, QString::fromUtf8(lines.last()));
        return false;
    }
    sample->tokens = result.value(QLatin1String("tokens")).toInt();
    sample->ms = result.value(QLatin1String("ms")).toDouble();
    sample->rssMb = result.value(QLatin1String("maxRssKb")).toDouble() / 1024.0;
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

struct Series
{
    QList<double> ms;
    QList<double> rssMb;
    int tokens = 0;

    void add(const Sample &sample)
    {
        ms.append(sample.ms);
        rssMb.append(sample.rssMb);
        tokens = sample.tokens;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cockpit-bench-load"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        translated("Time and peak memory to load every token of a project: the core client "
                   "next to the official JS SDK, against cockpit-emulator."));
    parser.addHelpOption();
    const QCommandLineOption emulatorOption(
        QStringLiteral("emulator"), translated("The cockpit-emulator program."), translated("path"),
        QStringLiteral(COCKPIT_BENCH_EMULATOR));
    const QCommandLineOption scriptOption(
        QStringLiteral("js-script"), translated("The JS SDK side of the benchmark."),
        translated("path"), QStringLiteral(COCKPIT_BENCH_JS_SCRIPT));
    const QCommandLineOption modulesOption(
        QStringLiteral("sdk-modules"),
        translated("The node_modules folder holding @scaleway/sdk-cockpit."), translated("path"),
        QStringLiteral(COCKPIT_BENCH_SDK_MODULES));
    const QCommandLineOption nodeOption(QStringLiteral("node"), translated("The node program."),
                                        translated("path"), QStringLiteral("node"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          translated("Tokens to generate over the 3 regions."),
                                          translated("count"), QStringLiteral("10000"));
    const QCommandLineOption latenciesOption(QStringLiteral("latencies"),
                                             translated("Emulator latencies to run, in ms."),
                                             translated("list"), QStringLiteral("100,0"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), translated("Loads per client and latency (the median is shown)."),
        translated("count"), QStringLiteral("3"));
    const QCommandLineOption noJsOption(QStringLiteral("no-js"), translated("Skip the JS SDK."));
    const QCommandLineOption childOption(QStringLiteral("child-load"),
                                         translated("Internal: one load with the core client."));
    parser.addOptions({emulatorOption, scriptOption, modulesOption, nodeOption, tokensOption,
                       latenciesOption, runsOption, noJsOption, childOption});
    parser.process(app);

    if (parser.isSet(childOption))
        return runChildLoad(app);

    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool withJs = !parser.isSet(noJsOption);
    const QStringList latencies = parser.value(latenciesOption).split(QLatin1Char(','));
    struct Row
    {
        int latency;
        Series cpp;
        Series js;
    };
    QList<Row> rows;

    for (const QString &latencyText : latencies) {
        const int latency = latencyText.trimmed().toInt();
        BenchEmulatorProcess emulator;
        QString error;
        if (!emulator.start(parser.value(emulatorOption),
                            {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--tokens"), parser.value(tokensOption),
                             QStringLiteral("--latency-ms"), QString::number(latency)},
                            &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = emulator.values().cbegin(); it != emulator.values().cend(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert(QStringLiteral("COCKPIT_BENCH_SDK_MODULES"),
                           parser.value(modulesOption));

        Row row{latency, {}, {}};
        // Alternate the two clients, so that a machine busy for a while weighs on both.
        for (int run = 0; run < runs; ++run) {
            Sample sample;
            if (!runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-load")},
                          environment, &sample, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            row.cpp.add(sample);
            if (!withJs)
                continue;
            if (!runChild(parser.value(nodeOption), {parser.value(scriptOption)}, environment,
                          &sample, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            row.js.add(sample);
        }
        rows.append(row);
    }

    out << translated("Loading every token of one project over 3 regions from cockpit-emulator "
                      "(%1 tokens generated; median of %2 runs, each in a fresh process)")
               .arg(parser.value(tokensOption))
               .arg(runs)
        << '\n'
        << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(translated("latency"), -9)
               .arg(translated("client"), -30)
               .arg(translated("tokens"), 7)
               .arg(translated("time (ms)"), 10)
               .arg(translated("peak RSS (MB)"), 14);
    for (const Row &row : std::as_const(rows)) {
        const QString latency = QStringLiteral("%1 ms").arg(row.latency);
        auto line = [&out, &latency](const QString &name, const Series &series) {
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(latency, -9)
                       .arg(name, -30)
                       .arg(series.tokens, 7)
                       .arg(median(series.ms), 10, 'f', 0)
                       .arg(median(series.rssMb), 14, 'f', 1);
        };
        line(translated("core client (C++)"), row.cpp);
        if (withJs) {
            line(translated("JS SDK (.all(), per region)"), row.js);
            out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QString(), -9)
                       .arg(translated("ratio JS / core"), -30)
                       .arg(QString(), 7)
                       .arg(QStringLiteral("%1x").arg(median(row.js.ms) / median(row.cpp.ms), 0,
                                                      'f', 2),
                            10)
                       .arg(QStringLiteral("%1x").arg(median(row.js.rssMb) / median(row.cpp.rssMb),
                                                      0, 'f', 2),
                            14);
            if (row.js.tokens != row.cpp.tokens)
                out << translated("warning: the two clients loaded different token counts") << '\n';
        }
    }
    out.flush();
    return 0;
}
