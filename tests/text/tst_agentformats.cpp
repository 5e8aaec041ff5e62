// Each agent's configuration read back in its own format and compared with the shape Scaleway
// publishes (spec "Pushing data with a token"): YAML through yaml-cpp, Alloy and Fluent Bit
// through small structural readers, every Prometheus configuration through `promtool check
// config`, and the curl script through `sh -n`. A secret with YAML and Alloy metacharacters
// proves the quoting.
#include "AgentConfigReaders.h"
#include "AgentFixtures.h"

#include "text/AgentConfig.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

Q_DECLARE_METATYPE(cockpit::AgentOptions)

using namespace cockpit;
using namespace agentdata;

namespace {

// Quotes, backslash, '#', ': ' and a tab: all of them must survive every format's quoting.
const QString kTrickySecret = QStringLiteral("a\"b\\c # d: e\tf'g");

YAML::Node yaml(const AgentConfig &config)
{
    return YAML::Load(config.text.toStdString());
}

QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
}

AgentConfig make(AgentKind kind, DataSourceType type, const QString &secret = kSecret,
                 const AgentOptions &options = {})
{
    return AgentConfigs::generate(kind, source(type), token(allPush() | allQuery()), Secret(secret),
                                  options);
}

AgentOptions local()
{
    AgentOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:41234/push/3c5e7a90"));
    return options;
}

} // namespace

class TestAgentFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prometheusHasTheRemoteWriteShape()
    {
        for (const QString &secret : {kSecret, kTrickySecret}) {
            const AgentConfig config = make(AgentKind::Prometheus, DataSourceType::Metrics, secret);
            QCOMPARE(config.fileName, QStringLiteral("prometheus.yml"));
            QCOMPARE(config.syntax, AgentSyntax::Yaml);
            const YAML::Node root = yaml(config);
            const YAML::Node write = root["remote_write"];
            QVERIFY(write.IsSequence());
            QCOMPARE(write.size(), std::size_t(1));
            QCOMPARE(str(write[0]["url"]), source(DataSourceType::Metrics).url.toString() +
                                               QStringLiteral("/api/v1/push"));
            QCOMPARE(str(write[0]["headers"]["X-TOKEN"]), secret);
            QCOMPARE(str(write[0]["authorization"]["type"]), QStringLiteral("Bearer"));
            QCOMPARE(str(write[0]["authorization"]["credentials"]), secret);
            QCOMPARE(str(root["scrape_configs"][0]["job_name"]), QStringLiteral("prometheus"));
            QCOMPARE(str(root["global"]["scrape_interval"]), QStringLiteral("60s"));
        }
    }

    // A name that holds a Unicode line break (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) cannot
    // end a comment line for a YAML 1.1 reader and start a key of its own: no generated text holds
    // one, in a comment or in a quoted value.
    void unicodeLineBreaksNeverReachTheFile()
    {
        DataSource evil = source(DataSourceType::Metrics);
        Token named = token(allPush() | allQuery());
        for (const char16_t breaker : {u'\u0085', u'\u2028', u'\u2029'}) {
            evil.name = QStringLiteral("shop") + QChar(breaker) +
                        QStringLiteral("scrape_configs: [{job_name: injected}]");
            named.name = QStringLiteral("agent") + QChar(breaker) + QStringLiteral("x");
            for (AgentKind kind : {AgentKind::Alloy, AgentKind::Prometheus, AgentKind::FluentBit,
                                   AgentKind::OpenTelemetryCollector, AgentKind::Curl,
                                   AgentKind::GrafanaDataSource}) {
                const AgentConfig config =
                    AgentConfigs::generate(kind, evil, named, Secret(kSecret), {});
                for (const QChar c : config.text)
                    QVERIFY2(c.unicode() != breaker,
                             qPrintable(QStringLiteral("kind %1 keeps U+%2")
                                            .arg(int(kind))
                                            .arg(int(breaker), 4, 16, QLatin1Char('0'))));
            }
        }
    }

    void promtoolAcceptsEveryPrometheusConfiguration_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<AgentOptions>("options");
        AgentOptions fast = local();
        fast.scrapeIntervalSeconds = 1;
        fast.prometheusSelfAddress = QStringLiteral("127.0.0.1:19090");
        QTest::newRow("real url") << kSecret << AgentOptions();
        QTest::newRow("tricky secret") << kTrickySecret << AgentOptions();
        QTest::newRow("emulator, fast") << kSecret << fast;
    }
    void promtoolAcceptsEveryPrometheusConfiguration()
    {
        QFETCH(QString, secret);
        QFETCH(AgentOptions, options);
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QFAIL("promtool not found: run scripts/install-deps (Debian package prometheus)");
        const AgentConfig config =
            make(AgentKind::Prometheus, DataSourceType::Metrics, secret, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(config.fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.text.toUtf8());
        file.close();
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("config"), file.fileName()});
        QVERIFY(check.waitForFinished(30000));
        const QByteArray output = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, output.constData());
        QVERIFY(output.contains("SUCCESS"));
    }

    void alloyHasScalewaysComponents_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("path");
        QTest::newRow("metrics") << DataSourceType::Metrics
                                 << QStringLiteral("prometheus.remote_write") << "/api/v1/push";
        QTest::newRow("logs") << DataSourceType::Logs << QStringLiteral("loki.write")
                              << "/loki/api/v1/push";
        QTest::newRow("traces") << DataSourceType::Traces
                                << QStringLiteral("otelcol.exporter.otlphttp") << "/otlp/v1/traces";
    }
    void alloyHasScalewaysComponents()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QString, component);
        QFETCH(QString, path);
        const AgentConfig config = make(AgentKind::Alloy, type, kTrickySecret);
        QCOMPARE(config.syntax, AgentSyntax::Alloy);
        QString error;
        const QList<AlloyBlock> blocks = readAlloy(config.text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AlloyBlock root;
        root.blocks = blocks;
        const AlloyBlock *cockpit = root.child(component, QStringLiteral("cockpit"));
        QVERIFY(cockpit);
        const QString base = source(type).url.toString();
        QVariantMap headers;
        if (type == DataSourceType::Traces) {
            const AlloyBlock *client = cockpit->child(QStringLiteral("client"));
            QVERIFY(client);
            QCOMPARE(client->attributes.value(QStringLiteral("endpoint")).toString(), base);
            QCOMPARE(cockpit->attributes.value(QStringLiteral("traces_endpoint")).toString(),
                     base + path);
            headers = client->attributes.value(QStringLiteral("headers")).toMap();
        } else {
            const AlloyBlock *endpoint = cockpit->child(QStringLiteral("endpoint"));
            QVERIFY(endpoint);
            QCOMPARE(endpoint->attributes.value(QStringLiteral("url")).toString(), base + path);
            headers = endpoint->attributes.value(QStringLiteral("headers")).toMap();
        }
        QCOMPARE(headers.value(QStringLiteral("X-TOKEN")).toString(), kTrickySecret);
        // Every reference names a component of the file, so that Alloy can wire it.
        for (const AlloyBlock &block : blocks) {
            for (const QVariant &value : block.attributes) {
                const QVariantList refs = value.typeId() == QMetaType::QVariantList
                                              ? value.toList()
                                              : QVariantList{value};
                for (const QVariant &ref : refs) {
                    const QString text = ref.toString();
                    if (!text.startsWith(u'@') || text.front().isDigit())
                        continue;
                    const QStringList parts = text.mid(1).split(u'.');
                    QVERIFY(parts.size() >= 3);
                    const QString name = parts.mid(0, parts.size() - 2).join(u'.');
                    QVERIFY2(root.child(name, parts.at(parts.size() - 2)), qPrintable(text));
                }
            }
        }
    }

    void fluentBitHasTheCliShape_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QString>("uriKey");
        QTest::addColumn<QString>("input");
        QTest::newRow("logs") << DataSourceType::Logs << "Logs_uri"
                              << "tail";
        QTest::newRow("metrics") << DataSourceType::Metrics << "Metrics_uri"
                                 << "node_exporter_metrics";
        QTest::newRow("traces") << DataSourceType::Traces << "Traces_uri"
                                << "opentelemetry";
    }
    void fluentBitHasTheCliShape()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QString, uriKey);
        QFETCH(QString, input);
        const AgentConfig config = make(AgentKind::FluentBit, type);
        QCOMPARE(config.syntax, AgentSyntax::FluentBitClassic);
        QString error;
        const QList<FluentBitSection> sections = readFluentBit(config.text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(1).name, QStringLiteral("INPUT"));
        QCOMPARE(sections.at(1).value(QStringLiteral("Name")), input);
        const FluentBitSection &out = sections.at(2);
        QCOMPARE(out.name, QStringLiteral("OUTPUT"));
        QCOMPARE(out.value(QStringLiteral("Name")), QStringLiteral("opentelemetry"));
        QCOMPARE(out.value(QStringLiteral("Host")), source(type).url.host());
        QCOMPARE(out.value(QStringLiteral("Port")), QStringLiteral("443"));
        QCOMPARE(out.value(uriKey), AgentConfigs::otlpPushPath(type));
        QCOMPARE(out.value(QStringLiteral("Tls")), QStringLiteral("On"));
        QCOMPARE(out.values(QStringLiteral("Header")),
                 QStringList{QStringLiteral("X-TOKEN ") + kSecret});

        const QList<FluentBitSection> locally =
            readFluentBit(make(AgentKind::FluentBit, type, kSecret, local()).text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(locally.at(2).value(QStringLiteral("Host")), QStringLiteral("127.0.0.1"));
        QCOMPARE(locally.at(2).value(QStringLiteral("Port")), QStringLiteral("41234"));
        QCOMPARE(locally.at(2).value(QStringLiteral("Tls")), QStringLiteral("Off"));
        QCOMPARE(locally.at(2).value(uriKey),
                 QStringLiteral("/push/3c5e7a90") + AgentConfigs::otlpPushPath(type));
    }

    void openTelemetryCollectorUsesPerSignalEndpoints_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::newRow("metrics") << DataSourceType::Metrics;
        QTest::newRow("logs") << DataSourceType::Logs;
        QTest::newRow("traces") << DataSourceType::Traces;
    }
    void openTelemetryCollectorUsesPerSignalEndpoints()
    {
        QFETCH(DataSourceType, type);
        const QString signal = dataSourceTypeId(type);
        const YAML::Node root = yaml(make(AgentKind::OpenTelemetryCollector, type, kTrickySecret));
        const YAML::Node exporter = root["exporters"]["otlphttp/cockpit"];
        QVERIFY(exporter.IsMap());
        QCOMPARE(str(exporter[QString(signal + QStringLiteral("_endpoint")).toStdString()]),
                 source(type).url.toString() + AgentConfigs::otlpPushPath(type));
        QVERIFY(!exporter["endpoint"]); // the Collector would append /v1/<signal> to it
        QCOMPARE(str(exporter["headers"]["X-TOKEN"]), kTrickySecret);
        QVERIFY(root["receivers"]["otlp"]["protocols"]["http"].IsMap());
        const YAML::Node pipeline = root["service"]["pipelines"][signal.toStdString()];
        QVERIFY(pipeline.IsMap());
        QCOMPARE(str(pipeline["receivers"][0]), QStringLiteral("otlp"));
        QCOMPARE(str(pipeline["exporters"][0]), QStringLiteral("otlphttp/cockpit"));
        QVERIFY(root["processors"][str(pipeline["processors"][0]).toStdString()]);
    }

    void grafanaDataSourceHasUrlAndHeader_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("metrics") << DataSourceType::Metrics << "prometheus"
                                 << "/prometheus";
        QTest::newRow("logs") << DataSourceType::Logs << "loki"
                              << "";
        QTest::newRow("traces") << DataSourceType::Traces << "tempo"
                                << "";
    }
    void grafanaDataSourceHasUrlAndHeader()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QString, plugin);
        QFETCH(QString, suffix);
        const YAML::Node root = yaml(make(AgentKind::GrafanaDataSource, type, kTrickySecret));
        QCOMPARE(root["apiVersion"].as<int>(), 1);
        const YAML::Node ds = root["datasources"][0];
        QCOMPARE(str(ds["type"]), plugin);
        QCOMPARE(str(ds["url"]), source(type).url.toString() + suffix);
        QCOMPARE(str(ds["jsonData"]["httpHeaderName1"]), QStringLiteral("X-Token"));
        QCOMPARE(str(ds["secureJsonData"]["httpHeaderValue1"]), kTrickySecret);
    }

    void curlScriptIsValidShell_data()
    {
        QTest::addColumn<DataSourceType>("type");
        QTest::addColumn<QString>("path");
        QTest::newRow("metrics") << DataSourceType::Metrics << "/otlp/v1/metrics";
        QTest::newRow("logs") << DataSourceType::Logs << "/loki/api/v1/push";
        QTest::newRow("traces") << DataSourceType::Traces << "/otlp/v1/traces";
    }
    void curlScriptIsValidShell()
    {
        QFETCH(DataSourceType, type);
        QFETCH(QString, path);
        const AgentConfig config = make(AgentKind::Curl, type, kTrickySecret);
        QCOMPARE(config.syntax, AgentSyntax::Shell);
        QVERIFY(config.text.startsWith(QLatin1String("#!/bin/sh\n")));
        QVERIFY(config.text.contains(u'\'' + source(type).url.toString() + path + u'\''));
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-n"), QStringLiteral("-c"), config.text});
        QVERIFY(shell.waitForFinished(10000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestAgentFormats)
#include "tst_agentformats.moc"
