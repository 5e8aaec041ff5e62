#include "DemoSeed.h"

#include "EmulatorStore.h"

#include "api/UtcDateTime.h"

#include <QRandomGenerator>

#include <array>

namespace cockpit {
namespace {

constexpr quint32 kDemoSeed = 20240919u;
constexpr qint64 kMicrosPerDay = 24LL * 3600 * 1000000;

using S = TokenScope;

struct DemoToken
{
    const char *name;
    Region region;
    int project; // index into the demo projects
    int daysAgo;
    TokenScopes scopes;
};

struct DemoProject
{
    const char *name;
    const char *description;
    int daysAgo;
};

const std::array<DemoProject, 3> kProjects{{
    {"default", "", 400},
    {"shop-production", "Online shop: production workloads", 300},
    {"data-platform-staging", "Data pipelines, staging environment", 200},
}};

const std::array<DemoToken, 26> kTokens{{
    {"grafana-readonly", Region::FrPar, 0, 160,
     S::ReadOnlyMetrics | S::ReadOnlyLogs | S::ReadOnlyTraces},
    {"alloy-k8s-par", Region::FrPar, 0, 150, S::WriteOnlyMetrics | S::WriteOnlyLogs},
    {"otel-collector-ams", Region::NlAms, 0, 120, S::WriteOnlyTraces | S::WriteOnlyMetrics},
    {"alertmanager-config", Region::FrPar, 0, 95, S::FullAccessAlertManager},
    {"loki-ruler", Region::FrPar, 0, 80, S::FullAccessLogsRules},
    {"mimir-ruler", Region::FrPar, 0, 79, S::FullAccessMetricsRules},
    {"fluent-bit-edge-waw", Region::PlWaw, 0, 30, S::WriteOnlyLogs},
    {"ci-metrics-push", Region::PlWaw, 0, 45, S::WriteOnlyMetrics},
    {"laptop-debug-query", Region::FrPar, 0, 12, S::ReadOnlyMetrics | S::ReadOnlyLogs},
    {"shop-alloy-fr-par", Region::FrPar, 1, 140, S::WriteOnlyMetrics | S::WriteOnlyLogs},
    {"shop-alloy-nl-ams", Region::NlAms, 1, 139, S::WriteOnlyMetrics | S::WriteOnlyLogs},
    {"shop-grafana-cloud", Region::FrPar, 1, 110,
     S::ReadOnlyMetrics | S::ReadOnlyLogs | S::ReadOnlyTraces},
    {"shop-tempo-push", Region::FrPar, 1, 90, S::WriteOnlyTraces},
    {"shop-checkout-traces", Region::NlAms, 1, 61, S::WriteOnlyTraces | S::ReadOnlyTraces},
    {"shop-rules-admin", Region::FrPar, 1, 58,
     S::FullAccessMetricsRules | S::FullAccessLogsRules | S::FullAccessAlertManager},
    {"shop-prometheus-rw", Region::PlWaw, 1, 40, S::WriteOnlyMetrics},
    {"shop-oncall-readonly", Region::NlAms, 1, 21, S::ReadOnlyMetrics | S::ReadOnlyLogs},
    {"shop_legacy_exporter", Region::FrPar, 1, 180, S::WriteOnlyMetrics},
    {"shop-promtail-nodes", Region::FrPar, 1, 7, S::WriteOnlyLogs},
    {"staging-alloy", Region::PlWaw, 2, 100,
     S::WriteOnlyMetrics | S::WriteOnlyLogs | S::WriteOnlyTraces},
    {"staging-grafana", Region::PlWaw, 2, 99,
     S::ReadOnlyMetrics | S::ReadOnlyLogs | S::ReadOnlyTraces},
    {"spark-metrics-push", Region::NlAms, 2, 66, S::WriteOnlyMetrics},
    {"airflow-logs", Region::NlAms, 2, 33, S::WriteOnlyLogs},
    {"staging-full-access", Region::PlWaw, 2, 15, TokenScopes::fromInt(0x1ff)},
    {"dbt-ci-token", Region::FrPar, 2, 4, TokenScopes()},
    {"kafka-connect-metrics", Region::PlWaw, 2, 2, S::WriteOnlyMetrics | S::ReadOnlyMetrics},
}};

struct DemoDataSource
{
    const char *name;
    Region region;
    int project;
    int daysAgo;
    DataSourceType type;
    DataSourceOrigin origin;
    int retentionDays; // 0: none (a source made before retention could be chosen)
};

using T = DataSourceType;
using O = DataSourceOrigin;

// Scaleway's own sources where the projects run Scaleway products, the team's own beside them,
// and none at all in pl-waw: the tokens there have no source to push to yet.
const std::array<DemoDataSource, 17> kDataSources{{
    {"Scaleway Metrics", Region::FrPar, 0, 390, T::Metrics, O::Scaleway, 31},
    {"Scaleway Logs", Region::FrPar, 0, 390, T::Logs, O::Scaleway, 7},
    {"legacy-prometheus", Region::FrPar, 0, 370, T::Metrics, O::External, 0},
    {"k8s-cluster-metrics", Region::FrPar, 0, 150, T::Metrics, O::Custom, 90},
    {"k8s-cluster-logs", Region::FrPar, 0, 150, T::Logs, O::Custom, 14},
    {"otel-traces", Region::FrPar, 0, 120, T::Traces, O::Custom, 7},
    {"Scaleway Metrics", Region::NlAms, 0, 200, T::Metrics, O::Scaleway, 31},
    {"edge-metrics.ams", Region::NlAms, 0, 118, T::Metrics, O::Custom, 31},
    {"Scaleway Metrics", Region::FrPar, 1, 295, T::Metrics, O::Scaleway, 31},
    {"Scaleway Logs", Region::FrPar, 1, 295, T::Logs, O::Scaleway, 7},
    {"shop metrics", Region::FrPar, 1, 141, T::Metrics, O::Custom, 31},
    {"shop_logs", Region::FrPar, 1, 141, T::Logs, O::Custom, 30},
    {"shop-checkout-traces", Region::FrPar, 1, 90, T::Traces, O::Custom, 7},
    {"shop-metrics-ams", Region::NlAms, 1, 139, T::Metrics, O::Custom, 31},
    {"shop-logs-ams", Region::NlAms, 1, 139, T::Logs, O::Custom, 7},
    {"spark-metrics", Region::NlAms, 2, 66, T::Metrics, O::Custom, 31},
    {"airflow-logs", Region::NlAms, 2, 33, T::Logs, O::Custom, 7},
}};

const std::array<const char *, 12> kAdjectives{{"amber", "brisk", "calm", "dusky", "eager", "fuzzy",
                                                "gentle", "hasty", "icy", "jolly", "keen",
                                                "lucid"}};
const std::array<const char *, 12> kNouns{{"otter", "falcon", "heron", "lynx", "marten", "newt",
                                           "orca", "puffin", "quail", "raven", "stoat", "tern"}};

qint64 startOfTodayMicros()
{
    const QDateTime midnight =
        UtcDateTime::fromDateAndTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0));
    return EmulatorStore::toMicros(midnight);
}

// A time of day (08:00 to 18:59) and a microsecond part below 500 (see EmulatorStore::nowMicros).
qint64 officeHoursOffset(QRandomGenerator &random)
{
    const qint64 seconds = 8 * 3600 + random.bounded(11 * 3600);
    return seconds * 1000000 + random.bounded(1000) * 1000 + random.bounded(500);
}

} // namespace

QString DemoSeed::demoAccessKey()
{
    return QStringLiteral("SCWDEMOEMULATOR00001");
}

EmulatorCredentials DemoSeed::seed(EmulatorStore &store)
{
    QRandomGenerator random(kDemoSeed);
    const qint64 today = startOfTodayMicros();

    EmulatorCredentials credentials;
    credentials.accessKey = demoAccessKey();
    credentials.secretKey = EmulatorStore::uuidFrom(random);
    credentials.organizationId = EmulatorStore::uuidFrom(random);

    QStringList projectIds;
    for (const DemoProject &demo : kProjects) {
        const QString id = EmulatorStore::uuidFrom(random);
        const qint64 created = today - demo.daysAgo * kMicrosPerDay + officeHoursOffset(random);
        store.addProject(credentials.organizationId, QString::fromLatin1(demo.name), id, created,
                         QString::fromLatin1(demo.description));
        projectIds.append(id);
    }
    credentials.projectId = projectIds.first();

    StoredApiKey key;
    key.accessKey = credentials.accessKey;
    key.secretKey = credentials.secretKey;
    key.defaultProjectId = credentials.projectId;
    key.organizationId = credentials.organizationId;
    key.applicationId = EmulatorStore::uuidFrom(random);
    key.createdMicros = today - 420 * kMicrosPerDay + officeHoursOffset(random);
    store.addApiKey(key);

    for (const DemoToken &demo : kTokens) {
        const QString id = EmulatorStore::uuidFrom(random);
        const qint64 created = today - demo.daysAgo * kMicrosPerDay + officeHoursOffset(random);
        store.addToken(demo.region, projectIds.at(demo.project), QString::fromLatin1(demo.name),
                       demo.scopes, created, id);
    }
    // After the tokens, so that adding sources changed none of their IDs.
    for (const DemoDataSource &demo : kDataSources) {
        DataSource source;
        source.id = EmulatorStore::uuidFrom(random);
        source.projectId = projectIds.at(demo.project);
        source.name = QString::fromLatin1(demo.name);
        source.type = demo.type;
        source.origin = demo.origin;
        if (demo.retentionDays > 0)
            source.retentionDays = demo.retentionDays;
        source.synchronizedWithGrafana = true;
        source.region = demo.region;
        const qint64 created = today - demo.daysAgo * kMicrosPerDay + officeHoursOffset(random);
        store.dataSources().add(source, created);
    }
    return credentials;
}

void DemoSeed::generateTokens(EmulatorStore &store, const QString &projectId, int count,
                              const QList<Region> &regions)
{
    if (regions.isEmpty())
        return;
    QRandomGenerator &random = store.deterministicGenerator();
    const qint64 today = startOfTodayMicros();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2-%3")
                                 .arg(QLatin1String(kAdjectives.at(random.bounded(12))),
                                      QLatin1String(kNouns.at(random.bounded(12))))
                                 .arg(i, 6, 10, QLatin1Char('0'));
        const TokenScopes scopes = TokenScopes::fromInt(1 + random.bounded(0x1ff));
        const qint64 created =
            today - random.bounded(365) * kMicrosPerDay + officeHoursOffset(random);
        store.addToken(regions.at(i % regions.size()), projectId, name, scopes, created,
                       store.deterministicId());
    }
}

} // namespace cockpit
