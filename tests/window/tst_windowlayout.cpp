// The window remembers its geometry, splitter and column layout in QSettings, and nothing else.
#include "credentials/ProfileDirectory.h"
#include "frame/HeaderBar.h"
#include "tokens/TokenTableView.h"
#include "window/MainWindow.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layoutIsRemembered();
};

void TestWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.cockpittokens.tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlayout"));
    QSettings().clear();
}

void TestWindowLayout::layoutIsRemembered()
{
    QNetworkAccessManager network;
    cockpit::ProfileDirectory profiles(&network, std::nullopt);
    int movedSection = -1;
    QList<int> splitterSizes;
    {
        cockpit::MainWindow window(&profiles);
        // The test's offscreen screen is 1280x800 (tests/window/CMakeLists.txt): from Qt 6.8
        // restoreGeometry() shrinks a window that does not fit its screen.
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.tableView()->horizontalHeader();
        // Move the Region column to the end and sort by name, descending.
        header->moveSection(header->visualIndex(1), header->count() - 1);
        movedSection = header->logicalIndex(header->count() - 1);
        window.tableView()->sortByColumn(0, Qt::DescendingOrder);
        auto *splitter = window.findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({600, 380});
        splitterSizes = splitter->sizes();
        window.close();
    }
    QCOMPARE(movedSection, 1);

    QSettings settings;
    const QStringList keys = settings.allKeys();
    QVERIFY(!keys.isEmpty());
    for (const QString &key : keys)
        QVERIFY2(key.startsWith(QStringLiteral("mainWindow/")), qPrintable(key));

    cockpit::MainWindow again(&profiles);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QHeaderView *header = again.tableView()->horizontalHeader();
    QCOMPARE(header->logicalIndex(header->count() - 1), 1);
    QCOMPARE(header->sortIndicatorSection(), 0);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.size(), QSize(1000, 640));
    QCOMPARE(again.findChild<QSplitter *>()->sizes(), splitterSizes);
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
