// Replays the requests of the recorded real API traffic (go-vcr cassettes) against the emulator
// and compares its answers with the recorded ones: status, Content-Type, JSON keys and value
// types, the values that must match, and even the body length the real API announced.

#include "CassetteReader.h"
#include "EmulatorFixture.h"
#include "EmulatorTestClient.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace cockpit;

namespace {

const QString kSecret = QStringLiteral("5b8c0e2a-1d3f-4e5a-9b7c-6d8e0f1a2b3c");
// The organization of the recorded projects that were created without one in the cassette.
const QString kFallbackOrg = QStringLiteral("105bdce1-64c0-48ab-899d-868455867ecf");
// The recorder replaced every secret with this value, on get as on create.
const QString kSanitizedSecret = QStringLiteral("00000000-0000-0000-0000-000000000000");

const QRegularExpression
    kUuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

bool isProjectCreate(const CassetteInteraction &interaction)
{
    return interaction.method == "POST" &&
           interaction.url.path() == QLatin1String("/account/v3/projects");
}

bool isProjectDelete(const CassetteInteraction &interaction)
{
    return interaction.method == "DELETE" &&
           interaction.url.path().startsWith(QLatin1String("/account/v3/projects/"));
}

bool isTokenCreate(const CassetteInteraction &interaction)
{
    return interaction.method == "POST" &&
           interaction.url.path().endsWith(QLatin1String("/tokens"));
}

} // namespace

class TestEmulatorCassettes : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_ids; // recorded ID -> emulator ID

    QString remap(QString text) const
    {
        for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
            text.replace(it.key(), it.value());
        return text;
    }

    // Compares one answer with its recording. `created`: the answer of a token create.
    void compareBodies(const QJsonObject &recorded, const QJsonObject &actual, bool created)
    {
        QCOMPARE(actual.keys(), recorded.keys());
        for (const QString &key : recorded.keys()) {
            const QJsonValue expected = recorded.value(key);
            const QJsonValue value = actual.value(key);
            if (key == QLatin1String("secret_key") && expected.toString() == kSanitizedSecret) {
                // Sanitized in the recording; the real answer had a secret only on create.
                QCOMPARE(value.type(), created ? QJsonValue::String : QJsonValue::Null);
                continue;
            }
            QVERIFY2(value.type() == expected.type(), qPrintable(key));
            if (key.endsWith(QLatin1String("_at")))
                QCOMPARE(value.toString().size(), expected.toString().size());
            else if (key == QLatin1String("id") || key == QLatin1String("resource_id"))
                QCOMPARE(value.toString(), remap(expected.toString()));
            else if (expected.isString())
                QCOMPARE(value.toString(), remap(expected.toString()));
            else
                QCOMPARE(value, expected);
        }
    }

    // The recorder replaced each secret with a UUID after the real API had announced its
    // body's Content-Length, so that header still tells the real lengths. The recorded bodies
    // are not the exact real ones (the announced lengths exceed even an unsanitized guess by a
    // few bytes), but the difference between the create and a get of the same token is exactly
    // the secret's share: the emulator's create and get must differ by the same amount. That
    // pins "secret_key": null on get and the secret's length on create.
    struct CreateSizes
    {
        qsizetype announced = -1;
        qsizetype emulator = -1;
    };
    QHash<QString, CreateSizes> m_createSizes; // by recorded token ID

    void compareLength(const CassetteInteraction &interaction, const HttpResult &result,
                       const QString &where)
    {
        const QByteArray announced = interaction.responseHeader("Content-Length");
        if (announced.isEmpty() || !interaction.url.path().startsWith(QLatin1String("/cockpit/")))
            return;
        const QString recordedId = QJsonDocument::fromJson(interaction.responseBody)
                                       .object()
                                       .value(QStringLiteral("id"))
                                       .toString();
        if (isTokenCreate(interaction)) {
            m_createSizes.insert(recordedId, {announced.toInt(), result.body.size()});
            return;
        }
        if (interaction.method != "GET" || !m_createSizes.contains(recordedId))
            return;
        const CreateSizes sizes = m_createSizes.value(recordedId);
        QVERIFY2(
            sizes.emulator - result.body.size() == sizes.announced - announced.toInt(),
            qPrintable(where + QStringLiteral(": create and get differ by %1 bytes, recorded %2")
                                   .arg(sizes.emulator - result.body.size())
                                   .arg(sizes.announced - announced.toInt())));
        ++m_lengthChecks;
    }
    int m_lengthChecks = 0;

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = cassetteFiles();
        if (files.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No recorded cassettes in %1: nothing to replay")
                                 .arg(cassettesDir())));
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void replay()
    {
        QFETCH(QString, path);
        QString error;
        const QList<CassetteInteraction> recordedInteractions = readCassette(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Calls to other Scaleway APIs (Secret Manager, ...) are not the emulator's to replay.
        const QList<CassetteInteraction> interactions = appApiInteractions(recordedInteractions);
        QVERIFY(!interactions.isEmpty());

        testkit::EmulatorFixture kit;
        QVERIFY2(kit.start(testkit::EmulatorFixture::Seed::Nothing), qPrintable(kit.error()));
        TestEmulator &emulator = *kit.emulator();
        EmulatorTestClient client(kit.baseUrl(), kSecret);
        m_ids.clear();
        m_createSizes.clear();
        m_lengthChecks = 0;
        QString organizationId;

        // Projects: the emulator does not create or delete projects over HTTP; a recorded create
        // becomes a project added directly, and every other recorded project ID gets one too.
        for (const CassetteInteraction &interaction : interactions) {
            if (!isProjectCreate(interaction))
                continue;
            const QJsonObject request = QJsonDocument::fromJson(interaction.requestBody).object();
            const QJsonObject response = QJsonDocument::fromJson(interaction.responseBody).object();
            organizationId = request.value(QStringLiteral("organization_id")).toString();
            const Project project = emulator.addProject(
                organizationId, request.value(QStringLiteral("name")).toString());
            m_ids.insert(response.value(QStringLiteral("id")).toString(), project.id);
        }
        if (organizationId.isEmpty())
            organizationId = kFallbackOrg;
        emulator.addApiKey(QStringLiteral("SCWCASSETTEREPLAY001"), kSecret, {}, organizationId);
        for (const CassetteInteraction &interaction : interactions) {
            if (isProjectCreate(interaction))
                continue;
            const QString text =
                interaction.url.path() + QString::fromUtf8(interaction.requestBody);
            for (auto match = kUuid.globalMatch(text); match.hasNext();) {
                const QString id = match.next().captured();
                if (!m_ids.contains(id) && !text.contains(QLatin1String("/tokens/") + id))
                    m_ids.insert(
                        id, emulator.addProject(organizationId, QStringLiteral("recorded")).id);
            }
        }

        int replayed = 0;
        for (const CassetteInteraction &interaction : interactions) {
            if (isProjectCreate(interaction) || isProjectDelete(interaction))
                continue;
            const QString recordedPath = interaction.url.path();
            const HttpResult result = client.send(
                interaction.method, remap(recordedPath), QUrlQuery(remap(interaction.url.query())),
                remap(QString::fromUtf8(interaction.requestBody)).toUtf8());
            const QString where =
                QStringLiteral("%1 %2").arg(QString::fromLatin1(interaction.method), recordedPath);
            QVERIFY2(result.finished, qPrintable(where));
            QVERIFY2(result.status == interaction.status,
                     qPrintable(where + QStringLiteral(": %1 instead of %2")
                                            .arg(result.status)
                                            .arg(interaction.status)));
            QCOMPARE(result.header("Content-Type"), interaction.responseHeader("Content-Type"));
            ++replayed;

            if (interaction.responseBody.isEmpty()) {
                QVERIFY(result.body.isEmpty());
                continue;
            }
            const QJsonObject recorded = QJsonDocument::fromJson(interaction.responseBody).object();
            const QJsonObject actual = result.json();
            if (isTokenCreate(interaction))
                m_ids.insert(recorded.value(QStringLiteral("id")).toString(),
                             actual.value(QStringLiteral("id")).toString());
            compareBodies(recorded, actual, isTokenCreate(interaction));
            if (QTest::currentTestFailed())
                return;
            compareLength(interaction, result, where);
            if (QTest::currentTestFailed())
                return;
        }
        // The cassettes that get a token they created must have been length-checked.
        bool getsCreatedToken = false;
        for (const CassetteInteraction &interaction : interactions)
            getsCreatedToken =
                getsCreatedToken || (interaction.method == "GET" &&
                                     interaction.url.path().contains(QLatin1String("/tokens/")));
        QVERIFY(!getsCreatedToken || m_lengthChecks > 0);
        QVERIFY(replayed >= 3);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCassettes)
#include "tst_emulatorcassettes.moc"
