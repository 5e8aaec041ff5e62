// OrganizationTokenLoader against the emulator: every project in every region, paced under the
// emulator's rate limit; a project-region that fails is named and retried alone; cancel.
#include "EmulatorFixture.h"
#include "api/ApiReply.h"
#include "api/CockpitClient.h"
#include "services/OrganizationTokenLoader.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestOrganizationLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryProjectInEveryRegionUnderTheRateLimit();
    void aFailedProjectRegionIsNamedAndRetriedAlone();
    void cancel();
    void noPartsFinishesAtOnce();

private:
    QList<Project> organizationProjects();
    QSet<QString> emulatorTokenIds(const QList<ProjectRegion> &parts) const;
    QList<ProjectRegion> allParts() const;

    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
    QList<Project> m_projects;
};

void TestOrganizationLoader::init()
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

void TestOrganizationLoader::cleanup()
{
    const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
    QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
    m_client.reset();
    m_kit.stop();
}

QList<Project> TestOrganizationLoader::organizationProjects()
{
    ProjectListReply *reply = m_client->listProjects(m_kit.credentials().organizationId);
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(10000) || !reply->isSuccess())
        return {};
    const QList<Project> projects = reply->projects();
    reply->deleteLater();
    return projects;
}

QList<ProjectRegion> TestOrganizationLoader::allParts() const
{
    QList<ProjectRegion> parts;
    for (const Project &project : m_projects) {
        for (Region region : allRegions())
            parts.append({project.id, region});
    }
    return parts;
}

QSet<QString> TestOrganizationLoader::emulatorTokenIds(const QList<ProjectRegion> &parts) const
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

void TestOrganizationLoader::loadsEveryProjectInEveryRegionUnderTheRateLimit()
{
    // 24 lists against a budget of 8 per second: without pacing most would be refused.
    m_kit.emulator()->setRateLimit(8);
    ClientSettings settings = m_client->settings();
    settings.maxRequestsPerSecond = 8;
    m_client = std::make_unique<CockpitClient>(m_kit.network(), settings);
    m_kit.emulator()->clearRequests();

    OrganizationTokenLoader loader(m_client.get());
    QSignalSpy progress(&loader, &OrganizationTokenLoader::progress);
    QSignalSpy finished(&loader, &OrganizationTokenLoader::finished);
    loader.load(m_projects, allRegions());
    QVERIFY(loader.isLoading());
    QVERIFY(finished.wait(30000));
    QVERIFY(!loader.isLoading());

    const auto result = finished.first().first().value<OrganizationLoadResult>();
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

void TestOrganizationLoader::aFailedProjectRegionIsNamedAndRetriedAlone()
{
    m_client =
        std::make_unique<CockpitClient>(m_kit.network(), testkit::noRetries(m_client->settings()));
    OrganizationTokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &OrganizationTokenLoader::finished);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    loader.load(m_projects, allRegions());
    QVERIFY(finished.wait(20000));
    auto result = finished.takeFirst().first().value<OrganizationLoadResult>();
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
    result = finished.takeFirst().first().value<OrganizationLoadResult>();
    QVERIFY(!result.isPartial());
    QCOMPARE(result.parts, QList<ProjectRegion>{failed});
    QCOMPARE(idsOf(result.tokens), emulatorTokenIds({failed}));
    const auto requests = m_kit.emulator()->requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().path.contains(regionId(failed.region)));
    QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("project_id")), failed.projectId);
}

void TestOrganizationLoader::cancel()
{
    OrganizationTokenLoader loader(m_client.get());
    QSignalSpy cancelled(&loader, &OrganizationTokenLoader::cancelled);
    QSignalSpy finished(&loader, &OrganizationTokenLoader::finished);
    m_kit.emulator()->setLatency(60000);
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

void TestOrganizationLoader::noPartsFinishesAtOnce()
{
    OrganizationTokenLoader loader(m_client.get());
    QSignalSpy finished(&loader, &OrganizationTokenLoader::finished);
    loader.load({}, allRegions());
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<OrganizationLoadResult>();
    QVERIFY(result.tokens.isEmpty());
    QVERIFY(!result.isPartial());
    QVERIFY(!result.allFailed());
}

QTEST_MAIN(TestOrganizationLoader)
#include "tst_organizationloader.moc"
