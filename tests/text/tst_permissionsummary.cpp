// The readable permission texts: the table's one-line summary and the tooltip's full list.
#include "text/PermissionSummary.h"

#include <QTest>

using namespace cockpit;

Q_DECLARE_METATYPE(cockpit::TokenScope)

class TestPermissionSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data();
    void summary();
    void eachScopeHasItsOwnLabel_data();
    void eachScopeHasItsOwnLabel();
    void detailsNameEveryScope_data();
    void detailsNameEveryScope();
    void groupsCoverEveryScopeOnce();
};

namespace {
TokenScopes everyScope()
{
    TokenScopes all;
    for (TokenScope scope : allTokenScopes())
        all |= scope;
    return all;
}
} // namespace

void TestPermissionSummary::summary_data()
{
    QTest::addColumn<TokenScopes>("scopes");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QString>("expected");

    const QStringList none;
    QTest::newRow("empty") << TokenScopes() << none << QStringLiteral("No permissions");
    QTest::newRow("all nine") << everyScope() << none << QStringLiteral("Full access");
    QTest::newRow("metrics push") << TokenScopes(TokenScope::WriteOnlyMetrics) << none
                                  << QStringLiteral("Metrics: push");
    QTest::newRow("metrics push+query, logs push")
        << (TokenScope::WriteOnlyMetrics | TokenScope::ReadOnlyMetrics | TokenScope::WriteOnlyLogs)
        << none << QStringLiteral("Metrics: push, query · Logs: push");
    // Grouping follows the console's order whatever order the API returned the scopes in.
    QTest::newRow("order is canonical")
        << (TokenScope::ReadOnlyTraces | TokenScope::FullAccessLogsRules |
            TokenScope::ReadOnlyMetrics)
        << none << QStringLiteral("Metrics: query · Logs: rules · Traces: query");
    QTest::newRow("metrics all three")
        << (TokenScope::WriteOnlyMetrics | TokenScope::ReadOnlyMetrics |
            TokenScope::FullAccessMetricsRules)
        << none << QStringLiteral("Metrics: push, query, rules");
    QTest::newRow("alert manager alone") << TokenScopes(TokenScope::FullAccessAlertManager) << none
                                         << QStringLiteral("Alert manager");
    QTest::newRow("traces push and alerts")
        << (TokenScope::WriteOnlyTraces | TokenScope::FullAccessAlertManager) << none
        << QStringLiteral("Traces: push · Alert manager");
    QTest::newRow("eight of nine is not full access")
        << (everyScope() & ~TokenScopes(TokenScope::ReadOnlyTraces)) << none
        << QStringLiteral("Metrics: push, query, rules · Logs: push, query, rules · Traces: push · "
                          "Alert manager");
    QTest::newRow("unknown only") << TokenScopes() << QStringList{QStringLiteral("write_profiles")}
                                  << QStringLiteral("Other: write_profiles");
    QTest::newRow("known and unknown")
        << TokenScopes(TokenScope::ReadOnlyLogs)
        << QStringList{QStringLiteral("a_scope"), QStringLiteral("b_scope")}
        << QStringLiteral("Logs: query · Other: a_scope, b_scope");
}

void TestPermissionSummary::summary()
{
    QFETCH(TokenScopes, scopes);
    QFETCH(QStringList, unknown);
    QFETCH(QString, expected);
    QCOMPARE(permissionSummary(scopes, unknown), expected);
}

void TestPermissionSummary::eachScopeHasItsOwnLabel_data()
{
    QTest::addColumn<TokenScope>("scope");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("description");
    QTest::newRow("write_only_metrics")
        << TokenScope::WriteOnlyMetrics << QStringLiteral("Metrics: push")
        << QStringLiteral("Push metrics");
    QTest::newRow("read_only_metrics")
        << TokenScope::ReadOnlyMetrics << QStringLiteral("Metrics: query")
        << QStringLiteral("Query metrics");
    QTest::newRow("full_access_metrics_rules")
        << TokenScope::FullAccessMetricsRules << QStringLiteral("Metrics: rules")
        << QStringLiteral("Read and write metrics alerting and recording rules");
    QTest::newRow("write_only_logs")
        << TokenScope::WriteOnlyLogs << QStringLiteral("Logs: push") << QStringLiteral("Push logs");
    QTest::newRow("read_only_logs") << TokenScope::ReadOnlyLogs << QStringLiteral("Logs: query")
                                    << QStringLiteral("Query logs");
    QTest::newRow("full_access_logs_rules")
        << TokenScope::FullAccessLogsRules << QStringLiteral("Logs: rules")
        << QStringLiteral("Read and write logs rules");
    QTest::newRow("full_access_alert_manager")
        << TokenScope::FullAccessAlertManager << QStringLiteral("Alert manager")
        << QStringLiteral("Configure the alert manager");
    QTest::newRow("write_only_traces")
        << TokenScope::WriteOnlyTraces << QStringLiteral("Traces: push")
        << QStringLiteral("Push traces");
    QTest::newRow("read_only_traces")
        << TokenScope::ReadOnlyTraces << QStringLiteral("Traces: query")
        << QStringLiteral("Query traces");
}

void TestPermissionSummary::eachScopeHasItsOwnLabel()
{
    QFETCH(TokenScope, scope);
    QFETCH(QString, label);
    QFETCH(QString, description);
    QCOMPARE(scopeLabel(scope), label);
    QCOMPARE(scopeDescription(scope), description);
    // A single scope's summary is its label: the table and the filter menu agree.
    QCOMPARE(permissionSummary(TokenScopes(scope)), label);
}

void TestPermissionSummary::detailsNameEveryScope_data()
{
    QTest::addColumn<TokenScopes>("scopes");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<int>("lines");
    QTest::newRow("none") << TokenScopes() << QStringList() << 1;
    QTest::newRow("all") << everyScope() << QStringList() << 9;
    QTest::newRow("two and an unknown") << (TokenScope::WriteOnlyLogs | TokenScope::ReadOnlyTraces)
                                        << QStringList{QStringLiteral("future_scope")} << 3;
}

void TestPermissionSummary::detailsNameEveryScope()
{
    QFETCH(TokenScopes, scopes);
    QFETCH(QStringList, unknown);
    QFETCH(int, lines);
    const QString details = permissionDetails(scopes, unknown);
    QCOMPARE(details.split(QLatin1Char('\n')).size(), lines);
    for (TokenScope scope : allTokenScopes())
        QCOMPARE(details.contains(tokenScopeId(scope)), scopes.testFlag(scope));
    for (const QString &name : unknown)
        QVERIFY(details.contains(name));
    if (!scopes && unknown.isEmpty())
        QCOMPARE(details, QStringLiteral("This token has no permissions."));
}

void TestPermissionSummary::groupsCoverEveryScopeOnce()
{
    const QList<ScopePermission> groups{ScopePermission::Push, ScopePermission::Query,
                                        ScopePermission::Rules, ScopePermission::Alerts};
    TokenScopes seen;
    int count = 0;
    for (ScopePermission group : groups) {
        const TokenScopes scopes = scopesOfGroup(group);
        QVERIFY(!(seen & scopes));
        seen |= scopes;
        for (TokenScope scope : allTokenScopes())
            count += scopes.testFlag(scope) ? 1 : 0;
        QVERIFY(!permissionGroupName(group).isEmpty());
    }
    QCOMPARE(count, 9);
    QCOMPARE(seen, everyScope());
    QCOMPARE(scopesOfGroup(ScopePermission::Push), TokenScope::WriteOnlyMetrics |
                                                       TokenScope::WriteOnlyLogs |
                                                       TokenScope::WriteOnlyTraces);
}

QTEST_GUILESS_MAIN(TestPermissionSummary)
#include "tst_permissionsummary.moc"
