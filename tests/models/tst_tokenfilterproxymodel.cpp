// TokenFilterProxyModel: text and permission filters, sorting by every column, and that both
// hold while the source model is updated incrementally.
#include "TokenFixtures.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cockpit;
using testdata::at;
using testdata::sample;

class TestTokenFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFilter_data();
    void textFilter();
    void scopeFilter_data();
    void scopeFilter();
    void sortByEveryColumn_data();
    void sortByEveryColumn();
    void filterAndSortSurviveIncrementalUpdates();
    void refusesOtherSourceModels();

private:
    static QStringList visibleNames(const QAbstractItemModel &model);
};

QStringList TestTokenFilterProxyModel::visibleNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, TokenTableModel::NameColumn).data().toString());
    return names;
}

void TestTokenFilterProxyModel::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // sorted by name
    QTest::newRow("empty shows all")
        << QString()
        << QStringList{QStringLiteral("Alloy-agent"), QStringLiteral("ci-rules"),
                       QStringLiteral("empty"), QStringLiteral("grafana"),
                       QStringLiteral("traces-push")};
    QTest::newRow("name, case-insensitive")
        << QStringLiteral("ALLOY") << QStringList{QStringLiteral("Alloy-agent")};
    QTest::newRow("name substring")
        << QStringLiteral("r")
        << QStringList{QStringLiteral("ci-rules"), QStringLiteral("grafana"),
                       QStringLiteral("traces-push")};
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral("  grafana ") << QStringList{QStringLiteral("grafana")};
    QTest::newRow("region") << QStringLiteral("nl-ams")
                            << QStringList{QStringLiteral("Alloy-agent"), QStringLiteral("empty")};
    QTest::newRow("full ID") << QStringLiteral("00000000-0000-4000-8000-000000000003")
                             << QStringList{QStringLiteral("ci-rules")};
    QTest::newRow("ID suffix") << QStringLiteral("8000-000000000004")
                               << QStringList{QStringLiteral("traces-push")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
}

void TestTokenFilterProxyModel::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TokenTableModel model;
    model.setTokens(sample());
    TokenFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::NameColumn);
    proxy.setFilterText(text);
    QCOMPARE(visibleNames(proxy), expected);
    QCOMPARE(proxy.isFiltering(), !text.trimmed().isEmpty());
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestTokenFilterProxyModel::scopeFilter_data()
{
    QTest::addColumn<TokenScopes>("scopes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none = all") << TokenScopes() << QString()
                                << QStringList{QStringLiteral("Alloy-agent"),
                                               QStringLiteral("ci-rules"), QStringLiteral("empty"),
                                               QStringLiteral("grafana"),
                                               QStringLiteral("traces-push")};
    QTest::newRow("one scope") << TokenScopes(TokenScope::ReadOnlyLogs) << QString()
                               << QStringList{QStringLiteral("grafana")};
    QTest::newRow("push group (any of)")
        << (TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyTraces)
        << QString() << QStringList{QStringLiteral("Alloy-agent"), QStringLiteral("traces-push")};
    QTest::newRow("push group and text")
        << (TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs | TokenScope::WriteOnlyTraces)
        << QStringLiteral("fr-par") << QStringList{QStringLiteral("traces-push")};
    QTest::newRow("nobody has it")
        << TokenScopes(TokenScope::FullAccessAlertManager) << QString() << QStringList();
}

void TestTokenFilterProxyModel::scopeFilter()
{
    QFETCH(TokenScopes, scopes);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TokenTableModel model;
    model.setTokens(sample());
    TokenFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::NameColumn);
    proxy.setScopeFilter(scopes);
    proxy.setFilterText(text);
    QCOMPARE(visibleNames(proxy), expected);
    QCOMPARE(proxy.scopeFilter(), scopes);
}

void TestTokenFilterProxyModel::sortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    const auto names = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *name : list)
            out.append(QString::fromLatin1(name));
        return out;
    };
    QTest::newRow("name asc (case-insensitive)")
        << int(TokenTableModel::NameColumn) << Qt::AscendingOrder
        << names({"Alloy-agent", "ci-rules", "empty", "grafana", "traces-push"});
    QTest::newRow("name desc") << int(TokenTableModel::NameColumn) << Qt::DescendingOrder
                               << names({"traces-push", "grafana", "empty", "ci-rules",
                                         "Alloy-agent"});
    // Ties inside a region are broken by name.
    QTest::newRow("region asc") << int(TokenTableModel::RegionColumn) << Qt::AscendingOrder
                                << names({"grafana", "traces-push", "Alloy-agent", "empty",
                                          "ci-rules"});
    QTest::newRow("permissions asc")
        << int(TokenTableModel::PermissionsColumn) << Qt::AscendingOrder
        << names({"Alloy-agent", "grafana", "ci-rules", "empty", "traces-push"});
    // By timestamp: 1, 3, 10, 15, 20 September (the texts would sort differently).
    QTest::newRow("created asc") << int(TokenTableModel::CreatedColumn) << Qt::AscendingOrder
                                 << names({"traces-push", "Alloy-agent", "grafana", "ci-rules",
                                           "empty"});
    QTest::newRow("created desc") << int(TokenTableModel::CreatedColumn) << Qt::DescendingOrder
                                  << names({"empty", "ci-rules", "grafana", "Alloy-agent",
                                            "traces-push"});
    QTest::newRow("id asc") << int(TokenTableModel::IdColumn) << Qt::AscendingOrder
                            << names(
                                   {"grafana", "Alloy-agent", "ci-rules", "traces-push", "empty"});
}

void TestTokenFilterProxyModel::sortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    TokenTableModel model;
    // A fixed clock after every sample date, so the relative texts are "N days ago".
    model.setClock([] { return at(28); });
    model.setTokens(sample());
    TokenFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(column, order);
    QCOMPARE(visibleNames(proxy), expected);
}

void TestTokenFilterProxyModel::filterAndSortSurviveIncrementalUpdates()
{
    TokenTableModel model;
    TokenFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    // "g" matches names only: no region or ID of the sample contains it.
    proxy.setFilterText(QStringLiteral("g"));

    QList<Token> tokens = sample();
    model.setTokens(tokens);
    QCOMPARE(visibleNames(proxy),
             (QStringList{QStringLiteral("grafana"), QStringLiteral("Alloy-agent")}));
    const QPersistentModelIndex grafana(proxy.index(0, 0));

    // A refresh that adds a matching token, removes one and renames another out of the filter.
    tokens.append(testdata::token(7, QStringLiteral("gamma"), Region::PlWaw, {}, at(25)));
    tokens.removeAt(3); // traces-push
    tokens[1].name = QStringLiteral("collector");
    model.setTokens(tokens);
    QCOMPARE(visibleNames(proxy),
             (QStringList{QStringLiteral("gamma"), QStringLiteral("grafana")}));
    QVERIFY(grafana.isValid());
    QCOMPARE(grafana.data().toString(), QStringLiteral("grafana"));

    model.removeToken(tokens.at(0).id);
    QCOMPARE(visibleNames(proxy), QStringList{QStringLiteral("gamma")});
    QVERIFY(!grafana.isValid());
}

void TestTokenFilterProxyModel::refusesOtherSourceModels()
{
    TokenTableModel tokens;
    tokens.setTokens(sample());
    TokenFilterProxyModel proxy;
    proxy.setSourceModel(&tokens);
    QCOMPARE(proxy.rowCount(), 5);
    QTest::ignoreMessage(QtWarningMsg,
                         "TokenFilterProxyModel: the source model must be a TokenTableModel");
    QSortFilterProxyModel plain;
    proxy.setSourceModel(&plain);
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestTokenFilterProxyModel)
#include "tst_tokenfilterproxymodel.moc"
