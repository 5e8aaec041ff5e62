// ProjectService against the emulator: the organization configured, derived from the default
// project (getProject), or from the access key (getApiKey → default project → organization), as
// `scw login` does; and the fallback to the default project when the list is refused.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "services/ProjectService.h"

#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestProjectService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resolves_data();
    void resolves();
    void listRefusedFallsBackToTheDefaultProject();
    void apiKeyLookupDenied();
    void nothingToStartFrom();

private:
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
};

void TestProjectService::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    m_client = m_kit.makeClient(testkit::oneRequestPerFault());
}

void TestProjectService::cleanup()
{
    m_client.reset();
    m_kit.stop();
}

void TestProjectService::resolves_data()
{
    QTest::addColumn<bool>("withOrganization");
    QTest::addColumn<bool>("withProject");
    QTest::addColumn<QStringList>("expectedPaths"); // prefixes of the requests, in order
    QTest::newRow("organization given")
        << true << true << QStringList{QStringLiteral("/account/v3/projects")};
    QTest::newRow("from the default project")
        << false << true
        << QStringList{QStringLiteral("/account/v3/projects/"),
                       QStringLiteral("/account/v3/projects")};
    QTest::newRow("from the access key") << false << false
                                         << QStringList{QStringLiteral("/iam/v1alpha1/api-keys/"),
                                                        QStringLiteral("/account/v3/projects/"),
                                                        QStringLiteral("/account/v3/projects")};
}

void TestProjectService::resolves()
{
    QFETCH(bool, withOrganization);
    QFETCH(bool, withProject);
    QFETCH(QStringList, expectedPaths);
    ProjectService service(m_client.get(), m_kit.credentials().accessKey,
                           withOrganization ? m_kit.credentials().organizationId : QString(),
                           withProject ? m_kit.credentials().projectId : QString());
    QSignalSpy loaded(&service, &ProjectService::loaded);
    QSignalSpy failed(&service, &ProjectService::loadFailed);
    m_kit.emulator()->clearRequests();
    service.load();
    QVERIFY(service.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(service.organizationId(), m_kit.credentials().organizationId);
    QCOMPARE(service.projects().size(), 3);
    QCOMPARE(service.defaultProjectId(), m_kit.credentials().projectId);
    QVERIFY(!service.listError().isError());
    for (const Project &project : service.projects())
        QVERIFY(!project.name.isEmpty());

    const auto requests = m_kit.emulator()->requests();
    QCOMPARE(requests.size(), expectedPaths.size());
    for (int i = 0; i < requests.size(); ++i)
        QVERIFY2(requests.at(i).path.startsWith(expectedPaths.at(i)),
                 qPrintable(requests.at(i).path));
    // The access key travels only in the IAM path, never as credentials.
    for (const auto &request : requests) {
        for (const auto &header : request.headers)
            QVERIFY(!header.second.contains(m_kit.credentials().accessKey.toUtf8()));
    }
}

void TestProjectService::listRefusedFallsBackToTheDefaultProject()
{
    ProjectService service(m_client.get(), m_kit.credentials().accessKey,
                           m_kit.credentials().organizationId, m_kit.credentials().projectId);
    QSignalSpy loaded(&service, &ProjectService::loaded);
    QSignalSpy failed(&service, &ProjectService::loadFailed);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    service.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(service.listError().kind, ApiError::Kind::ServerError);
    QCOMPARE(service.projects().size(), 1);
    QCOMPARE(service.projects().first().id, m_kit.credentials().projectId);
    QCOMPARE(service.defaultProjectId(), m_kit.credentials().projectId);

    // Without a default project there is nothing to fall back to.
    ProjectService bare(m_client.get(), QString(), m_kit.credentials().organizationId, QString());
    QSignalSpy bareFailed(&bare, &ProjectService::loadFailed);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    bare.load();
    QVERIFY(bareFailed.wait(10000));
    QCOMPARE(bareFailed.first().first().value<ApiError>().kind, ApiError::Kind::ServerError);
}

void TestProjectService::apiKeyLookupDenied()
{
    m_kit.emulator()->setApiKeyLookupDenied(true);
    ProjectService service(m_client.get(), m_kit.credentials().accessKey, QString(), QString());
    QSignalSpy failed(&service, &ProjectService::loadFailed);
    service.load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::PermissionDenied);
}

void TestProjectService::nothingToStartFrom()
{
    ProjectService service(m_client.get(), QString(), QString(), QString());
    QSignalSpy failed(&service, &ProjectService::loadFailed);
    service.load();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::InvalidRequest);
    QVERIFY(m_kit.emulator()->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectService)
#include "tst_projectservice.moc"
