// SignInCheck against the emulator: the scw-login-like chain (API key → default project →
// organization → projects → Cockpit) and each way it can fail, at the step that failed.
#include "EmulatorFixture.h"
#include "services/SignInCheck.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace cockpit;

class TestSignInCheck : public QObject
{
    Q_OBJECT

private:
    testkit::EmulatorFixture m_kit;

    ApiCredentials credentials() const
    {
        ApiCredentials credentials;
        credentials.accessKey = m_kit.credentials().accessKey;
        credentials.secretKey = Secret(m_kit.credentials().secretKey);
        credentials.apiUrl = m_kit.emulator()->baseUrl();
        return credentials;
    }

    ClientSettings fastTuning() const
    {
        ClientSettings tuning;
        tuning.timeoutMs = 3000;
        tuning.maxRetries = 1;
        tuning.retryBaseDelayMs = 10;
        tuning.retryMaxDelayMs = 20;
        return tuning;
    }

    // Runs a check; returns true on success.
    bool run(const ApiCredentials &credentials, SignInCheck::Result *result,
             SignInCheck::Step *step, ApiError *error)
    {
        SignInCheck check(m_kit.network(), credentials, fastTuning());
        QSignalSpy succeeded(&check, &SignInCheck::checked);
        QSignalSpy failed(&check, &SignInCheck::checkFailed);
        check.start();
        if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 15000))
            return false;
        if (!succeeded.isEmpty()) {
            *result = succeeded.at(0).at(0).value<SignInCheck::Result>();
            return true;
        }
        *step = failed.at(0).at(0).value<SignInCheck::Step>();
        *error = failed.at(0).at(1).value<ApiError>();
        return false;
    }

private Q_SLOTS:
    void init() { QVERIFY2(m_kit.start(), qPrintable(m_kit.error())); }
    void cleanup() { m_kit.stop(); }

    void succeeds()
    {
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        QVERIFY2(run(credentials(), &result, &step, &error), qPrintable(error.message));
        QCOMPARE(result.organizationId, m_kit.credentials().organizationId);
        QCOMPARE(result.defaultProjectId, m_kit.credentials().projectId);
        QVERIFY(result.projects.size() >= 3);
        QVERIFY(!result.projectListError.isError());
    }

    void givenProjectWins()
    {
        const Project other = m_kit.emulator()->addProject(m_kit.credentials().organizationId,
                                                           QStringLiteral("Other"));
        ApiCredentials given = credentials();
        given.projectId = other.id;
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        QVERIFY2(run(given, &result, &step, &error), qPrintable(error.message));
        QCOMPARE(result.defaultProjectId, other.id);
    }

    void wrongSecretIs401AtTheFirstStep()
    {
        ApiCredentials wrong = credentials();
        wrong.secretKey = Secret(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        QVERIFY(!run(wrong, &result, &step, &error));
        QCOMPARE(step, SignInCheck::Step::ApiKey);
        QCOMPARE(error.kind, ApiError::Kind::Unauthenticated);
        QCOMPARE(error.httpStatus, 401);
    }

    void keyThatCannotReadItself()
    {
        m_kit.emulator()->setApiKeyLookupDenied(true);
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        // Without a project there is no way on: a 403 at the first step.
        QVERIFY(!run(credentials(), &result, &step, &error));
        QCOMPARE(step, SignInCheck::Step::ApiKey);
        QCOMPARE(error.kind, ApiError::Kind::PermissionDenied);
        // With one, the check goes on through the project.
        ApiCredentials given = credentials();
        given.projectId = m_kit.credentials().projectId;
        QVERIFY2(run(given, &result, &step, &error), qPrintable(error.message));
        QCOMPARE(result.organizationId, m_kit.credentials().organizationId);
    }

    void unknownProject()
    {
        ApiCredentials given = credentials();
        given.projectId = QStringLiteral("6f1b1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        QVERIFY(!run(given, &result, &step, &error));
        QCOMPARE(step, SignInCheck::Step::Project);
        QVERIFY(error.kind == ApiError::Kind::NotFound ||
                error.kind == ApiError::Kind::PermissionDenied);
    }

    void networkFailure()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiCredentials unreachable = credentials();
        unreachable.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        SignInCheck::Result result;
        SignInCheck::Step step{};
        ApiError error;
        QVERIFY(!run(unreachable, &result, &step, &error));
        QCOMPARE(step, SignInCheck::Step::ApiKey);
        QCOMPARE(error.kind, ApiError::Kind::NetworkError);
    }

    void insecureUrlIsRefusedBeforeSending()
    {
        ApiCredentials remote = credentials();
        remote.apiUrl = QUrl(QStringLiteral("http://api.example.com"));
        SignInCheck check(m_kit.network(), remote, fastTuning());
        QVERIFY(check.configurationError().isError());
        QSignalSpy failed(&check, &SignInCheck::checkFailed);
        check.start();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::InsecureUrl);
        QVERIFY(m_kit.emulator()->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignInCheck)
#include "tst_signincheck.moc"
