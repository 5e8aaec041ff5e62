// Secure connections that cannot be set up, each with a certificate made for the case by
// tests/support/make-test-certificates.sh and served by a real nginx: a sentence that names the
// server and says what to do, never an option to go on anyway. And the fix users of a
// TLS-inspecting network apply: their CA in SSL_CERT_FILE, read as the app reads it at start.
#include "EmulatorFixture.h"
#include "TestGateway.h"
#include "api/CockpitClient.h"
#include "api/TrustFromEnvironment.h"
#include "text/ErrorText.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cockpit;

Q_DECLARE_METATYPE(TestGateway::Certificate)

class TestTlsFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    // In this order: the first runs before the test CA is trusted.
    void unknownAuthorityUntilTrusted();
    void trustedThroughSslCertFile();
    void refusedCertificates_data();
    void refusedCertificates();
    void notTlsAtAll();

private:
    ApiError listThrough(const QUrl &baseUrl, int *attempts = nullptr);

    testkit::EmulatorFixture m_kit;
    TestGateway m_gateway;
};

void TestTlsFailures::init()
{
    QVERIFY2(m_kit.start(), qPrintable(m_kit.error()));
}

void TestTlsFailures::cleanup()
{
    m_gateway.stop();
    m_kit.stop();
}

ApiError TestTlsFailures::listThrough(const QUrl &baseUrl, int *attempts)
{
    QNetworkAccessManager network; // a new one each time: no connection or TLS session kept
    ClientSettings settings = m_kit.settings(testkit::quickRetries());
    settings.baseUrl = baseUrl;
    CockpitClient client(&network, settings);
    m_kit.emulator()->clearRequests();
    std::unique_ptr<TokenListReply> reply(
        client.listTokens({Region::FrPar, m_kit.credentials().projectId, {}, {}}));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("test: no answer"));
    if (attempts)
        *attempts = int(m_kit.emulator()->requests().size());
    return reply->error();
}

void TestTlsFailures::unknownAuthorityUntilTrusted()
{
    QVERIFY2(m_gateway.start(m_kit.emulator()->baseUrl()), qPrintable(m_gateway.error()));
    const ApiError error = listThrough(m_gateway.baseUrl());
    QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("TlsError"));
    QVERIFY2(error.message.contains(QLatin1String("does not trust")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("Cockpit Tokens test CA")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("SSL_CERT_FILE")), qPrintable(error.message));
    QVERIFY(!error.outcomeUnknown);
    // What the user reads is that sentence, once.
    QCOMPARE(cockpit::ErrorText::sentence(error), error.message);
    QVERIFY(!cockpit::ErrorText::technicalDetails(error).contains(error.message));
}

void TestTlsFailures::trustedThroughSslCertFile()
{
    QVERIFY2(m_gateway.start(m_kit.emulator()->baseUrl()), qPrintable(m_gateway.error()));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SSL_CERT_FILE"), m_gateway.caFile());
    const ExtraAuthorities authorities = authoritiesFromEnvironment(environment);
    QCOMPARE(trustAuthorities(authorities.certificates), 1);
    const ApiError error = listThrough(m_gateway.baseUrl());
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

void TestTlsFailures::refusedCertificates_data()
{
    QTest::addColumn<TestGateway::Certificate>("certificate");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong host name")
        << TestGateway::Certificate::WrongHost << "made out to another name (api.example.invalid)";
    QTest::newRow("expired") << TestGateway::Certificate::Expired << "expired on";
    QTest::newRow("unknown authority")
        << TestGateway::Certificate::Untrusted << "does not trust (Untrusted test CA)";
}

void TestTlsFailures::refusedCertificates()
{
    QFETCH(TestGateway::Certificate, certificate);
    QFETCH(QString, says);
    TestGateway::Options options;
    options.certificate = certificate;
    QVERIFY2(m_gateway.start(m_kit.emulator()->baseUrl(), options), qPrintable(m_gateway.error()));
    int requests = -1;
    const ApiError error = listThrough(m_gateway.baseUrl(), &requests);
    QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("TlsError"));
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("127.0.0.1")), qPrintable(error.message));
    QCOMPARE(requests, 0); // nothing reached the API
}

void TestTlsFailures::notTlsAtAll()
{
    // https:// to a port where nginx speaks plain HTTP: the handshake itself fails.
    TestGateway::Options options;
    options.tls = false;
    QVERIFY2(m_gateway.start(m_kit.emulator()->baseUrl(), options), qPrintable(m_gateway.error()));
    const ApiError error = listThrough(m_gateway.baseUrl());
    QCOMPARE(ApiError::kindName(error.kind), QStringLiteral("TlsError"));
    QVERIFY2(error.message.contains(QLatin1String("handshake failed")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestTlsFailures)
#include "tst_tlsfailures.moc"
