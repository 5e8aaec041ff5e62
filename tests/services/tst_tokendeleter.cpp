// TokenDeleter against the emulator: concurrent deletes, with 404 counted as deleted (loads are
// TokenLoader's: tst_tokenloader).
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "services/TokenDeleter.h"

#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestTokenDeleter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deletesConcurrently();

private:
    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
};

void TestTokenDeleter::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
    // One request per region: the faults land where intended.
    m_client = m_kit.makeClient(testkit::oneRequestPerFault());
}

void TestTokenDeleter::cleanup()
{
    const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
    QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
    m_client.reset();
    m_kit.stop();
}

void TestTokenDeleter::deletesConcurrently()
{
    TokenDeleter service(m_client.get());
    QList<Token> tokens =
        m_kit.emulator()->tokens(Region::FrPar, m_kit.credentials().projectId).mid(0, 3);
    QCOMPARE(tokens.size(), 3);
    // One of them is already gone: its 404 still counts as deleted.
    Token ghost = tokens.first();
    ghost.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    tokens.append(ghost);

    QSignalSpy deleted(&service, &TokenDeleter::deleted);
    QSignalSpy failedOne(&service, &TokenDeleter::deleteFailed);
    QSignalSpy done(&service, &TokenDeleter::finished);
    // Concurrent: every DELETE has reached the emulator before the first answer comes back.
    int deletesSentAtFirstAnswer = -1;
    connect(&service, &TokenDeleter::deleted, this, [&] {
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

QTEST_GUILESS_MAIN(TestTokenDeleter)
#include "tst_tokendeleter.moc"
