// TokenCreator against the emulator over real HTTP: a create is sent once and never retried; when
// its answer is lost the creator finds the token it may have made.
#include "EmulatorFixture.h"
#include "api/CockpitClient.h"
#include "services/TokenCreator.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestTokenCreator : public QObject
{
    Q_OBJECT

private:
    // Plain HTTP, or the TLS + HTTP/2 gateway in the _gateway variant.
    testkit::EmulatorFixture m_kit;
    std::unique_ptr<CockpitClient> m_client;
    std::unique_ptr<TokenCreator> m_creator;

    CreateTokenRequest request(const QString &name) const
    {
        CreateTokenRequest request;
        request.region = Region::NlAms;
        request.projectId = m_kit.credentials().projectId;
        request.name = name;
        request.scopes = TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs;
        return request;
    }

    // The emulator's demo key, short timeouts, quick retries.
    ClientSettings settings() const
    {
        ClientSettings settings = m_kit.settings();
        settings.timeoutMs = 1500;
        settings.retryBaseDelayMs = 10;
        settings.retryMaxDelayMs = 50;
        return settings;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
        m_client = std::make_unique<CockpitClient>(m_kit.network(), settings());
        m_creator = std::make_unique<TokenCreator>(m_client.get());
    }
    void cleanup()
    {
        const QStringList withoutHttp2 = m_kit.transport().takeAnswersWithoutHttp2();
        QVERIFY2(withoutHttp2.isEmpty(), qPrintable(withoutHttp2.join(u'\n')));
        m_creator.reset();
        m_client.reset();
        m_kit.stop();
    }

    void createsWithItsSecret()
    {
        CreateOperation *operation = m_creator->create(request(QStringLiteral("alloy-nl")));
        QVERIFY(operation);
        QSignalSpy created(operation, &CreateOperation::created);
        QVERIFY(created.wait(5000));
        const auto result = created.at(0).at(0).value<CreatedToken>();
        QCOMPARE(result.token.name, QStringLiteral("alloy-nl"));
        QCOMPARE(result.token.region, Region::NlAms);
        QCOMPARE(result.token.scopes, TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs);
        QVERIFY(!result.secretKey.isEmpty());
        QCOMPARE(m_kit.emulator()->createCount(), 1);
        QVERIFY(!m_creator->isBusy());
    }

    void apiRefusalIsAPlainFailure()
    {
        CreateTokenRequest bad = request(QStringLiteral("alloy-nl"));
        bad.projectId = QStringLiteral("not-a-uuid");
        CreateOperation *operation = m_creator->create(bad);
        QVERIFY(operation);
        QSignalSpy failed(operation, &CreateOperation::createFailed);
        QSignalSpy unknown(operation, &CreateOperation::outcomeUnknown);
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(1).value<ApiError>();
        QVERIFY(error.kind == ApiError::Kind::InvalidArguments ||
                error.kind == ApiError::Kind::InvalidRequest);
        QVERIFY(!error.outcomeUnknown);
        QCOMPARE(unknown.count(), 0);
        QCOMPARE(m_kit.emulator()->createCount(), 0);
    }

    void oneCreateAtATime()
    {
        m_kit.emulator()->setLatency(200);
        CreateOperation *operation = m_creator->create(request(QStringLiteral("first-one")));
        QVERIFY(operation);
        QSignalSpy created(operation, &CreateOperation::created);
        QVERIFY(m_creator->isBusy());
        QVERIFY(!m_creator->create(request(QStringLiteral("second-one"))));
        QVERIFY(created.wait(5000));
        QTest::qWait(300); // long enough for a second create to have landed, were there one
        QCOMPARE(m_kit.emulator()->createCount(), 1);
        QCOMPARE(created.count(), 1);
    }

    void lostAnswerFindsTheToken_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("dropped connection") << int(EmulatorFault::Drop);
        QTest::newRow("timeout") << int(EmulatorFault::Stall);
    }
    void lostAnswerFindsTheToken()
    {
        QFETCH(int, fault);
        // An older token with the same name must not be mistaken for the new one.
        m_kit.emulator()->addToken(Region::NlAms, m_kit.credentials().projectId,
                                   QStringLiteral("alloy-nl"), TokenScope::WriteOnlyLogs,
                                   QDateTime::currentDateTimeUtc().addDays(-3));
        m_kit.emulator()->injectFault(EmulatorFault(fault), 1, "POST");

        CreateOperation *operation = m_creator->create(request(QStringLiteral("alloy-nl")));
        QVERIFY(operation);
        QSignalSpy created(operation, &CreateOperation::created);
        QSignalSpy unknown(operation, &CreateOperation::outcomeUnknown);
        QSignalSpy recovered(operation, &CreateOperation::recoveryFinished);
        QVERIFY(recovered.wait(10000));
        QCOMPARE(unknown.count(), 1);
        QVERIFY(unknown.at(0).at(1).value<ApiError>().outcomeUnknown);
        QCOMPARE(created.count(), 0);

        const auto candidates = recovered.at(0).at(1).value<QList<Token>>();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.at(0).name, QStringLiteral("alloy-nl"));
        QVERIFY(candidates.at(0).createdAt > QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY(!recovered.at(0).at(2).value<ApiError>().isError());
        // Never retried: exactly one token was made.
        QCOMPARE(m_kit.emulator()->createCount(), 1);
        int posts = 0;
        for (const auto &recorded : m_kit.emulator()->requests())
            posts += recorded.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        QVERIFY(!m_creator->isBusy());
    }

    void failedSearchIsReported()
    {
        m_kit.emulator()->injectFault(EmulatorFault::Drop, 1, "POST");
        // Enough failures to exhaust the list's retries.
        m_kit.emulator()->injectFault(EmulatorFault::ServerError, 20, "GET");
        CreateOperation *operation = m_creator->create(request(QStringLiteral("alloy-nl")));
        QVERIFY(operation);
        QSignalSpy recovered(operation, &CreateOperation::recoveryFinished);
        QVERIFY(recovered.wait(15000));
        QVERIFY(recovered.at(0).at(1).value<QList<Token>>().isEmpty());
        QCOMPARE(recovered.at(0).at(2).value<ApiError>().kind, ApiError::Kind::ServerError);
    }

    void unresolvedCreateIsNotSentAgain()
    {
        // One request per attempt: one injected fault is one failed search.
        const ClientSettings oneTry = testkit::oneRequestPerFault(settings());
        CockpitClient client(m_kit.network(), oneTry);
        TokenCreator creator(&client);
        m_kit.emulator()->injectFault(EmulatorFault::Drop, 1, "POST");
        m_kit.emulator()->injectFault(EmulatorFault::ServerError, 1, "GET");
        CreateOperation *operation = creator.create(request(QStringLiteral("alloy-nl")));
        QVERIFY(operation);
        QSignalSpy recovered(operation, &CreateOperation::recoveryFinished);
        QVERIFY(recovered.wait(15000));
        QVERIFY(creator.unresolved().has_value());
        QCOMPARE(creator.unresolved()->name, QStringLiteral("alloy-nl"));
        // The same token cannot be requested again.
        QVERIFY(!creator.create(request(QStringLiteral("alloy-nl"))));
        QCOMPARE(m_kit.emulator()->createCount(), 1);

        // Checked again once the API answers: found, so resolved.
        CreateOperation *again = creator.checkAgain();
        QVERIFY(again);
        QSignalSpy recoveredAgain(again, &CreateOperation::recoveryFinished);
        QVERIFY(recoveredAgain.wait(15000));
        QCOMPARE(recoveredAgain.at(0).at(1).value<QList<Token>>().size(), 1);
        QVERIFY(!creator.unresolved());
        QVERIFY(!creator.checkAgain());
        QVERIFY(creator.create(request(QStringLiteral("alloy-nl"))));
    }
};

QTEST_GUILESS_MAIN(TestTokenCreator)
#include "tst_tokencreator.moc"
