// The main window's states against the emulator: a region failing while the others load
// (partial), every region failing (error with request ID and Retry), a project with no token
// (empty state), filters hiding every row, a slow load cancelled with Esc, a project list that
// is refused, and a profile whose API URL may not be used.
#include "WidgetChecks.h"
#include "WindowHarness.h"
#include "frame/MessageBanner.h"
#include "frame/StatusSummary.h"
#include "tokens/TokenEmptyState.h"

#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using cockpit::EmulatorFault;
using cockpit::Region;
using cockpit::Token;

Q_DECLARE_METATYPE(cockpit::EmulatorFault)

class TestMainWindowStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneRegionFailing();
    void everyRegionFailing_data();
    void everyRegionFailing();
    void emptyProject();
    void filtersHidingEverything();
    void cancelASlowLoad();
    void projectListRefused();
    void insecureApiUrl();
};

void TestMainWindowStates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindowStates::oneRegionFailing()
{
    WindowHarness h;
    QVERIFY(h.start());
    // The next token list request fails; the client sends one per region.
    h.emulator.injectFault(EmulatorFault::ServerError, 1, "GET");
    h.window->refresh();
    QVERIFY(h.waitForLoad());

    cockpit::MessageBanner *warning = h.window->banners()->warningBanner();
    QVERIFY(warning->isVisible());
    QVERIFY(!h.window->banners()->errorBanner()->isVisible());
    // Exactly one region is named as failed; its earlier rows stay, marked as not refreshed.
    QList<Region> failed;
    for (Region region : cockpit::allRegions()) {
        if (warning->text().contains(cockpit::regionId(region)))
            failed.append(region);
    }
    QCOMPARE(failed.size(), 1);
    QVERIFY(warning->details().contains(QStringLiteral("HTTP 503")));
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
    QCOMPARE(h.window->tokenModel()->staleRegions().keys(), failed);

    // Retry loads everything again.
    QPushButton *retry = WidgetChecks::buttonWithText(warning, QStringLiteral("Retry"));
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(h.waitForLoad());
    QVERIFY(!warning->isVisible());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestMainWindowStates::everyRegionFailing_data()
{
    QTest::addColumn<EmulatorFault>("fault");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("500 with a JSON body")
        << EmulatorFault::ServerErrorJson << QStringLiteral("internal error");
    QTest::newRow("not JSON") << EmulatorFault::Malformed << QStringLiteral("could not be read");
    QTest::newRow("empty body") << EmulatorFault::EmptyBody << QStringLiteral("could not be read");
    QTest::newRow("wrong JSON types")
        << EmulatorFault::WrongTypes << QStringLiteral("could not be read");
}

void TestMainWindowStates::everyRegionFailing()
{
    QFETCH(EmulatorFault, fault);
    QFETCH(QString, expectedText);
    WindowHarness h;
    QVERIFY(h.start());
    const QSet<QString> before = h.shownIdSet();
    h.emulator.injectFault(fault, 3, "GET");
    h.window->refresh();
    QVERIFY(h.waitForLoad());

    cockpit::MessageBanner *error = h.window->banners()->errorBanner();
    QVERIFY(error->isVisible());
    const QString all = error->text() + QLatin1Char('\n') + error->details();
    QVERIFY2(all.contains(expectedText), qPrintable(all));
    QVERIFY2(all.startsWith(QStringLiteral("Could not load the tokens")), qPrintable(all));
    if (fault == EmulatorFault::ServerErrorJson)
        QVERIFY2(error->details().contains(QStringLiteral("Request ID: ")), qPrintable(all));
    // Nothing half-applied: the previous rows stay.
    QCOMPARE(h.shownIdSet(), before);

    QTest::mouseClick(WidgetChecks::buttonWithText(error, QStringLiteral("Retry")), Qt::LeftButton);
    QVERIFY(h.waitForLoad());
    QVERIFY(!error->isVisible());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestMainWindowStates::emptyProject()
{
    WindowHarness h;
    const cockpit::Project sandbox =
        h.emulator.addProject(h.seeded.organizationId, QStringLiteral("sandbox"));
    QVERIFY(h.start());
    QComboBox *projects = h.window->header()->projectBox();
    projects->setCurrentIndex(projects->findData(sandbox.id));
    QVERIFY(h.waitForLoad());

    QVERIFY(h.window->isShowingEmptyState());
    cockpit::TokenEmptyState *empty = h.window->emptyState();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No tokens in sandbox / All regions"));
    QVERIFY(empty->createButton()->isVisible());
    QVERIFY(empty->createButton()->isEnabled()); // the call to action works in an empty project
    QVERIFY(!empty->createButton()->toolTip().isEmpty());
    QCOMPARE(h.window->statusSummary()->countsText(), QStringLiteral("0 tokens · 3 regions"));

    h.window->header()->setCurrentRegion(Region::NlAms);
    QVERIFY(h.waitForLoad());
    QCOMPARE(empty->title(), QStringLiteral("No tokens in sandbox / nl-ams"));
}

void TestMainWindowStates::filtersHidingEverything()
{
    WindowHarness h;
    QVERIFY(h.start());
    QTest::keyClicks(h.window->header()->searchBox(), QStringLiteral("zzzz"));
    QVERIFY(h.window->isShowingEmptyState());
    cockpit::TokenEmptyState *empty = h.window->emptyState();
    QCOMPARE(empty->title(), QStringLiteral("No tokens match the filters"));
    QVERIFY(!empty->createButton()->isVisible());
    QTest::mouseClick(empty->clearFiltersButton(), Qt::LeftButton);
    QVERIFY(h.window->header()->searchBox()->text().isEmpty());
    QVERIFY(!h.window->isShowingEmptyState());
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestMainWindowStates::cancelASlowLoad()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QSet<QString> before = h.shownIdSet();
    // Far longer than the test waits: only cancelling can end this load in time.
    h.emulator.setLatency(60000);
    h.window->refresh();
    QVERIFY(h.window->isLoading());
    cockpit::MessageBanner *loading = h.window->banners()->loadingBanner();
    QVERIFY(loading->isVisible());
    QVERIFY(loading->progressBar()->isVisible());

    QSignalSpy ended(h.window.get(), &cockpit::MainWindow::loadEnded);
    QTest::keyClick(h.window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window->isLoading(), 5000);
    QCOMPARE(ended.size(), 1);
    QVERIFY(!loading->isVisible());
    QVERIFY(h.window->banners()->noticeBanner()->isVisible());
    QVERIFY(h.window->banners()->noticeBanner()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!h.window->banners()->errorBanner()->isVisible());
    QCOMPARE(h.shownIdSet(), before);

    // The Cancel button does the same.
    h.window->header()->setCurrentRegion(Region::PlWaw);
    QVERIFY(h.window->isLoading());
    QTest::mouseClick(WidgetChecks::buttonWithText(loading, QStringLiteral("Cancel")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window->isLoading(), 5000);
    h.emulator.setLatency(0);
}

void TestMainWindowStates::projectListRefused()
{
    WindowHarness h;
    // The organization's list fails; the default project is still offered and its tokens load.
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(h.start());
    QVERIFY(h.waitForLoad());
    QComboBox *projects = h.window->header()->projectBox();
    QCOMPARE(projects->count(), 1);
    QCOMPARE(h.window->header()->currentProjectId(), h.seeded.projectId);
    cockpit::MessageBanner *warning = h.window->banners()->warningBanner();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(QStringLiteral("Only the default project is listed")),
             qPrintable(warning->text()));
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestMainWindowStates::insecureApiUrl()
{
    WindowHarness h([](cockpit::ApiCredentials &credentials) {
        credentials.apiUrl = QUrl(QStringLiteral("http://api.example.com"));
    });
    h.window->show();
    h.emulator.clearRequests();
    h.window->activateProfile(QString::fromLatin1(cockpit::ProfileDirectory::EnvironmentProfileId));
    cockpit::MessageBanner *error = h.window->banners()->errorBanner();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QVERIFY(!h.window->isLoading());
    QTest::qWait(50);
    QVERIFY(h.emulator.requests().isEmpty());
}

QTEST_MAIN(TestMainWindowStates)
#include "tst_mainwindowstates.moc"
