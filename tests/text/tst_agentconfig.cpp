// AgentConfigs' rules: which agents fit a (data source, token) pair and the sentence that says
// why not, the base URL and push paths, generate() refusing what does not fit, and the quoting
// that keeps any secret intact in each format.
#include "AgentFixtures.h"

#include "text/AgentConfig.h"

#include <QProcess>
#include <QTest>

using namespace cockpit;
using namespace agentdata;

Q_DECLARE_METATYPE(cockpit::AgentKind)
Q_DECLARE_METATYPE(cockpit::AgentUnfit)

class TestAgentConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fits_data()
    {
        QTest::addColumn<AgentKind>("kind");
        QTest::addColumn<DataSource>("source");
        QTest::addColumn<Token>("token");
        QTest::addColumn<AgentUnfit>("unfit");
        const auto m = DataSourceType::Metrics;
        const auto l = DataSourceType::Logs;
        const auto t = DataSourceType::Traces;
        using K = AgentKind;
        using U = AgentUnfit;
        QTest::newRow("alloy metrics") << K::Alloy << source(m) << token(allPush()) << U::None;
        QTest::newRow("alloy traces") << K::Alloy << source(t) << token(allPush()) << U::None;
        QTest::newRow("prometheus metrics")
            << K::Prometheus << source(m) << token(TokenScope::WriteOnlyMetrics) << U::None;
        QTest::newRow("prometheus logs")
            << K::Prometheus << source(l) << token(allPush()) << U::TypeNotSupported;
        QTest::newRow("fluent bit logs")
            << K::FluentBit << source(l) << token(TokenScope::WriteOnlyLogs) << U::None;
        QTest::newRow("collector traces") << K::OpenTelemetryCollector << source(t)
                                          << token(TokenScope::WriteOnlyTraces) << U::None;
        QTest::newRow("curl logs") << K::Curl << source(l) << token(allPush()) << U::None;
        QTest::newRow("no push scope")
            << K::Alloy << source(l) << token(TokenScope::WriteOnlyMetrics) << U::NoPushScope;
        QTest::newRow("query token pushes")
            << K::Curl << source(m) << token(allQuery()) << U::NoPushScope;
        QTest::newRow("scaleway source") << K::Alloy << source(m, DataSourceOrigin::Scaleway)
                                         << token(allPush()) << U::ReadOnlySource;
        QTest::newRow("external source")
            << K::Alloy << source(m, DataSourceOrigin::External) << token(allPush()) << U::None;
        QTest::newRow("other region")
            << K::Alloy << source(m) << token(allPush(), Region::NlAms) << U::OtherRegion;
        QTest::newRow("other project")
            << K::Alloy << source(m)
            << token(allPush(), Region::FrPar,
                     QStringLiteral("0d9a3c1e-0000-4000-8000-000000000001"))
            << U::OtherProject;
        QTest::newRow("unknown type")
            << K::Alloy << source(DataSourceType::Unknown) << token(allPush()) << U::UnknownType;
        QTest::newRow("grafana query")
            << K::GrafanaDataSource << source(l) << token(TokenScope::ReadOnlyLogs) << U::None;
        QTest::newRow("grafana on scaleway source")
            << K::GrafanaDataSource << source(m, DataSourceOrigin::Scaleway)
            << token(TokenScope::ReadOnlyMetrics) << U::None;
        QTest::newRow("grafana push token")
            << K::GrafanaDataSource << source(m) << token(allPush()) << U::NoQueryScope;
        QTest::newRow("grafana other region") << K::GrafanaDataSource << source(m)
                                              << token(allQuery(), Region::PlWaw) << U::OtherRegion;
    }
    void fits()
    {
        QFETCH(AgentKind, kind);
        QFETCH(DataSource, source);
        QFETCH(Token, token);
        QFETCH(AgentUnfit, unfit);
        QCOMPARE(AgentConfigs::unfit(kind, source, token), unfit);
        const QString why = AgentConfigs::explanation(unfit, kind, source, token);
        QCOMPARE(why.isEmpty(), unfit == AgentUnfit::None);
        const AgentConfig config = AgentConfigs::generate(kind, source, token, Secret(kSecret));
        QCOMPARE(config.isEmpty(), unfit != AgentUnfit::None);
        if (!config.isEmpty())
            QVERIFY(config.text.contains(kSecret));
        const QList<AgentFit> all = AgentConfigs::fits(source, token);
        QCOMPARE(all.size(), AgentConfigs::allKinds().size());
        QCOMPARE(all.at(AgentConfigs::allKinds().indexOf(kind)).unfit, unfit);
    }

    void explanationsNameWhatIsWrong()
    {
        const DataSource metrics = source(DataSourceType::Metrics);
        const QString region = AgentConfigs::explanation(AgentUnfit::OtherRegion, AgentKind::Alloy,
                                                         metrics, token(allPush(), Region::NlAms));
        QVERIFY(region.contains(QLatin1String("nl-ams")));
        QVERIFY(region.contains(QLatin1String("fr-par")));
        const QString readOnly = AgentConfigs::explanation(
            AgentUnfit::ReadOnlySource, AgentKind::Alloy, metrics, token(allPush()));
        QVERIFY(readOnly.contains(metrics.name));
        const QString logs = AgentConfigs::explanation(AgentUnfit::NoPushScope, AgentKind::Alloy,
                                                       source(DataSourceType::Logs), token({}));
        QVERIFY(logs.contains(QLatin1String("logs")));
    }

    void namesAndKinds()
    {
        QCOMPARE(AgentConfigs::allKinds().size(), 6);
        for (AgentKind kind : AgentConfigs::allKinds())
            QVERIFY(!AgentConfigs::displayName(kind).isEmpty());
        QCOMPARE(AgentConfigs::displayName(AgentKind::Alloy), QStringLiteral("Grafana Alloy"));
    }

    void baseUrlAndPaths()
    {
        const DataSource s = source(DataSourceType::Logs);
        QCOMPARE(AgentConfigs::baseUrl(s),
                 QStringLiteral("https://%1.logs.cockpit.fr-par.scw.cloud").arg(s.id));
        AgentOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/push/abc/"));
        QCOMPARE(AgentConfigs::baseUrl(s, options),
                 QStringLiteral("http://127.0.0.1:8080/push/abc"));
        QCOMPARE(AgentConfigs::nativePushPath(DataSourceType::Metrics),
                 QStringLiteral("/api/v1/push"));
        QCOMPARE(AgentConfigs::nativePushPath(DataSourceType::Logs),
                 QStringLiteral("/loki/api/v1/push"));
        QCOMPARE(AgentConfigs::nativePushPath(DataSourceType::Traces),
                 QStringLiteral("/otlp/v1/traces"));
        QCOMPARE(AgentConfigs::otlpPushPath(DataSourceType::Metrics),
                 QStringLiteral("/otlp/v1/metrics"));
        QVERIFY(AgentConfigs::otlpPushPath(DataSourceType::Unknown).isEmpty());
        const AgentConfig config =
            AgentConfigs::generate(AgentKind::Alloy, s, token(allPush()), Secret(kSecret), options);
        QVERIFY(
            config.text.contains(QLatin1String("http://127.0.0.1:8080/push/abc/loki/api/v1/push")));
        QVERIFY(!config.text.contains(s.url.host()));
    }

    void anEmptySecretGivesNothing()
    {
        QVERIFY(AgentConfigs::generate(AgentKind::Alloy, source(DataSourceType::Metrics),
                                       token(allPush()), Secret())
                    .isEmpty());
    }

    void fluentBitRefusesWhatItCannotWrite_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("line break") << QStringLiteral("abc\ndef");
        QTest::newRow("leading space") << QStringLiteral(" abc");
        QTest::newRow("environment") << QStringLiteral("a${HOME}b");
    }
    void fluentBitRefusesWhatItCannotWrite()
    {
        QFETCH(QString, secret);
        QVERIFY(AgentConfigs::generate(AgentKind::FluentBit, source(DataSourceType::Logs),
                                       token(allPush()), Secret(secret))
                    .isEmpty());
    }

    void shellQuotingKeepsAnySecret()
    {
        // The curl script's header comes through a here-document: whatever the secret holds
        // (quotes, $, backslashes), the shell hands it over untouched.
        const QString secret = QStringLiteral("it's \"$HOME\" `x` \\n *");
        const AgentConfig config = AgentConfigs::generate(
            AgentKind::Curl, source(DataSourceType::Logs), token(allPush()), Secret(secret));
        QVERIFY(!config.isEmpty());
        QString script = config.text;
        // Replace curl with a function that prints its standard input.
        script.replace(QLatin1String("\ncurl "), QLatin1String("\ncurl() { cat; }\ncurl "));
        QProcess shell;
        shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()),
                 QStringLiteral("X-TOKEN: ") + secret + u'\n');
    }
};

QTEST_GUILESS_MAIN(TestAgentConfig)
#include "tst_agentconfig.moc"
