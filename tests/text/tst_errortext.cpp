// ErrorText: every API error kind has its own translated sentence, and the technical line
// carries the API's message, the HTTP status and the request ID.
#include "text/ErrorText.h"

#include <QSet>
#include <QTest>

using cockpit::ApiError;
using Kind = cockpit::ApiError::Kind;

class TestErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasItsOwnSentence();
    void sentenceDependsOnDetails_data();
    void sentenceDependsOnDetails();
    void technicalDetails();
};

void TestErrorText::everyKindHasItsOwnSentence()
{
    const QList<Kind> kinds{
        Kind::InvalidArguments,   Kind::Unauthenticated,   Kind::PermissionDenied,
        Kind::QuotaExceeded,      Kind::NotFound,          Kind::TransientState,
        Kind::PreconditionFailed, Kind::RateLimited,       Kind::ServerError,
        Kind::HttpError,          Kind::NetworkError,      Kind::Timeout,
        Kind::Cancelled,          Kind::MalformedResponse, Kind::ResponseTooLarge,
        Kind::InsecureUrl,        Kind::InvalidRequest};
    QSet<QString> seen;
    for (Kind kind : kinds) {
        const QString text =
            cockpit::ErrorText::sentence(ApiError::local(kind, QStringLiteral("x")));
        QVERIFY2(!text.isEmpty(), qPrintable(ApiError::kindName(kind)));
        QVERIFY2(!seen.contains(text), qPrintable(ApiError::kindName(kind)));
        seen.insert(text);
    }
}

void TestErrorText::sentenceDependsOnDetails_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contains");
    QTest::newRow("expired key")
        << 401
        << QByteArray(
               R"json({"message":"authentication is denied","method":"api_key","reason":"expired","type":"denied_authentication"})json")
        << QStringLiteral("expired");
    QTest::newRow("unknown key")
        << 401
        << QByteArray(
               R"json({"message":"authentication is denied","method":"api_key","reason":"not_found","type":"denied_authentication"})json")
        << QStringLiteral("secret key");
    QTest::newRow("403 propagation hint")
        << 403
        << QByteArray(
               R"json({"details":[{"action":"read","resource":"cockpit"}],"message":"insufficient permissions","type":"permissions_denied"})json")
        << QStringLiteral("Cockpit permissions");
    QTest::newRow("bad argument named")
        << 400
        << QByteArray(
               R"json({"details":[{"argument_name":"name","help_message":"x","reason":"constraint"}],"message":"invalid argument(s)","type":"invalid_arguments"})json")
        << QStringLiteral("“name”");
    QTest::newRow("gateway 502, no body")
        << 502 << QByteArray() << QStringLiteral("internal error");
    QTest::newRow("418") << 418 << QByteArray() << QStringLiteral("HTTP 418");
}

void TestErrorText::sentenceDependsOnDetails()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, contains);
    const QString text = cockpit::ErrorText::sentence(ApiError::fromHttp(status, body, QString()));
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void TestErrorText::technicalDetails()
{
    const ApiError error = ApiError::fromHttp(
        404, R"({"message":"resource is not found","resource":"token","type":"not_found"})",
        QStringLiteral("4ba2455c-b686-4bc3-8eae-bf87a8588c7c"));
    QCOMPARE(cockpit::ErrorText::technicalDetails(error),
             QStringLiteral("The API said: “resource is not found” · HTTP 404 · Request ID: "
                            "4ba2455c-b686-4bc3-8eae-bf87a8588c7c"));
    // A local error has no API message or request to quote, but its own description helps.
    QCOMPARE(cockpit::ErrorText::technicalDetails(
                 ApiError::local(Kind::NetworkError, QStringLiteral("Connection refused"))),
             QStringLiteral("Details: Connection refused"));
    QCOMPARE(
        cockpit::ErrorText::technicalDetails(ApiError::local(Kind::Cancelled, QStringLiteral("x"))),
        QString());
    QCOMPARE(cockpit::ErrorText::forAction(QStringLiteral("Could not load the tokens"), error),
             QStringLiteral("Could not load the tokens: ") + cockpit::ErrorText::sentence(error));
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
