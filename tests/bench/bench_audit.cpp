// cockpit-bench-audit: the whole organization at once. The emulator (a separate process) holds
// many projects and tokens, with the gateway's rate limit on and a latency added to every
// answer. The app's loading code (the session's project list, then its TokenLoader
// over every project and region, with the app's default client settings) runs next to the loop
// the JS SDK's users write (the projects, then each project and region in turn with `.all()`),
// against the same emulator, in one run, through nginx (TLS; HTTP/2 where the client speaks it)
// as they meet the real API (--plain: straight to the emulator). It prints each side's requests,
// time, throttled answers and errors, then one summary line:
//   audit: <projects> projects, <tokens> tokens, <percent>% of the rate limit,
//          <errors> user-visible errors, <ratio>x faster than the JS SDK loop
// Not a test: it never fails on its figures.
#include "BenchEmulatorProcess.h"
#include "BenchPeers.h"
#include "TestGateway.h"
#include "api/NetworkEnvironment.h"
#include "api/Region.h"
#include "services/CockpitSession.h"
#include "services/ProjectService.h"
#include "services/TokenLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace cockpit;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit-bench-audit", text);
}

// Counts what goes on the wire: every request, and the answers the gateway throttled.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int requests = 0;
    int throttled = 0;

private:
    QElapsedTimer m_clock;
    const bool m_trace = qEnvironmentVariableIsSet("COCKPIT_BENCH_TRACE");

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++requests;
        if (!m_clock.isValid())
            m_clock.start();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        const qint64 sentAt = m_clock.elapsed();
        connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 429)
                ++throttled;
            // COCKPIT_BENCH_TRACE: when each request went and came back, to see where time goes.
            if (m_trace)
                std::fprintf(stderr, "%7lld -> %7lld  %d  remaining %s\n", sentAt,
                             m_clock.elapsed(), status,
                             reply->rawHeader("X-Ratelimit-Remaining").constData());
        });
        return reply;
    }
};

struct Side
{
    int projects = 0;
    int tokens = 0;
    int requests = 0;
    int throttled = 0;
    int errors = 0; // what the user would see fail
    double ms = 0;
};

// The app's way: the project list, then every project in every region at once, paced.
Side loadLikeTheApp(const BenchEmulatorProcess &emulator, const QProcessEnvironment &environment)
{
    CountingNetwork network;
    // As the app does at start: SSL_CERT_FILE (the gateway's test CA), proxies.
    applyNetworkEnvironment(&network, environment);
    ApiCredentials credentials;
    credentials.accessKey = emulator.value(QStringLiteral("SCW_ACCESS_KEY"));
    credentials.secretKey = Secret(emulator.value(QStringLiteral("SCW_SECRET_KEY")));
    credentials.organizationId = emulator.value(QStringLiteral("SCW_DEFAULT_ORGANIZATION_ID"));
    credentials.projectId = emulator.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID"));
    credentials.apiUrl = QUrl(environment.value(QStringLiteral("SCW_API_URL")));
    CockpitSession session(&network, credentials); // the app's default client settings

    Side side;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(session.projects(), &ProjectService::loaded, &loop, [&] {
        side.projects = int(session.projects()->projects().size());
        side.errors += session.projects()->listError().isError() ? 1 : 0;
        session.loader()->load(session.projects()->projects(), allRegions());
    });
    QObject::connect(session.projects(), &ProjectService::loadFailed, &loop, [&] {
        ++side.errors;
        loop.quit();
    });
    QObject::connect(session.loader(), &TokenLoader::finished, &loop,
                     [&](const TokenLoadResult &result) {
                         side.tokens = int(result.tokens.size());
                         side.errors += int(result.failures.size());
                         loop.quit();
                     });
    QTimer::singleShot(30 * 60 * 1000, &loop, [&] {
        ++side.errors; // bounded: half an hour at most
        loop.quit();
    });
    session.projects()->load();
    loop.exec();
    side.ms = double(timer.nsecsElapsed()) / 1e6;
    side.requests = network.requests;
    side.throttled = network.throttled;
    return side;
}

// The JS SDK loop, in node; it prints one JSON line.
bool loadLikeTheJsSdk(const QString &node, const QString &script,
                      const QProcessEnvironment &environment, Side *side, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(node, {script});
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0) {
        *error = translated("The JS SDK loop failed (exit code %1).").arg(process.exitCode());
        return false;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
    side->projects = result.value(QLatin1String("projects")).toInt();
    side->tokens = result.value(QLatin1String("tokens")).toInt();
    side->requests = result.value(QLatin1String("requests")).toInt();
    side->throttled = result.value(QLatin1String("throttled")).toInt();
    side->errors = result.value(QLatin1String("errors")).toInt();
    side->ms = result.value(QLatin1String("ms")).toDouble();
    return true;
}

void printSide(QTextStream &out, const QString &name, const Side &side, int rate)
{
    const double seconds = side.ms / 1000.0;
    const double bound = double(side.requests) / rate;
    out << QStringLiteral("%1  %2 projects  %3 tokens  %4 requests  %5 s (bound %6 s, %7x)  "
                          "%8 req/s = %9% of the limit  %10 throttled  %11 errors")
               .arg(name, -26)
               .arg(side.projects)
               .arg(side.tokens)
               .arg(side.requests)
               .arg(seconds, 0, 'f', 1)
               .arg(bound, 0, 'f', 1)
               .arg(seconds / bound, 0, 'f', 2)
               .arg(side.requests / seconds, 0, 'f', 1)
               .arg(100.0 * side.requests / seconds / rate, 0, 'f', 0)
               .arg(side.throttled)
               .arg(side.errors)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        translated("Loads every token of an organization with the app's code and with the JS SDK "
                   "loop, against the emulator with its rate limit on."));
    parser.addHelpOption();
    const BenchPeerOptions peers;
    const QCommandLineOption projectsOption(QStringLiteral("projects"),
                                            translated("Projects in the organization."),
                                            translated("count"), QStringLiteral("200"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"),
                                          translated("Tokens to generate over the projects."),
                                          translated("count"), QStringLiteral("30000"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
                                        translated("The gateway's requests per second."),
                                        translated("n"), QStringLiteral("50"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           translated("Latency of every answer."), translated("ms"),
                                           QStringLiteral("100"));
    const QCommandLineOption noJsOption(QStringLiteral("no-js"), translated("Skip the JS SDK."));
    const QCommandLineOption plainOption(
        QStringLiteral("plain"),
        translated("Straight to the emulator (HTTP/1.1), not through nginx."));
    parser.addOptions(peers.all());
    parser.addOptions(
        {projectsOption, tokensOption, rateOption, latencyOption, noJsOption, plainOption});
    parser.process(app);

    QTextStream out(stdout);
    const int rate = std::max(1, parser.value(rateOption).toInt());
    // The demo organization has 3 projects; the emulator adds projects-1 beside its default.
    const int projects = std::max(3, parser.value(projectsOption).toInt());
    BenchEmulatorProcess emulator;
    QString error;
    if (!emulator.start(parser.value(peers.emulator),
                        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tokens"),
                         parser.value(tokensOption), QStringLiteral("--projects"),
                         QString::number(projects - 2), QStringLiteral("--rate-limit"),
                         QString::number(rate), QStringLiteral("--low-delay"),
                         QStringLiteral("--latency-ms"), parser.value(latencyOption)},
                        &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    out << translated("emulator: %1 projects, %2 generated tokens, %3 requests/s per key, %4 ms "
                      "latency")
               .arg(projects)
               .arg(parser.value(tokensOption), QString::number(rate), parser.value(latencyOption))
        << Qt::endl;

    QProcessEnvironment environment = benchEnvironment(emulator, parser.value(peers.modules));
    std::optional<TestGateway> gateway;
    if (!parser.isSet(plainOption)) {
        gateway.emplace();
        if (!routeThroughGateway(*gateway, emulator, &environment)) {
            std::fprintf(stderr, "%s\n", qPrintable(gateway->error()));
            return 1;
        }
        out << translated("through nginx at %1").arg(gateway->baseUrl().toString()) << Qt::endl;
    }

    const Side ours = loadLikeTheApp(emulator, environment);
    printSide(out, translated("app (TokenLoader)"), ours, rate);
    Side js;
    const bool withJs = !parser.isSet(noJsOption);
    if (withJs) {
        // A fresh rate-limit window for the other side.
        QThread::sleep(2);
        if (!loadLikeTheJsSdk(parser.value(peers.node), parser.value(peers.script), environment,
                              &js, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        printSide(out, translated("JS SDK loop"), js, rate);
    }
    const double seconds = ours.ms / 1000.0;
    out << QStringLiteral("audit: %1 projects, %2 tokens, %3% of the rate limit, %4 user-visible "
                          "errors, %5x faster than the JS SDK loop")
               .arg(ours.projects)
               .arg(ours.tokens)
               .arg(100.0 * ours.requests / seconds / rate, 0, 'f', 0)
               .arg(ours.errors)
               .arg(withJs ? QString::number(js.ms / ours.ms, 'f', 1) : translated("n/a"))
        << Qt::endl;
    return 0;
}
