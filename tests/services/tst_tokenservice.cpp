// TokenService against the emulator: a load over several regions (complete, partial, failed,
// cancelled, superseded) and concurrent deletes, with 404 counted as deleted.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "services/TokenService.h"

#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestTokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsEveryRegion();
    void partialWhenOneRegionFails();
    void failsWhenEveryRegionFails();
    void cancel();
    void aNewLoadSupersedesTheRunningOne();
    void deletesConcurrently();

private:
    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
};

void TestTokenService::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    // One request per region: the faults land where intended.
    m_client = m_kit.makeClient(testkit::oneRequestPerFault());
}

void TestTokenService::cleanup()
{
    const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
    QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
    m_client.reset();
    m_kit.stop();
}

void TestTokenService::loadsEveryRegion()
{
    TokenService service(m_client.get());
    QSignalSpy started(&service, &TokenService::loadStarted);
    QSignalSpy finished(&service, &TokenService::loadFinished);
    service.load(m_kit.credentials().projectId, allRegions());
    QCOMPARE(started.size(), 1);
    QVERIFY(service.isLoading());
    QVERIFY(finished.wait(10000));
    QVERIFY(!service.isLoading());
    const auto result = finished.first().first().value<TokenLoadResult>();
    QCOMPARE(result.projectId, m_kit.credentials().projectId);
    QVERIFY(!result.isPartial());
    QCOMPARE(result.loadedRegions(), allRegions());
    int expected = 0;
    for (Region region : allRegions())
        expected += int(m_kit.emulator()->tokens(region, m_kit.credentials().projectId).size());
    QCOMPARE(result.tokens.size(), expected);
    QVERIFY(result.finishedAt.isValid());
}

void TestTokenService::partialWhenOneRegionFails()
{
    TokenService service(m_client.get());
    QSignalSpy finished(&service, &TokenService::loadFinished);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 1, "GET");
    service.load(m_kit.credentials().projectId, allRegions());
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<TokenLoadResult>();
    QVERIFY(result.isPartial());
    QCOMPARE(result.regionErrors.size(), 1);
    const Region failed = result.regionErrors.firstKey();
    QCOMPARE(result.regionErrors.first().kind, ApiError::Kind::ServerError);
    QCOMPARE(result.loadedRegions().size(), 2);
    for (const Token &token : result.tokens)
        QVERIFY(token.region != failed);
}

void TestTokenService::failsWhenEveryRegionFails()
{
    TokenService service(m_client.get());
    QSignalSpy failed(&service, &TokenService::loadFailed);
    m_kit.emulator()->injectFault(EmulatorFault::ServerErrorJson, 2, "GET");
    service.load(m_kit.credentials().projectId, {Region::FrPar, Region::PlWaw});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::ServerError);
    QCOMPARE((failed.first().at(1).value<QMap<Region, ApiError>>().size()), 2);
}

void TestTokenService::cancel()
{
    TokenService service(m_client.get());
    QSignalSpy cancelled(&service, &TokenService::loadCancelled);
    QSignalSpy finished(&service, &TokenService::loadFinished);
    m_kit.emulator()->setLatency(60000);
    service.load(m_kit.credentials().projectId, allRegions());
    QTest::qWait(50);
    service.cancelLoad();
    QVERIFY(cancelled.wait(5000));
    QVERIFY(!service.isLoading());
    QCOMPARE(finished.size(), 0);
    service.cancelLoad(); // idle: nothing happens
    QCOMPARE(cancelled.size(), 1);
}

void TestTokenService::aNewLoadSupersedesTheRunningOne()
{
    TokenService service(m_client.get());
    QSignalSpy finished(&service, &TokenService::loadFinished);
    QSignalSpy cancelled(&service, &TokenService::loadCancelled);
    service.load(m_kit.credentials().projectId, allRegions());
    service.load(m_kit.credentials().projectId, {Region::NlAms});
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    // Only the second load reports, and never as cancelled.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(finished.first().first().value<TokenLoadResult>().regions,
             QList<Region>{Region::NlAms});
}

void TestTokenService::deletesConcurrently()
{
    TokenService service(m_client.get());
    QList<Token> tokens =
        m_kit.emulator()->tokens(Region::FrPar, m_kit.credentials().projectId).mid(0, 3);
    QCOMPARE(tokens.size(), 3);
    // One of them is already gone: its 404 still counts as deleted.
    Token ghost = tokens.first();
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    tokens.append(ghost);

    QSignalSpy deleted(&service, &TokenService::tokenDeleted);
    QSignalSpy failedOne(&service, &TokenService::tokenDeleteFailed);
    QSignalSpy done(&service, &TokenService::deletesFinished);
    // Concurrent: every DELETE has reached the emulator before the first answer comes back.
    int deletesSentAtFirstAnswer = -1;
    connect(&service, &TokenService::tokenDeleted, this, [&] {
        if (deletesSentAtFirstAnswer >= 0)
            return;
        deletesSentAtFirstAnswer = 0;
        for (const auto &request : m_kit.emulator()->requests())
            deletesSentAtFirstAnswer += request.method == "DELETE" ? 1 : 0;
    });
    m_kit.emulator()->setLatency(300);
    service.deleteTokens(tokens);
    QVERIFY(service.isDeleting());
    QVERIFY(done.wait(10000));
    QCOMPARE(deleted.size(), 4);
    QCOMPARE(failedOne.size(), 0);
    QCOMPARE(done.first().at(0).toInt(), 4);
    QCOMPARE(done.first().at(1).toInt(), 0);
    QCOMPARE(deletesSentAtFirstAnswer, 4);
    for (const Token &token : tokens.mid(0, 3)) {
        for (const Token &left :
             m_kit.emulator()->tokens(Region::FrPar, m_kit.credentials().projectId))
            QVERIFY(left.id != token.id);
    }
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
