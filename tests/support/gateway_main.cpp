// cockpit-test-gateway: the test suite's TLS + HTTP/2 gateway (TestGateway: a real nginx) as a
// program of its own, in front of an upstream such as a `cockpit-emulator` process. For what
// cannot link TestGateway: the JS SDK conformance suite (Node.js must trust the CA before it
// starts, hence --certificates) and a manual run of `cockpit-tokens` against a misbehaving
// gateway. Prints KEY=value lines once nginx listens; on SIGTERM or Ctrl+C stops nginx and
// prints how many requests went through it, by protocol. A developer tool: nothing here is shown
// to the app's users.
//
//   cockpit-emulator --port 0          # prints COCKPIT_EMULATOR_URL=http://127.0.0.1:40123
//   cockpit-test-gateway --upstream http://127.0.0.1:40123 --goaway-after 3 --max-streams 2
//   SCW_API_URL=https://127.0.0.1:<port> SSL_CERT_FILE=<COCKPIT_GATEWAY_CA> cockpit-tokens
#include "TestGateway.h"
#include "emulator/testing/StopSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <numeric>

namespace {

bool readCount(const QCommandLineParser &parser, const QString &name, int minimum, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int read = parser.value(name).toInt(&ok);
    if (!ok || read < minimum) {
        std::fprintf(stderr, "cockpit-test-gateway: --%s needs a whole number >= %d\n",
                     qPrintable(name), minimum);
        return false;
    }
    *value = read;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cockpit-test-gateway"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("nginx (TLS, HTTP/2) in front of an upstream, for tests and manual runs."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("upstream"), QStringLiteral("Where to proxy to (http://127.0.0.1:<port>)."),
         QStringLiteral("url")},
        {QStringLiteral("certificates"),
         QStringLiteral("A folder make-test-certificates.sh made (default: new ones)."),
         QStringLiteral("folder")},
        {QStringLiteral("goaway-after"),
         QStringLiteral("GOAWAY after this many requests on a connection."), QStringLiteral("n")},
        {QStringLiteral("max-streams"), QStringLiteral("At most this many concurrent streams."),
         QStringLiteral("n")},
        {QStringLiteral("http1"), QStringLiteral("Offer HTTP/1.1 only (no HTTP/2 by ALPN).")},
    });
    parser.process(app);

    const QUrl upstream(parser.value(QStringLiteral("upstream")));
    if (!upstream.isValid() || upstream.scheme() != QLatin1String("http") || upstream.port() <= 0) {
        std::fprintf(stderr,
                     "cockpit-test-gateway: --upstream http://127.0.0.1:<port> is needed\n");
        return 2;
    }
    TestGateway::Options options;
    if (!readCount(parser, QStringLiteral("goaway-after"), 1, &options.goawayAfterRequests) ||
        !readCount(parser, QStringLiteral("max-streams"), 1, &options.maxConcurrentStreams))
        return 2;
    options.http2 = !parser.isSet(QStringLiteral("http1"));

    TestGateway gateway;
    if (parser.isSet(QStringLiteral("certificates")))
        gateway.useCertificates(parser.value(QStringLiteral("certificates")));
    if (!gateway.start(upstream, options)) {
        std::fprintf(stderr, "cockpit-test-gateway: %s\n", qPrintable(gateway.error()));
        return 1;
    }

    cockpit::StopSignalWatcher stopWatcher;
    QObject::connect(&stopWatcher, &cockpit::StopSignalWatcher::stopRequested, &app,
                     &QCoreApplication::quit);

    // Machine-read lines: fixed keys.
    std::printf("COCKPIT_GATEWAY_URL=%s\n", qPrintable(gateway.baseUrl().toString()));
    std::printf("COCKPIT_GATEWAY_CA=%s\n", qPrintable(gateway.caFile()));
    std::fflush(stdout);

    const int status = app.exec();
    const QMap<QString, int> byProtocol = gateway.requestsByProtocol();
    gateway.stop();
    std::printf("COCKPIT_GATEWAY_REQUESTS=%d\n",
                std::accumulate(byProtocol.cbegin(), byProtocol.cend(), 0));
    for (auto it = byProtocol.cbegin(); it != byProtocol.cend(); ++it)
        std::printf("COCKPIT_GATEWAY_REQUESTS_%s=%d\n",
                    qPrintable(QString(it.key()).replace(u'/', u'_').replace(u'.', u'_')),
                    it.value());
    std::fflush(stdout);
    return status;
}
