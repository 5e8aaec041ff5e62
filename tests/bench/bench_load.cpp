// cockpit-bench-load: how long the core client takes, and how much memory, to load every token of
// a project over the three regions (TokenLoader, the app's one load path), next to the official JS
// SDK as its users write it (listTokens({region, pageSize: 1000}).all(), region after region). Both
// run against the same `cockpit-emulator` process, once per emulator latency, each load in a fresh
// child process (this program in --child-load mode, or `node`), which reports its own time and peak
// RSS. With --gateway both go through the same nginx (TLS; HTTP/2 where the client speaks it), as
// they meet the real API. Not a test: it prints a table and never fails on its figures.
#include "BenchEmulatorProcess.h"
#include "BenchPeers.h"
#include "BenchSamples.h"
#include "TestGateway.h"
#include "api/CockpitClient.h"
#include "api/NetworkEnvironment.h"
#include "services/TokenLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace cockpit;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit-bench-load", text);
}

// --child-load: one load with the core client, its figures as one JSON line.
int runChildLoad(QCoreApplication &app)
{
    QNetworkAccessManager network;
    // As the app does at start: SSL_CERT_FILE (the gateway's test CA), proxies.
    applyNetworkEnvironment(&network, QProcessEnvironment::systemEnvironment());
    ClientSettings settings; // the defaults the app uses
    settings.baseUrl = QUrl(qEnvironmentVariable("SCW_API_URL"));
    settings.secretKey = Secret(qEnvironmentVariable("SCW_SECRET_KEY"));
    CockpitClient client(&network, settings);

    TokenLoader loader(&client);
    QElapsedTimer timer;
    timer.start();
    int exitCode = 0;
    if (qEnvironmentVariableIsSet("COCKPIT_BENCH_TRACE")) {
        // When each page came in, to see where the time goes.
        QObject::connect(&loader, &TokenLoader::tokenProgress, &app,
                         [&timer](int loaded, int total) {
                             std::fprintf(stderr, "%8.1f ms  %d/%d\n",
                                          double(timer.nsecsElapsed()) / 1e6, loaded, total);
                         });
    }
    TokenLoadResult loaded; // the tokens are still held here, as a caller holds them to show them
    QObject::connect(&loader, &TokenLoader::finished, &app, [&](const TokenLoadResult &result) {
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        loaded = result;
        QJsonObject line{{QStringLiteral("side"), QStringLiteral("cpp")},
                         {QStringLiteral("tokens"), int(result.tokens.size())},
                         {QStringLiteral("ms"), ms},
                         {QStringLiteral("maxRssKb"), peakRssKb()}};
        if (result.isPartial()) {
            line.insert(QStringLiteral("error"), ApiError::kindName(result.failures.first().kind));
            exitCode = 1;
        }
        printJsonLine(line);
        app.quit();
    });
    const QString projectId = qEnvironmentVariable("SCW_DEFAULT_PROJECT_ID");
    QList<ProjectRegion> parts;
    for (Region region : allRegions())
        parts.append({projectId, region});
    loader.loadParts(parts, TokenLoader::Lists::FewLong); // as the app loads one project
    app.exec();
    return exitCode;
}

// The protocols of the gateway's access log lines from `from` on: "HTTP/2.0 ×12".
QString protocolsSince(const TestGateway &gateway, qsizetype from)
{
    const QMap<QString, int> counts = gateway.requestsByProtocol(from);
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

struct Client
{
    QString program;
    QStringList arguments;
    Series series;
    QString protocols; // through the gateway, of the last run
};

// One load by `client`, counted by protocol when a gateway is in between.
bool measure(Client &client, const QProcessEnvironment &environment, const TestGateway *gateway,
             QString *error)
{
    const qsizetype before = gateway ? gateway->accessLog().size() : 0;
    Sample sample;
    if (!runChild(client.program, client.arguments, environment, &sample, error))
        return false;
    client.series.add(sample);
    if (gateway)
        client.protocols = protocolsSince(*gateway, before);
    return true;
}

struct Row
{
    int latency = 0;
    Client cpp;
    Client js;
};

void printRow(QTextStream &out, const QString &latency, const QString &name, const QString &tokens,
              const QString &time, const QString &rss)
{
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(latency, -9)
               .arg(name, -44)
               .arg(tokens, 7)
               .arg(time, 10)
               .arg(rss, 14);
}

void printTable(QTextStream &out, const QList<Row> &rows, bool withJs, bool gateway)
{
    printRow(out, translated("latency"), translated("client"), translated("tokens"),
             translated("time (ms)"), translated("peak RSS (MB)"));
    const auto idle =
        std::find_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.latency == 0; });
    const double idleMs = idle != rows.cend() ? idle->cpp.series.medianMs() : 0.0;
    for (const Row &row : rows) {
        const QString latency = QStringLiteral("%1 ms").arg(row.latency);
        auto line = [&](const QString &name, const Client &client) {
            const QString label =
                gateway ? QStringLiteral("%1 [%2]").arg(name, client.protocols) : name;
            printRow(out, latency, label, QString::number(client.series.tokens),
                     QString::number(client.series.medianMs(), 'f', 0),
                     QString::number(client.series.medianRssMb(), 'f', 1));
        };
        line(translated("core client (C++)"), row.cpp);
        if (gateway && row.latency > 0) {
            // No client can do better than one round trip (page 1 of every region at once,
            // the other pages with it) plus the work that is not waiting: its own time at 0 ms.
            const double floorMs = row.latency + idleMs;
            printRow(out, QString(),
                     idleMs > 0 ? translated("physical limit (1 round trip + 0 ms time)")
                                : translated("physical limit (1 round trip)"),
                     QString(), QString::number(floorMs, 'f', 0), QString());
            printRow(out, QString(), translated("ratio core / limit"), QString(),
                     QStringLiteral("%1x").arg(row.cpp.series.medianMs() / floorMs, 0, 'f', 2),
                     QString());
        }
        if (!withJs)
            continue;
        line(translated("JS SDK (.all(), per region)"), row.js);
        printRow(out, QString(), translated("ratio JS / core"), QString(),
                 QStringLiteral("%1x").arg(row.js.series.medianMs() / row.cpp.series.medianMs(), 0,
                                           'f', 2),
                 QStringLiteral("%1x").arg(
                     row.js.series.medianRssMb() / row.cpp.series.medianRssMb(), 0, 'f', 2));
        if (row.js.series.tokens != row.cpp.series.tokens)
            out << translated("warning: the two clients loaded different token counts") << '\n';
    }
}

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
    const BenchPeerOptions peers;
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
    const QCommandLineOption gatewayOption(
        QStringLiteral("gateway"),
        translated("Load through nginx (TLS, HTTP/2 by ALPN), as from the real API."));
    const QCommandLineOption childOption(QStringLiteral("child-load"),
                                         translated("Internal: one load with the core client."));
    parser.addOptions(peers.all());
    parser.addOptions(
        {tokensOption, latenciesOption, runsOption, noJsOption, gatewayOption, childOption});
    parser.process(app);

    if (parser.isSet(childOption))
        return runChildLoad(app);

    QTextStream out(stdout);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool withJs = !parser.isSet(noJsOption);
    const bool throughGateway = parser.isSet(gatewayOption);
    const QStringList latencies = parser.value(latenciesOption).split(QLatin1Char(','));
    QList<Row> rows;

    for (const QString &latencyText : latencies) {
        const int latency = latencyText.trimmed().toInt();
        BenchEmulatorProcess emulator;
        QString error;
        if (!emulator.start(parser.value(peers.emulator),
                            {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--tokens"), parser.value(tokensOption),
                             QStringLiteral("--latency-ms"), QString::number(latency)},
                            &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QProcessEnvironment environment = benchEnvironment(emulator, parser.value(peers.modules));
        std::optional<TestGateway> gateway;
        if (throughGateway) {
            gateway.emplace();
            if (!routeThroughGateway(*gateway, emulator, &environment)) {
                std::fprintf(stderr, "%s\n", qPrintable(gateway->error()));
                return 1;
            }
        }

        Row row;
        row.latency = latency;
        row.cpp.program = QCoreApplication::applicationFilePath();
        row.cpp.arguments = {QStringLiteral("--child-load")};
        row.js.program = parser.value(peers.node);
        row.js.arguments = {parser.value(peers.script)};
        const TestGateway *between = gateway ? &*gateway : nullptr;
        // Alternate the two clients, so that a machine busy for a while weighs on both.
        for (int run = 0; run < runs; ++run) {
            if (!measure(row.cpp, environment, between, &error) ||
                (withJs && !measure(row.js, environment, between, &error))) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        rows.append(row);
    }

    out << (throughGateway
                ? translated("Loading every token of one project over 3 regions through nginx "
                             "(TLS) from cockpit-emulator (%1 tokens generated; median of %2 "
                             "runs, each in a fresh process; [protocols of the last run])")
                : translated("Loading every token of one project over 3 regions from "
                             "cockpit-emulator (%1 tokens generated; median of %2 runs, each in "
                             "a fresh process)"))
               .arg(parser.value(tokensOption))
               .arg(runs)
        << '\n';
    printTable(out, rows, withJs, throughGateway);
    if (throughGateway && withJs) {
        const auto at100 = std::find_if(rows.cbegin(), rows.cend(),
                                        [](const Row &row) { return row.latency == 100; });
        if (at100 != rows.cend()) {
            out << QStringLiteral("gateway-load: %1x faster than the JS SDK at 100 ms\n")
                       .arg(at100->js.series.medianMs() / at100->cpp.series.medianMs(), 0, 'f', 1);
        }
    }
    out.flush();
    return 0;
}
