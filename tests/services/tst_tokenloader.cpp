// TokenLoader against the emulator: one project over several regions (complete, partial, failed,
// cancelled, superseded), and every project in every region, paced under the emulator's rate
// limit; a project-region that fails is named and retried alone; cancel.
#include "EmulatorFixture.h"
#include "api/ApiReply.h"
#include "api/CockpitClient.h"
#include "services/TokenLoader.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestTokenLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneProjectLoadsEveryRegion();
    void oneProjectPartialWhenOneRegionFails();
    void oneProjectFailsWhenEveryRegionFails();
    void aNewLoadSupersedesTheRunningOne();
    void oneProjectAsksPagesAheadAnOrganizationDoesNot();
    void loadsEveryProjectInEveryRegionUnderTheRateLimit();
    void aFailedProjectRegionIsNamedAndRetriedAlone();
    void cancel_data();
    void cancel();
    void noPartsFinishesAtOnce();

private:
    QList<Project> organizationProjects();
    QSet<QString> emulatorTokenIds(const QList<ProjectRegion> &parts) const;
    QList<ProjectRegion> allParts() const;
    QList<ProjectRegion> partsOf(const QString &projectId, const QList<Region> &regions) const;
    // A client without retries or speculative pages: one request per region, so that the
    // faults land where intended.
    void useOneRequestPerRegion();

    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
    QList<Project> m_projects;
};

void TestTokenLoader::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    // Eight projects in all, one of them empty.
    for (int i = 0; i < 5; ++i) {
        const Project project = m_kit.emulator()->addProject(m_kit.credentials().organizationId,
                                                             QStringLiteral("team-%1").arg(i));
        if (i > 0)
            m_kit.emulator()->generateTokens(project.id, 5 * i, allRegions());
    }
    m_client = m_kit.makeClient();
    m_projects = organizationProjects();
    QCOMPARE(m_projects.size(), 8);
}

void TestTokenLoader::cleanup()
{
    const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
    QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
    m_client.reset();
    m_kit.stop();
}

QList<Project> TestTokenLoader::organizationProjects()
{
    ProjectListReply *reply = m_client->listProjects(m_kit.credentials().organizationId);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10000) || !reply->isSuccess())
        return {};
    const QList<Project> projects = reply->projects();
    reply->deleteLater();
    return projects;
}

QList<ProjectRegion> TestTokenLoader::allParts() const
{
    QList<ProjectRegion> parts;
    for (const Project &project : m_projects) {
        for (Region region : allRegions())
            parts.append({project.id, region});
    }
    return parts;
}

QList<ProjectRegion> TestTokenLoader::partsOf(const QString &projectId,
                                              const QList<Region> &regions) const
{
    QList<ProjectRegion> parts;
    for (Region region : regions)
        parts.append({projectId, region});
    return parts;
}

void TestTokenLoader::useOneRequestPerRegion()
{
    m_client = std::make_unique<CockpitClient>(m_kit.network(),
                                               testkit::oneRequestPerFault(m_client->settings()));
}

void TestTokenLoader::oneProjectLoadsEveryRegion()
{
    useOneRequestPerRegion();
    TokenLoader loader(m_client.get());
    QSignalSpy started(&loader, &TokenLoader::progress);
    QSignalSpy finished(&loader, &TokenLoader::finished);
    loader.loadParts(partsOf(m_kit.credentials().projectId, allRegions()),
                     TokenLoader::Lists::FewLong);
    QCOMPARE(started.size(), 1);
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(10000));
    QVERIFY(!loader.isLoading());
    const auto result = finished.first().first().value<TokenLoadResult>();
    for (const ProjectRegion &part : result.parts)
        QCOMPARE(part.projectId, m_kit.credentials().projectId);
    QVERIFY(!result.isPartial());
    QCOMPARE(result.loadedParts(), partsOf(m_kit.credentials().projectId, allRegions()));
    int expected = 0;
    for (Region region : allRegions())
        expected += int(m_kit.emulator()->tokens(region, m_kit.credentials().projectId).size());
    QCOMPARE(result.tokens.size(), expected);
    QVERIFY(result.finishedAt.isValid());
}

void TestTokenLoader::oneProjectPartialWhenOneRegionFails()
{
    useOneRequestPerRegion();
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    loader.loadParts(partsOf(m_kit.credentials().projectId, allRegions()),
                     TokenLoader::Lists::FewLong);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<TokenLoadResult>();
    QVERIFY(result.isPartial());
    QCOMPARE(result.failures.size(), 1);
    const Region failed = result.failures.firstKey().region;
    QCOMPARE(result.failures.first().kind, ApiError::Kind::ServerError);
    QCOMPARE(result.loadedParts().size(), 2);
    for (const Token &token : result.tokens)
        QVERIFY(token.region != failed);
}

void TestTokenLoader::oneProjectFailsWhenEveryRegionFails()
{
    useOneRequestPerRegion();
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 2, "GET");
    loader.loadParts(partsOf(m_kit.credentials().projectId, {Region::FrPar, Region::PlWaw}),
                     TokenLoader::Lists::FewLong);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<TokenLoadResult>();
    QVERIFY(result.allFailed());
    QCOMPARE(result.failures.first().kind, ApiError::Kind::ServerError);
    QCOMPARE(result.failures.size(), 2);
}

void TestTokenLoader::aNewLoadSupersedesTheRunningOne()
{
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    QSignalSpy cancelled(&loader, &TokenLoader::cancelled);
    loader.loadParts(partsOf(m_kit.credentials().projectId, allRegions()),
                     TokenLoader::Lists::FewLong);
    loader.loadParts(partsOf(m_kit.credentials().projectId, {Region::NlAms}),
                     TokenLoader::Lists::FewLong);
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    // Only the second load reports, and never as cancelled.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(finished.first().first().value<TokenLoadResult>().parts,
             partsOf(m_kit.credentials().projectId, {Region::NlAms}));
}

void TestTokenLoader::oneProjectAsksPagesAheadAnOrganizationDoesNot()
{
    // The client's default settings: speculative pages on.
    const QList<ProjectRegion> parts = partsOf(m_projects.last().id, allRegions());
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    m_kit.emulator()->clearRequests();
    loader.loadParts(parts, TokenLoader::Lists::FewLong);
    QVERIFY(finished.wait(10000));
    const qsizetype fewLong = m_kit.emulator()->requests().size();
    m_kit.emulator()->clearRequests();
    loader.loadParts(parts, TokenLoader::Lists::ManyShort);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_kit.emulator()->requests().size(), parts.size());
    QVERIFY2(fewLong > parts.size(), qPrintable(QString::number(fewLong)));
}

QSet<QString> TestTokenLoader::emulatorTokenIds(const QList<ProjectRegion> &parts) const
{
    QSet<QString> ids;
    for (const ProjectRegion &part : parts) {
        for (const Token &token : m_kit.emulator()->tokens(part.region, part.projectId))
            ids.insert(token.id);
    }
    return ids;
}

static QSet<QString> idsOf(const QList<Token> &tokens)
{
    QSet<QString> ids;
    for (const Token &token : tokens)
        ids.insert(token.id);
    return ids;
}

void TestTokenLoader::loadsEveryProjectInEveryRegionUnderTheRateLimit()
{
    // 24 lists against a budget of 8 per second: without pacing most would be refused.
    m_kit.emulator()->setRateLimit(8);
    ClientSettings settings = m_client->settings();
    settings.maxRequestsPerSecond = 8;
    m_client = std::make_unique<CockpitClient>(m_kit.network(), settings);
    m_kit.emulator()->clearRequests();

    TokenLoader loader(m_client.get());
    QSignalSpy progress(&loader, &TokenLoader::progress);
    QSignalSpy finished(&loader, &TokenLoader::finished);
    loader.load(m_projects, allRegions());
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(30000));
    QVERIFY(!loader.isLoading());

    const auto result = finished.first().first().value<TokenLoadResult>();
    QVERIFY2(!result.isPartial(),
             qPrintable(result.failures.isEmpty() ? QString() : result.failures.first().message));
    QCOMPARE(result.parts, allParts());
    QCOMPARE(idsOf(result.tokens), emulatorTokenIds(allParts()));
    QCOMPARE(result.tokens.size(), int(emulatorTokenIds(allParts()).size()));

    // One list request per project and region (no speculative page), plus at most a few tried
    // again after a throttled answer.
    int lists = 0;
    for (const auto &request : m_kit.emulator()->requests())
        lists += request.path.endsWith(QLatin1String("/tokens")) ? 1 : 0;
    QVERIFY2(lists >= 24 && lists <= 27, qPrintable(QString::number(lists)));

    // Progress counts project-regions and whole projects, ending at the totals.
    QVERIFY(progress.size() >= 24);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), 24);
    QCOMPARE(last.at(1).toInt(), 24);
    QCOMPARE(last.at(2).toInt(), 8);
    QCOMPARE(last.at(3).toInt(), 8);
    int previous = -1;
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toInt() >= previous);
        previous = step.at(0).toInt();
    }
}

void TestTokenLoader::aFailedProjectRegionIsNamedAndRetriedAlone()
{
    m_client =
        std::make_unique<CockpitClient>(m_kit.network(), testkit::noRetries(m_client->settings()));
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    loader.load(m_projects, allRegions());
    QVERIFY(finished.wait(20000));
    auto result = finished.takeFirst().first().value<TokenLoadResult>();
    QVERIFY(result.isPartial());
    QVERIFY(!result.allFailed());
    QCOMPARE(result.failures.size(), 1);
    const ProjectRegion failed = result.failures.firstKey();
    QCOMPARE(result.failures.first().kind, ApiError::Kind::ServerError);
    QVERIFY(!result.failures.first().message.isEmpty());
    QCOMPARE(result.loadedParts().size(), 23);
    QList<ProjectRegion> others = allParts();
    others.removeAll(failed);
    QCOMPARE(idsOf(result.tokens), emulatorTokenIds(others));

    // The retry asks for that project-region only.
    m_kit.emulator()->clearRequests();
    loader.loadParts({failed});
    QVERIFY(finished.wait(10000));
    result = finished.takeFirst().first().value<TokenLoadResult>();
    QVERIFY(!result.isPartial());
    QCOMPARE(result.parts, QList<ProjectRegion>{failed});
    QCOMPARE(idsOf(result.tokens), emulatorTokenIds({failed}));
    const auto requests = m_kit.emulator()->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().path.contains(regionId(failed.region)));
    QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("project_id")), failed.projectId);
}

void TestTokenLoader::cancel_data()
{
    QTest::addColumn<bool>("oneProject");
    QTest::newRow("one project") << true;
    QTest::newRow("every project") << false;
}

void TestTokenLoader::cancel()
{
    QFETCH(bool, oneProject);
    TokenLoader loader(m_client.get());
    QSignalSpy cancelled(&loader, &TokenLoader::cancelled);
    QSignalSpy finished(&loader, &TokenLoader::finished);
    m_kit.emulator()->setLatency(60000);
    if (oneProject)
        loader.loadParts(partsOf(m_kit.credentials().projectId, allRegions()),
                         TokenLoader::Lists::FewLong);
    else
        loader.load(m_projects, allRegions());
    QTest::qWait(50);
    loader.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!loader.isLoading());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    loader.cancel(); // idle: nothing happens
    QCOMPARE(cancelled.size(), 1);
}

void TestTokenLoader::noPartsFinishesAtOnce()
{
    TokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &TokenLoader::finished);
    loader.load({}, allRegions());
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<TokenLoadResult>();
    QVERIFY(result.tokens.isEmpty());
    QVERIFY(!result.isPartial());
    QVERIFY(!result.allFailed());
}

QTEST_MAIN(TestTokenLoader)
#include "tst_tokenloader.moc"
