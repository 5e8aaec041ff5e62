#include "EmulatorTestBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace cockpit;

const QString EmulatorTestBase::kOrg = QStringLiteral("3f1c2a44-5d6e-4f70-8a9b-0c1d2e3f4a5b");
const QString EmulatorTestBase::kOtherOrg = QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
const QString EmulatorTestBase::kSecret = QStringLiteral("5b8c0e2a-1d3f-4e5a-9b7c-6d8e0f1a2b3c");
const QString EmulatorTestBase::kOtherSecret =
    QStringLiteral("0f1e2d3c-4b5a-4968-8776-655443322110");
const QRegularExpression EmulatorTestBase::kTimestamp(
    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));

void EmulatorTestBase::setUpEmulator()
{
    QVERIFY2(m_kit.start(testkit::EmulatorFixture::Seed::Nothing), qPrintable(m_kit.error()));
    TestEmulator *emulator = m_kit.emulator();
    emulator->addApiKey(QStringLiteral("SCWTESTKEY0000000001"), kSecret, {}, kOrg);
    emulator->addApiKey(QStringLiteral("SCWTESTKEY0000000002"), kOtherSecret, {}, kOtherOrg);
    m_project = emulator->addProject(kOrg, QStringLiteral("tests")).id;
    m_otherProject = emulator->addProject(kOtherOrg, QStringLiteral("others")).id;
    m_client = std::make_unique<EmulatorTestClient>(m_kit.baseUrl(), kSecret);
}

void EmulatorTestBase::tearDownEmulator()
{
    m_client.reset();
    m_kit.stop();
}

void EmulatorTestBase::checkCommonHeaders(const HttpResult &result)
{
    QVERIFY(result.finished);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(QUuid::fromString(QString::fromLatin1(result.header("X-Request-Id"))).isNull() ==
            false);
    QCOMPARE(result.header("X-Ratelimit-Limit"), QByteArray("50, 50;w=1"));
    QVERIFY(result.hasHeader("X-Ratelimit-Remaining"));
    QVERIFY(result.header("X-Ratelimit-Reset").toInt() >= 1);
}

void EmulatorTestBase::checkInvalidArgument(const HttpResult &result, const QString &argument,
                                            const QString &reason)
{
    QCOMPARE(result.status, 400);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_arguments"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(),
             QStringLiteral("invalid argument(s)"));
    const QJsonArray details = body.value(QStringLiteral("details")).toArray();
    QCOMPARE(details.size(), 1);
    const QJsonObject detail = details.first().toObject();
    QCOMPARE(keys(detail),
             (QSet<QString>{QStringLiteral("argument_name"), QStringLiteral("help_message"),
                            QStringLiteral("reason")}));
    QCOMPARE(detail.value(QStringLiteral("argument_name")).toString(), argument);
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(), reason);
    QVERIFY(!detail.value(QStringLiteral("help_message")).toString().isEmpty());
}

QString EmulatorTestBase::tokensPath(const QString &region)
{
    return QStringLiteral("/cockpit/v1/regions/%1/tokens").arg(region);
}

QString EmulatorTestBase::tokenPath(const QString &id, const QString &region)
{
    return tokensPath(region) + QLatin1Char('/') + id;
}

QByteArray EmulatorTestBase::createBody(const QString &projectId, const QString &name,
                                        const QStringList &scopes)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("project_id"), projectId},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("token_scopes"), QJsonArray::fromStringList(scopes)}})
        .toJson(QJsonDocument::Compact);
}

QUrlQuery EmulatorTestBase::query(std::initializer_list<QPair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, value);
    return q;
}

QStringList EmulatorTestBase::strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromLatin1(text));
    return list;
}

QSet<QString> EmulatorTestBase::keys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}
