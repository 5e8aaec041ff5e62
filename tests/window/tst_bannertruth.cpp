// The class check of issue 25 item 3: every banner against the load actually running. Loads are
// started over one another the way a user switches projects quickly (a project, then All
// projects within a second, and back), with the API answering slowly; at every moment the
// loading banner is shown exactly while a load runs, and "Loading was cancelled." only after the
// user's own cancel, never for a load the app replaced with another one.
#include "WindowHarness.h"
#include "frame/MessageBanner.h"

#include <QComboBox>

namespace {

// What is wrong with the banners against the load running; empty when nothing is.
QString problemsOf(const cockpit::MainWindow &window, bool userCancelled)
{
    QStringList problems;
    const cockpit::StatusBanners *banners = window.banners();
    if (window.isLoading() != banners->isLoadingShown())
        problems.append(QStringLiteral("loading: %1, the loading banner %2")
                            .arg(window.isLoading() ? QStringLiteral("yes") : QStringLiteral("no"),
                                 banners->isLoadingShown() ? QStringLiteral("shown")
                                                           : QStringLiteral("hidden")));
    const cockpit::MessageBanner *notice = banners->noticeBanner();
    const bool saysCancelled =
        notice->isVisible() && notice->text().contains(QLatin1String("cancelled"));
    if (saysCancelled && (!userCancelled || window.isLoading()))
        problems.append(QStringLiteral("the notice says “%1” %2")
                            .arg(notice->text(), window.isLoading()
                                                     ? QStringLiteral("while a load runs")
                                                     : QStringLiteral("though nobody cancelled")));
    return problems.join(QStringLiteral("; "));
}

void choose(WindowHarness &h, const QString &projectId)
{
    QComboBox *projects = h.window->header()->projectBox();
    projects->setCurrentIndex(projects->findData(projectId));
}

} // namespace

#define CHECK_BANNERS(window, cancelled, step)                                                     \
    do {                                                                                           \
        const QString problems = problemsOf(window, cancelled);                                    \
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral(step ": ") + problems));            \
    } while (false)

class TestBannerTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowHarness::installEnglish(); }
    void switchesOverRunningLoads_data();
    void switchesOverRunningLoads();
    void theUsersCancelIsSaid();
};

void TestBannerTruth::switchesOverRunningLoads_data()
{
    QTest::addColumn<QStringList>("steps"); // project IDs, "all" for All projects
    QTest::addColumn<int>("pauseMs");
    QTest::newRow("another project, then All projects")
        << QStringList{QStringLiteral("other"), QStringLiteral("all")} << 50;
    QTest::newRow("All projects, one, All projects again")
        << QStringList{QStringLiteral("all"), QStringLiteral("one"), QStringLiteral("all")} << 50;
    QTest::newRow("All projects, then one project")
        << QStringList{QStringLiteral("all"), QStringLiteral("one")} << 50;
    QTest::newRow("All projects, one, All projects, slower")
        << QStringList{QStringLiteral("all"), QStringLiteral("one"), QStringLiteral("all")} << 400;
}

void TestBannerTruth::switchesOverRunningLoads()
{
    QFETCH(QStringList, steps);
    QFETCH(int, pauseMs);
    WindowHarness h;
    QVERIFY(h.start());
    h.emulator.setLatency(300);
    for (const QString &step : steps) {
        if (step == QLatin1String("all"))
            h.window->header()->selectAllProjects();
        else if (step == QLatin1String("one"))
            choose(h, h.seeded.projectId);
        else
            choose(h, h.window->header()->projects().last().id == h.seeded.projectId
                          ? h.window->header()->projects().first().id
                          : h.window->header()->projects().last().id);
        CHECK_BANNERS(*h.window, false, "just after a switch");
        QTest::qWait(pauseMs);
        CHECK_BANNERS(*h.window, false, "while loading");
    }
    QVERIFY(h.waitForLoad(20000));
    QTest::qWait(100);
    CHECK_BANNERS(*h.window, false, "after the last load");
}

void TestBannerTruth::theUsersCancelIsSaid()
{
    WindowHarness h;
    QVERIFY(h.start());
    h.emulator.setLatency(1000);
    h.window->header()->selectAllProjects();
    QTest::qWait(100);
    QVERIFY(h.window->isLoading());
    h.window->cancelLoading();
    QVERIFY(h.waitForLoad());
    QTest::qWait(100);
    QVERIFY(!h.window->isLoading());
    QVERIFY2(h.window->banners()->noticeBanner()->isVisible(), "the cancel is not said");
    CHECK_BANNERS(*h.window, true, "after the user's cancel");
}

QTEST_MAIN(TestBannerTruth)
#include "tst_bannertruth.moc"
