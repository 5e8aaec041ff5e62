// The main window loading tokens from the emulator: the default project in every region,
// switching project and region, the search and permission filters, sorting by clicking the
// header, and a refresh that applies a diff (selection kept, no reset).
#include "WindowHarness.h"
#include "frame/StatusSummary.h"
#include "tokens/TokenToolBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>

using cockpit::Region;
using cockpit::Token;
using cockpit::TokenScope;
using cockpit::TokenScopes;
using cockpit::TokenTableModel;

class TestMainWindowLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsTheDefaultProjectInEveryRegion();
    void projectsAreNamed();
    void switchProject();
    void switchRegion_data();
    void switchRegion();
    void searchFilter_data();
    void searchFilter();
    void permissionFilter_data();
    void permissionFilter();
    void sortByClickingHeaders_data();
    void sortByClickingHeaders();
    void refreshIsADiffThatKeepsSelection();
};

void TestMainWindowLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowLoad::loadsTheDefaultProjectInEveryRegion()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QList<Token> expected = h.emulatorTokens();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(expected));
    QVERIFY(!h.window->isShowingEmptyState());
    QVERIFY(!h.window->banners()->isLoadingShown());
    // The environment profile is not the demo, even when it points at an emulator.
    QVERIFY(!h.window->header()->isDemoBadgeVisible());
    QCOMPARE(h.window->statusSummary()->countsText(),
             QStringLiteral("%1 tokens · 3 regions").arg(expected.size()));
    QVERIFY(h.window->statusSummary()->refreshedText().startsWith(QStringLiteral("Refreshed at")));
}

void TestMainWindowLoad::projectsAreNamed()
{
    WindowHarness h;
    QVERIFY(h.start());
    QComboBox *projects = h.window->header()->projectBox();
    // "All projects", a separator, then the organization's projects.
    QCOMPARE(projects->count(), 5);
    QCOMPARE(projects->itemText(0), QStringLiteral("All projects"));
    QVERIFY(projects->itemData(0, cockpit::HeaderBar::AllProjectsRole)
                .toBool()); // "All projects" first
    QStringList names;
    for (int i = 2; i < projects->count(); ++i)
        names.append(projects->itemText(i));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("data-platform-staging"), QStringLiteral("default"),
                                 QStringLiteral("shop-production")}));
    QCOMPARE(h.window->header()->currentProjectId(), h.seeded.projectId);
}

void TestMainWindowLoad::switchProject()
{
    WindowHarness h;
    QVERIFY(h.start());
    QComboBox *projects = h.window->header()->projectBox();
    const int index = projects->findText(QStringLiteral("shop-production"));
    QVERIFY(index >= 0);
    const QString projectId = projects->itemData(index).toString();
    projects->setCurrentIndex(index);
    QVERIFY(h.window->isLoading());
    // No row of the previous project lingers while the new one loads.
    QCOMPARE(h.window->tokenModel()->rowCount(), 0);
    QVERIFY(h.waitForLoad());
    const QList<Token> expected = h.emulatorTokens(cockpit::allRegions(), projectId);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(expected));
    for (const Token &token : h.window->tokenModel()->tokens())
        QCOMPARE(token.projectId, projectId);
}

void TestMainWindowLoad::switchRegion_data()
{
    QTest::addColumn<Region>("region");
    for (Region region : cockpit::allRegions())
        QTest::newRow(qPrintable(cockpit::regionId(region))) << region;
}

void TestMainWindowLoad::switchRegion()
{
    QFETCH(Region, region);
    WindowHarness h;
    QVERIFY(h.start());
    h.emulator.clearRequests();
    h.window->header()->setCurrentRegion(region);
    QVERIFY(h.waitForLoad());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens({region})));
    // Only that region was asked.
    for (const auto &request : h.emulator.requests()) {
        if (request.path.contains(QStringLiteral("/tokens")))
            QVERIFY2(request.path.contains(cockpit::regionId(region)), qPrintable(request.path));
    }
    QCOMPARE(h.window->statusSummary()->countsText().endsWith(QStringLiteral("· 1 region")), true);

    // Back to all regions.
    h.window->header()->setCurrentRegion(std::nullopt);
    QVERIFY(h.waitForLoad());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestMainWindowLoad::searchFilter_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::newRow("name part") << QStringLiteral("ruler")
                               << QStringList{QStringLiteral("loki-ruler"),
                                              QStringLiteral("mimir-ruler")};
    QTest::newRow("case-insensitive")
        << QStringLiteral("GRAFANA") << QStringList{QStringLiteral("grafana-readonly")};
    QTest::newRow("region") << QStringLiteral("pl-waw")
                            << QStringList{QStringLiteral("ci-metrics-push"),
                                           QStringLiteral("fluent-bit-edge-waw")};
    QTest::newRow("nothing") << QStringLiteral("no-such-token") << QStringList();
}

void TestMainWindowLoad::searchFilter()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expectedNames);
    WindowHarness h;
    QVERIFY(h.start());
    QLineEdit *search = h.window->header()->searchBox();
    QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(search->hasFocus(), 2000);
    QTest::keyClicks(search, typed);

    QStringList names;
    const QAbstractItemModel *model = h.window->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, TokenTableModel::NameColumn).data().toString());
    names.sort();
    QCOMPARE(names, expectedNames);
    QCOMPARE(h.window->isShowingEmptyState(), expectedNames.isEmpty());

    // The search also matches IDs.
    search->clear();
    const Token any = h.emulatorTokens().first();
    QTest::keyClicks(search, any.id.right(12));
    QCOMPARE(h.shownIds(), QStringList{any.id});
}

void TestMainWindowLoad::permissionFilter_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<TokenScopes>("scopes");
    QTest::newRow("push group") << QStringLiteral("Push (any data)")
                                << (TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs |
                                    TokenScope::WriteOnlyTraces);
    QTest::newRow("alert manager")
        << QStringLiteral("Alert manager") << TokenScopes(TokenScope::FullAccessAlertManager);
    QTest::newRow("logs query") << QStringLiteral("Logs: query")
                                << TokenScopes(TokenScope::ReadOnlyLogs);
}

void TestMainWindowLoad::permissionFilter()
{
    QFETCH(QString, choice);
    QFETCH(TokenScopes, scopes);
    WindowHarness h;
    QVERIFY(h.start());
    QComboBox *filter = h.window->tokenToolBar()->permissionFilter();
    const int index = filter->findText(choice);
    QVERIFY2(index > 0, qPrintable(choice));
    filter->setCurrentIndex(index);

    QSet<QString> expected;
    for (const Token &token : h.emulatorTokens()) {
        if (token.scopes & scopes)
            expected.insert(token.id);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(h.shownIdSet(), expected);
}

void TestMainWindowLoad::sortByClickingHeaders_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("name") << int(TokenTableModel::NameColumn);
    QTest::newRow("region") << int(TokenTableModel::RegionColumn);
    QTest::newRow("permissions") << int(TokenTableModel::PermissionsColumn);
    QTest::newRow("created") << int(TokenTableModel::CreatedColumn);
    QTest::newRow("id") << int(TokenTableModel::IdColumn);
}

void TestMainWindowLoad::sortByClickingHeaders()
{
    QFETCH(int, column);
    WindowHarness h;
    QVERIFY(h.start());
    QHeaderView *header = h.window->tableView()->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    const auto keys = [&] {
        QList<QVariant> out;
        const QAbstractItemModel *model = h.window->tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->index(row, column).data(TokenTableModel::SortRole));
        return out;
    };
    const auto isOrdered = [](const QList<QVariant> &list, bool ascending) {
        for (qsizetype i = 1; i < list.size(); ++i) {
            const QPartialOrdering order = QVariant::compare(list.at(i - 1), list.at(i));
            if (ascending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less)
                return false;
        }
        return true;
    };

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(header->sortIndicatorSection(), column);
    const bool firstAscending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    QVERIFY(isOrdered(keys(), firstAscending));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(header->sortIndicatorOrder() == Qt::AscendingOrder, !firstAscending);
    QVERIFY(isOrdered(keys(), !firstAscending));
}

void TestMainWindowLoad::refreshIsADiffThatKeepsSelection()
{
    WindowHarness h;
    QVERIFY(h.start());
    const Token kept = h.emulatorTokens().at(2);
    h.window->tableView()->selectTokens({kept.id});
    QCOMPARE(h.window->tableView()->selectedTokens().size(), 1);

    const Token added =
        h.emulator.addToken(Region::NlAms, h.seeded.projectId, QStringLiteral("added-later"),
                            TokenScope::WriteOnlyLogs);
    QSignalSpy resets(h.window->tokenModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(h.window->tokenModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layouts(h.window->tokenModel(), &QAbstractItemModel::layoutChanged);
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    QVERIFY(h.window->isLoading());
    QVERIFY(h.waitForLoad());

    // The table is sorted: the new token is placed among the rows in one layout change.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(layouts.size(), 1);
    QVERIFY(h.shownIdSet().contains(added.id));
    const QList<Token> selected = h.window->tableView()->selectedTokens();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().id, kept.id);
}

QTEST_MAIN(TestMainWindowLoad)
#include "tst_mainwindowload.moc"
