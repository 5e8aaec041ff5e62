// A shell script that sends one test sample with curl and prints the HTTP status: a Loki JSON
// push for logs, OTLP/JSON for metrics and traces (Prometheus remote_write needs snappy-compressed
// protobuf, which curl cannot make). The secret goes to curl on its standard input (-H @-), so
// that it never shows in the process list.
#include "AgentConfigWriters.h"

#include "AgentConfig.h"

#include <QUuid>

namespace cockpit::AgentConfigWriters {
namespace {

const QLatin1String
    kResource("{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":"
              "\"cockpit-tokens-test\"}}]},");

// The JSON of one sample, with NOW where the time (whole seconds) goes.
QString bodyTemplate(DataSourceType type)
{
    switch (type) {
    case DataSourceType::Logs:
        return QStringLiteral("{\"streams\":[{\"stream\":{\"job\":\"cockpit-tokens-test\"},"
                              "\"values\":[[\"NOW000000000\",\"Test log line sent by Cockpit "
                              "Tokens\"]]}]}");
    case DataSourceType::Metrics:
        return QLatin1String("{\"resourceMetrics\":[") + kResource +
               QLatin1String("\"scopeMetrics\":[{\"scope\":{\"name\":\"cockpit-tokens\"},"
                             "\"metrics\":[{\"name\":\"cockpit_tokens_test\",\"unit\":\"1\","
                             "\"gauge\":{\"dataPoints\":[{\"asDouble\":1,\"timeUnixNano\":"
                             "\"NOW000000000\"}]}}]}]}]}");
    case DataSourceType::Traces:
        return QLatin1String("{\"resourceSpans\":[") + kResource +
               QLatin1String("\"scopeSpans\":[{\"scope\":{\"name\":\"cockpit-tokens\"},"
                             "\"spans\":[{\"traceId\":\"") +
               QUuid::createUuid().toString(QUuid::Id128) + QLatin1String("\",\"spanId\":\"") +
               QUuid::createUuid().toString(QUuid::Id128).left(16) +
               QLatin1String("\",\"name\":\"cockpit-tokens-test\",\"kind\":1,"
                             "\"startTimeUnixNano\":\"NOW000000000\","
                             "\"endTimeUnixNano\":\"NOW500000000\"}]}]}]}");
    case DataSourceType::Unknown:
        break;
    }
    return {};
}

// The body as a shell word: single-quoted, with $now spliced in where the template says NOW.
// (Not QString::arg: in "%1000000000" it would read the placeholder %10.)
QString body(DataSourceType type)
{
    QString text = bodyTemplate(type);
    text.replace(QLatin1String("NOW"), QLatin1String("'\"${now}\"'"));
    return u'\'' + text + u'\'';
}

} // namespace

AgentConfig curl(const Target &target)
{
    const DataSourceType type = target.source.type;
    const QString path = type == DataSourceType::Logs ? AgentConfigs::nativePushPath(type)
                                                      : AgentConfigs::otlpPushPath(type);
    const QString secret = target.secret.expose();
    // The header goes through a here-document, one line: a line break would end it.
    if (secret.contains(u'\n') || secret.contains(u'\r'))
        return {};

    AgentConfig config;
    config.fileName = QStringLiteral("cockpit-test-sample.sh");
    config.syntax = AgentSyntax::Shell;
    QString &text = config.text;
    text += QLatin1String("#!/bin/sh\n");
    text += preamble(target, QStringLiteral("#"),
                     QStringLiteral("Sends one test sample with curl: sh cockpit-test-sample.sh"));
    text += QLatin1String("# Expect HTTP ") +
            (type == DataSourceType::Logs ? QLatin1String("204") : QLatin1String("200")) +
            QLatin1String(".\nset -eu\n\n");
    text += QLatin1String("now=$(date +%s)\n");
    text += QLatin1String("curl -sS -o /dev/null -w 'HTTP %{http_code}\\n' -X POST \\\n");
    text += QLatin1String("  -H 'Content-Type: application/json' \\\n");
    text += QLatin1String("  -H @- \\\n");
    text += QLatin1String("  --data-binary ") + body(type) + QLatin1String(" \\\n");
    text += QLatin1String("  ") + shellQuoted(target.url(path)) +
            QLatin1String(" <<'COCKPIT_TOKEN_HEADER'\n");
    text += QLatin1String("X-TOKEN: ") + secret + u'\n';
    text += QLatin1String("COCKPIT_TOKEN_HEADER\n");
    return config;
}

} // namespace cockpit::AgentConfigWriters
