// Replays the Cockpit data source and region config calls of every recorded data source cassette
// (go-vcr, Terraform's suite) against the emulator: same statuses, Content-Type, JSON keys and
// value types, and the values the emulator must reproduce. The other calls the recordings hold
// are out of scope here and skipped by name (kSkippedPaths); any other path fails the test, so
// that a new recording with a new call is noticed.

#include "CassetteReader.h"
#include "EmulatorFixture.h"
#include "EmulatorTestClient.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cockpit;

namespace {

const QString kSecret = QStringLiteral("5b8c0e2a-1d3f-4e5a-9b7c-6d8e0f1a2b3c");
// The recordings' organization, for the cassettes that create no project.
const QString kFallbackOrg = QStringLiteral("105bdce1-64c0-48ab-899d-868455867ecf");

// The calls of the recordings that are not the emulator's to replay here (path prefixes; a
// {region} segment is any region): the Account projects the suite makes and removes around its
// sources, and the alert manager, Grafana and plan calls of cockpit-with-source-endpoints.
const QStringList kSkippedPaths{
    QStringLiteral("/account/v3/projects"),
    QStringLiteral("/cockpit/v1/regions/{region}/alert-manager"),
    QStringLiteral("/cockpit/v1/grafana"),
    QStringLiteral("/cockpit/v1/plans"),
    QStringLiteral("/cockpit/v1/current-plan"),
};

const QRegularExpression kReplayed(
    QStringLiteral("^/cockpit/v1/regions/[a-z]+-[a-z]+/(data-sources(/[0-9a-f-]+)?|config)$"));

bool isSkipped(const QString &path)
{
    static const QRegularExpression region(QStringLiteral("^/cockpit/v1/regions/[^/]+/"));
    QString generic = path;
    generic.replace(region, QStringLiteral("/cockpit/v1/regions/{region}/"));
    for (const QString &prefix : kSkippedPaths) {
        if (generic == prefix || generic.startsWith(prefix + u'/') ||
            generic.startsWith(prefix + u'?'))
            return true;
    }
    return false;
}

bool isCreate(const CassetteInteraction &interaction)
{
    return interaction.method == "POST" &&
           interaction.url.path().endsWith(QLatin1String("/data-sources"));
}

QStringList dataSourceCassettes()
{
    const QDir dir(cassettesDir() + QStringLiteral("/data-sources"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    return files;
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Every data source object of a recorded answer (one, or a list's).
QList<QJsonObject> sourcesOf(const QJsonObject &body)
{
    QList<QJsonObject> sources;
    if (body.contains(QStringLiteral("data_sources"))) {
        const QJsonArray items = body.value(QStringLiteral("data_sources")).toArray();
        for (const QJsonValue &item : items)
            sources.append(item.toObject());
    } else if (body.contains(QStringLiteral("url")) && body.contains(QStringLiteral("id"))) {
        sources.append(body);
    }
    return sources;
}

} // namespace

class TestEmulatorDataSources : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_ids; // recorded ID -> emulator ID
    // The recording predates late 2024, when the API made user sources external, not custom.
    bool m_createsWereExternal = false;

    QString remap(QString text) const
    {
        for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
            text.replace(it.key(), it.value());
        return text;
    }

    // One source of an answer against its recording.
    void compareSource(const QJsonObject &recorded, const QJsonObject &actual, const QString &where)
    {
        const QString recordedOrigin = recorded.value(QStringLiteral("origin")).toString();
        const QStringList recordedKeys = recorded.keys();
        QSet<QString> expectedKeys(recordedKeys.cbegin(), recordedKeys.cend());
        // Sources made before late 2024 (origin external) had no retention: today's API gives
        // every new source one (recorded since), so the emulator's answer may add it.
        if (recordedOrigin == QLatin1String("external") &&
            actual.contains(QStringLiteral("retention_days")))
            expectedKeys.insert(QStringLiteral("retention_days"));
        const QStringList actualKeys = actual.keys();
        QCOMPARE(QSet<QString>(actualKeys.cbegin(), actualKeys.cend()), expectedKeys);
        for (const QString &key : recordedKeys) {
            const QJsonValue expected = recorded.value(key);
            const QJsonValue value = actual.value(key);
            const QString field = where + u' ' + key;
            QVERIFY2(value.type() == expected.type(), qPrintable(field));
            if (key.endsWith(QLatin1String("_at"))) {
                QCOMPARE(value.toString().size(), expected.toString().size());
            } else if (key == QLatin1String("synchronized_with_grafana")) {
                // The API turns it true once Grafana has caught up, seconds later: only its
                // type can be pinned.
            } else if (key == QLatin1String("origin")) {
                // The API has named user-made sources custom (not external) since late 2024.
                const QString origin = value.toString();
                QVERIFY2(origin == expected.toString() ||
                             (expected.toString() == QLatin1String("external") &&
                              origin == QLatin1String("custom")),
                         qPrintable(field + u": " + origin));
            } else if (expected.isString()) {
                QCOMPARE(value.toString(), remap(expected.toString()));
            } else {
                QCOMPARE(value, expected);
            }
        }
    }

    void compareList(const QJsonObject &recorded, const QJsonObject &actual, const QString &where)
    {
        QCOMPARE(actual.keys(), recorded.keys());
        QCOMPARE(actual.value(QStringLiteral("total_count")),
                 recorded.value(QStringLiteral("total_count")));
        const QList<QJsonObject> expected = sourcesOf(recorded);
        const QList<QJsonObject> listed = sourcesOf(actual);
        QCOMPARE(listed.size(), expected.size());
        // Matched by ID, not position: sources the suite made concurrently got created_at in
        // another order than their requests, which the replay sends one after the other.
        for (const QJsonObject &source : expected) {
            const QString id = remap(source.value(QStringLiteral("id")).toString());
            const auto found = std::find_if(listed.cbegin(), listed.cend(), [&](const auto &item) {
                return item.value(QStringLiteral("id")).toString() == id;
            });
            QVERIFY2(found != listed.cend(), qPrintable(where + u": no " + id));
            compareSource(source, *found, where);
            if (QTest::currentTestFailed())
                return;
        }
        // Every recorded list asks for created_at_asc.
        for (qsizetype i = 1; i < listed.size(); ++i) {
            QVERIFY(listed.at(i - 1).value(QStringLiteral("created_at")).toString() <=
                    listed.at(i).value(QStringLiteral("created_at")).toString());
        }
    }

    // What the recordings take for granted: the organization, its projects and the sources that
    // existed before the suite ran (Scaleway's own), all read from the cassette itself.
    void seed(TestEmulator &emulator, const QList<CassetteInteraction> &interactions)
    {
        QString organizationId = kFallbackOrg;
        QSet<QString> created;
        QSet<QString> projects;
        for (const CassetteInteraction &interaction : interactions) {
            const QJsonObject request = jsonObject(interaction.requestBody);
            const QJsonObject response = jsonObject(interaction.responseBody);
            if (interaction.method == "POST" &&
                interaction.url.path() == QLatin1String("/account/v3/projects")) {
                organizationId = request.value(QStringLiteral("organization_id")).toString();
                projects.insert(response.value(QStringLiteral("id")).toString());
            }
            if (isCreate(interaction)) {
                created.insert(response.value(QStringLiteral("id")).toString());
                m_createsWereExternal = response.value(QStringLiteral("origin")).toString() ==
                                        QLatin1String("external");
            }
            const QString queried =
                QUrlQuery(interaction.url).queryItemValue(QStringLiteral("project_id"));
            if (!queried.isEmpty())
                projects.insert(queried);
            if (request.contains(QStringLiteral("project_id")))
                projects.insert(request.value(QStringLiteral("project_id")).toString());
        }
        emulator.addApiKey(QStringLiteral("SCWCASSETTEREPLAY001"), kSecret, {}, organizationId);
        for (const QString &project : std::as_const(projects))
            emulator.addProject(organizationId, QStringLiteral("recorded"), project);

        QSet<QString> seeded;
        for (const CassetteInteraction &interaction : interactions) {
            if (!kReplayed.match(interaction.url.path()).hasMatch())
                continue;
            for (const QJsonObject &source : sourcesOf(jsonObject(interaction.responseBody))) {
                const QString id = source.value(QStringLiteral("id")).toString();
                if (created.contains(id) || seeded.contains(id))
                    continue;
                seeded.insert(id);
                DataSource existing;
                existing.id = id;
                existing.projectId = source.value(QStringLiteral("project_id")).toString();
                existing.name = source.value(QStringLiteral("name")).toString();
                existing.type =
                    dataSourceTypeFromId(source.value(QStringLiteral("type")).toString())
                        .value_or(DataSourceType::Unknown);
                existing.origin =
                    dataSourceOriginFromId(source.value(QStringLiteral("origin")).toString())
                        .value_or(DataSourceOrigin::Unknown);
                if (source.contains(QStringLiteral("retention_days")))
                    existing.retentionDays = source.value(QStringLiteral("retention_days")).toInt();
                existing.synchronizedWithGrafana =
                    source.value(QStringLiteral("synchronized_with_grafana")).toBool();
                existing.region = regionFromId(source.value(QStringLiteral("region")).toString())
                                      .value_or(Region::FrPar);
                existing.createdAt = QDateTime::fromString(
                    source.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
                emulator.addDataSource(existing);
            }
        }
    }

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = dataSourceCassettes();
        if (files.isEmpty())
            QSKIP(qPrintable(QStringLiteral("No recorded cassettes in %1/data-sources: nothing "
                                            "to replay")
                                 .arg(cassettesDir())));
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void replay()
    {
        QFETCH(QString, path);
        QString error;
        const QList<CassetteInteraction> interactions = readCassette(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        testkit::EmulatorFixture kit;
        QVERIFY2(kit.start(testkit::EmulatorFixture::Seed::Nothing), qPrintable(kit.error()));
        TestEmulator &emulator = *kit.emulator();
        EmulatorTestClient client(kit.baseUrl(), kSecret);
        m_ids.clear();
        m_createsWereExternal = false;
        seed(emulator, interactions);

        int replayed = 0;
        for (const CassetteInteraction &interaction : interactions) {
            const QString recordedPath = interaction.url.path();
            const QString where =
                QStringLiteral("%1 %2").arg(QString::fromLatin1(interaction.method), recordedPath);
            if (!kReplayed.match(recordedPath).hasMatch()) {
                QVERIFY2(isSkipped(recordedPath),
                         qPrintable(where + u": neither replayed nor on the skip list"));
                continue;
            }
            QUrlQuery query(remap(interaction.url.query()));
            if (m_createsWereExternal &&
                query.queryItemValue(QStringLiteral("origin")) == QLatin1String("external")) {
                // The sources this recording made are external; the emulator's, made as today,
                // are custom: the same filter in today's words.
                query.removeQueryItem(QStringLiteral("origin"));
                query.addQueryItem(QStringLiteral("origin"), QStringLiteral("custom"));
            }
            const HttpResult result =
                client.send(interaction.method, remap(recordedPath), query,
                            remap(QString::fromUtf8(interaction.requestBody)).toUtf8());
            QVERIFY2(result.finished, qPrintable(where));
            QVERIFY2(result.status == interaction.status,
                     qPrintable(where + QStringLiteral(": %1 instead of %2: %3")
                                            .arg(result.status)
                                            .arg(interaction.status)
                                            .arg(QString::fromUtf8(result.body))));
            QCOMPARE(result.header("Content-Type"), interaction.responseHeader("Content-Type"));
            ++replayed;

            if (interaction.responseBody.isEmpty()) {
                QVERIFY(result.body.isEmpty());
                continue;
            }
            const QJsonObject recorded = jsonObject(interaction.responseBody);
            const QJsonObject actual = result.json();
            if (isCreate(interaction)) {
                m_ids.insert(recorded.value(QStringLiteral("id")).toString(),
                             actual.value(QStringLiteral("id")).toString());
            }
            if (recorded.contains(QStringLiteral("data_sources")))
                compareList(recorded, actual, where);
            else if (recorded.contains(QStringLiteral("url")))
                compareSource(recorded, actual, where);
            else // errors and the region config: all of it
                QCOMPARE(actual,
                         jsonObject(remap(QString::fromUtf8(interaction.responseBody)).toUtf8()));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(replayed >= 3);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorDataSources)
#include "tst_emulatordatasources.moc"
