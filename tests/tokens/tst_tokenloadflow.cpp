// TokenLoadFlow built on its own (no window): a WorkContext, the banners, the status line and the
// model, over a real TokenLoader and the emulator. The table's one load path: one project and All
// projects alike keep the rows of a part that failed, marked stale; a retry loads only the parts
// that failed; rows arrive as parts load; a project gone takes its rows with it.
#include "EmulatorFixture.h"
#include "WidgetChecks.h"
#include "api/CockpitClient.h"
#include "frame/MessageBanner.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/TokenLoader.h"
#include "services/WorkContext.h"
#include "tokens/TokenLoadFlow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestTokenLoadFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aFailedRegionKeepsItsRowsMarkedStale();
    void retryLoadsOnlyTheFailedParts();
    void rowsArriveAsPartsLoad();
    void aProjectGoneTakesItsRows();
    void aLoadTakesDownOnlyItsOwnWarning();
    void retryTakesDownTheBannerThatOfferedIt();

private:
    bool loadAndWait(bool retry = false);
    int emulatorCount(const QList<Project> &projects) const;
    int staleRows() const;

    testkit::EmulatorFixture m_kit;
    TestEmulator *m_emulator = nullptr;
    std::unique_ptr<CockpitClient> m_client;
    std::unique_ptr<TokenLoader> m_loader;
    std::unique_ptr<WorkContext> m_context;
    std::unique_ptr<cockpit::StatusBanners> m_banners;
    std::unique_ptr<QStatusBar> m_statusBar;
    std::unique_ptr<cockpit::StatusSummary> m_summary;
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<cockpit::TokenLoadFlow> m_flow;
    QList<Project> m_projects;
};

void TestTokenLoadFlow::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    m_emulator = m_kit.emulator();
    for (int i = 0; i < 2; ++i) {
        const Project project = m_emulator->addProject(m_kit.credentials().organizationId,
                                                       QStringLiteral("team-%1").arg(i));
        m_emulator->generateTokens(project.id, 6, allRegions());
        m_projects.append(project);
    }
    // One request per part: the faults land where intended.
    m_client = m_kit.makeClient(testkit::oneRequestPerFault());
    m_loader = std::make_unique<TokenLoader>(m_client.get());
    m_context = std::make_unique<WorkContext>();
    m_context->setProjects(m_projects);
    m_banners = std::make_unique<cockpit::StatusBanners>();
    m_statusBar = std::make_unique<QStatusBar>();
    m_summary = std::make_unique<cockpit::StatusSummary>(m_statusBar.get());
    m_model = std::make_unique<TokenTableModel>();
    m_flow = std::make_unique<cockpit::TokenLoadFlow>(
        FlowParts{nullptr, m_context.get(), m_banners.get(), m_summary.get()}, m_model.get());
    m_flow->setLoader(m_loader.get());
}

void TestTokenLoadFlow::cleanup()
{
    m_flow.reset();
    m_model.reset();
    m_summary.reset();
    m_statusBar.reset();
    m_banners.reset();
    m_context.reset();
    m_loader.reset();
    m_client.reset();
    m_emulator = nullptr;
    m_kit.stop();
    m_projects.clear();
}

bool TestTokenLoadFlow::loadAndWait(bool retry)
{
    QSignalSpy loaded(m_flow.get(), &cockpit::TokenLoadFlow::loaded);
    if (retry) {
        if (!m_flow->retryFailed())
            return false;
    } else {
        m_flow->load();
    }
    return loaded.wait(10000);
}

int TestTokenLoadFlow::emulatorCount(const QList<Project> &projects) const
{
    int count = 0;
    for (const Project &project : projects) {
        for (Region region : allRegions())
            count += int(m_emulator->tokens(region, project.id).size());
    }
    return count;
}

int TestTokenLoadFlow::staleRows() const
{
    int stale = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        stale += m_model->index(row, 0).data(TokenTableModel::StaleRole).toBool() ? 1 : 0;
    return stale;
}

void TestTokenLoadFlow::aFailedRegionKeepsItsRowsMarkedStale()
{
    const Project project = m_projects.first();
    m_context->setScope(ProjectScope::one(project.id), allRegions());
    QVERIFY(loadAndWait());
    QCOMPARE(m_model->rowCount(), emulatorCount({project}));
    QCOMPARE(m_flow->freshPartCount(), 3);

    m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(loadAndWait());
    QCOMPARE(m_flow->failures().size(), 1);
    const ProjectRegion failed = m_flow->failures().firstKey();
    // Every row is still there; those of the failed region are marked, and only those.
    QCOMPARE(m_model->rowCount(), emulatorCount({project}));
    QCOMPARE(staleRows(), int(m_emulator->tokens(failed.region, project.id).size()));
    QCOMPARE(m_model->staleRegions().keys(), QList<Region>{failed.region});
    QCOMPARE(m_flow->freshPartCount(), 2);
    QVERIFY(!m_banners->warningBanner()->isHidden());
    QVERIFY2(m_banners->warningBanner()->text().contains(regionId(failed.region)),
             qPrintable(m_banners->warningBanner()->text()));
    QVERIFY(m_banners->loadingBanner()->isHidden());
}

void TestTokenLoadFlow::retryLoadsOnlyTheFailedParts()
{
    m_context->setScope(ProjectScope::all(), allRegions());
    m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(loadAndWait());
    QCOMPARE(m_flow->failures().size(), 1);
    const ProjectRegion failed = m_flow->failures().firstKey();
    // The context lists the two projects: the organization is those two here.
    QCOMPARE(m_model->rowCount(),
             emulatorCount(m_projects) -
                 int(m_emulator->tokens(failed.region, failed.projectId).size()));

    m_emulator->clearRequests();
    QVERIFY(loadAndWait(true));
    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("project_id")), failed.projectId);
    QVERIFY(m_flow->failures().isEmpty());
    QCOMPARE(staleRows(), 0);
    QVERIFY(m_banners->warningBanner()->isHidden() || m_banners->warningBanner()->text().isEmpty());
    QCOMPARE(m_model->rowCount(), emulatorCount(m_projects));
}

void TestTokenLoadFlow::rowsArriveAsPartsLoad()
{
    m_context->setScope(ProjectScope::one(m_projects.first().id), allRegions());
    QList<int> rowsWhenShown;
    connect(m_flow.get(), &cockpit::TokenLoadFlow::partShown, this,
            [&] { rowsWhenShown.append(m_model->rowCount()); });
    QVERIFY(loadAndWait());
    // One project is an organization of one: its regions' rows arrive one part at a time.
    QCOMPARE(rowsWhenShown.size(), 3);
    QVERIFY(rowsWhenShown.first() < rowsWhenShown.last());
    QCOMPARE(rowsWhenShown.last(), emulatorCount({m_projects.first()}));
}

void TestTokenLoadFlow::aProjectGoneTakesItsRows()
{
    m_context->setProjects(m_projects);
    m_context->setScope(ProjectScope::all(), allRegions());
    QVERIFY(loadAndWait());
    QCOMPARE(m_model->rowCount(), emulatorCount(m_projects));
    // The organization lists one project fewer: a full load drops the rows of the one gone.
    m_context->setProjects({m_projects.first()});
    QVERIFY(loadAndWait());
    QCOMPARE(m_model->rowCount(), emulatorCount({m_projects.first()}));
    QVERIFY(m_flow->failures().isEmpty());
}

void TestTokenLoadFlow::aLoadTakesDownOnlyItsOwnWarning()
{
    const Project project = m_projects.first();
    m_context->setScope(ProjectScope::one(project.id), allRegions());
    // Another flow's warning (the project list's): no load of this flow takes it down.
    const QString listWarning = QStringLiteral("Only the default project is listed");
    m_banners->showWarningText(listWarning);
    QVERIFY(loadAndWait());
    QVERIFY(!m_banners->warningBanner()->isHidden());
    QCOMPARE(m_banners->warningBanner()->text(), listWarning);

    // Its own partial banner replaces it while a region fails, and goes once the region loads.
    m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(loadAndWait());
    QVERIFY(!m_banners->warningBanner()->isHidden());
    QVERIFY(m_banners->warningBanner()->text() != listWarning);
    QVERIFY(loadAndWait());
    QVERIFY(m_banners->warningBanner()->isHidden());

    // And the other flow's hide leaves a partial banner alone.
    m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(loadAndWait());
    m_banners->hideWarningText();
    QVERIFY(!m_banners->warningBanner()->isHidden());
}

void TestTokenLoadFlow::retryTakesDownTheBannerThatOfferedIt()
{
    m_context->setScope(ProjectScope::one(m_projects.first().id), allRegions());
    m_emulator->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    QVERIFY(loadAndWait());
    MessageBanner *warning = m_banners->warningBanner();
    QVERIFY(!warning->isHidden());
    QPushButton *retry = WidgetChecks::buttonWithText(warning, QStringLiteral("Retry"));
    QVERIFY(retry);
    QSignalSpy retryRequested(m_banners.get(), &StatusBanners::retryRequested);
    retry->click();
    QCOMPARE(retryRequested.size(), 1);
    // What it named is being loaded again: it no longer says so while the retry runs.
    QVERIFY(warning->isHidden());
}

QTEST_MAIN(TestTokenLoadFlow)
#include "tst_tokenloadflow.moc"
