// The scw CLI config reader: file location rules, root profile, named profiles inheriting from the
// root, active_profile, SCW_PROFILE, SCW_* overrides, zone-only regions, and every kind of bad
// file.
#include "credentials/ScwConfig.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace cockpit;

namespace {

constexpr auto kKeyA = "SCWAAAAAAAAAAAAAAAAA";
constexpr auto kKeyB = "SCWBBBBBBBBBBBBBBBBB";
constexpr auto kSecretA = "11111111-1111-1111-1111-111111111111";
constexpr auto kSecretB = "22222222-2222-2222-2222-222222222222";
constexpr auto kOrg = "33333333-3333-3333-3333-333333333333";
constexpr auto kProjectA = "44444444-4444-4444-4444-444444444444";
constexpr auto kProjectB = "55555555-5555-5555-5555-555555555555";

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QProcessEnvironment environmentFrom(const QStringList &pairs)
{
    QProcessEnvironment environment;
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        environment.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return environment;
}

// Writes `content` to config.yaml in `dir`, owner-only as the CLI writes it; "" on failure.
QString writeConfig(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

const char *const kTwoProfiles = R"(access_key: SCWAAAAAAAAAAAAAAAAA
secret_key: 11111111-1111-1111-1111-111111111111
default_organization_id: 33333333-3333-3333-3333-333333333333
default_project_id: 44444444-4444-4444-4444-444444444444
default_region: nl-ams
api_url: http://127.0.0.1:8080
profiles:
  staging:
    access_key: SCWBBBBBBBBBBBBBBBBB
    secret_key: 22222222-2222-2222-2222-222222222222
    default_project_id: 55555555-5555-5555-5555-555555555555
  zoned:
    default_zone: pl-waw-2
)";

} // namespace

class TestScwConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configPath_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit") << QStringList{s("SCW_CONFIG_PATH=/etc/scw.yaml"),
                                                 s("XDG_CONFIG_HOME=/x"), s("HOME=/h")}
                                  << s("/etc/scw.yaml");
        QTest::newRow("xdg") << QStringList{s("XDG_CONFIG_HOME=/x"), s("HOME=/h")}
                             << s("/x/scw/config.yaml");
#ifdef Q_OS_WIN
        // The user profile, as the scw CLI finds it on Windows; a HOME set by a POSIX shell is not.
        QTest::newRow("userprofile")
            << QStringList{s("USERPROFILE=/u"), s("HOME=/h")} << s("/u/.config/scw/config.yaml");
#else
        QTest::newRow("home") << QStringList{s("HOME=/h")} << s("/h/.config/scw/config.yaml");
#endif
    }
    void configPath()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QCOMPARE(ScwConfig::configPath(environmentFrom(environment)), expected);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("yaml"); // "<none>" = no file
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("organizationId");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("apiUrl");

        const QString two = s(kTwoProfiles);
        QTest::newRow("root only")
            << two << QStringList{} << s("default") << s(kKeyA) << s(kSecretA) << s(kOrg)
            << s(kProjectA) << s("nl-ams") << s("http://127.0.0.1:8080");
        QTest::newRow("named inherits from root")
            << two << QStringList{s("SCW_PROFILE=staging")} << s("staging") << s(kKeyB)
            << s(kSecretB) << s(kOrg) << s(kProjectB) << s("nl-ams") << s("http://127.0.0.1:8080");
        QTest::newRow("active_profile")
            << (two + s("active_profile: staging\n")) << QStringList{} << s("staging") << s(kKeyB)
            << s(kSecretB) << s(kOrg) << s(kProjectB) << s("nl-ams") << s("http://127.0.0.1:8080");
        QTest::newRow("SCW_PROFILE beats active_profile")
            << (two + s("active_profile: staging\n")) << QStringList{s("SCW_PROFILE=default")}
            << s("default") << s(kKeyA) << s(kSecretA) << s(kOrg) << s(kProjectA) << s("nl-ams")
            << s("http://127.0.0.1:8080");
        QTest::newRow("env overrides file")
            << two
            << QStringList{s("SCW_PROFILE=staging"),
                           s("SCW_ACCESS_KEY=SCWCCCCCCCCCCCCCCCCC"),
                           s("SCW_SECRET_KEY=66666666-6666-6666-6666-666666666666"),
                           s("SCW_DEFAULT_PROJECT_ID=77777777-7777-7777-7777-777777777777"),
                           s("SCW_DEFAULT_REGION=pl-waw"),
                           s("SCW_API_URL=https://api.example")}
            << s("staging") << s("SCWCCCCCCCCCCCCCCCCC")
            << s("66666666-6666-6666-6666-666666666666") << s(kOrg)
            << s("77777777-7777-7777-7777-777777777777") << s("pl-waw") << s("https://api.example");
        QTest::newRow("zone only")
            << s("access_key: SCWAAAAAAAAAAAAAAAAA\ndefault_zone: pl-waw-2\n") << QStringList{}
            << s("default") << s(kKeyA) << QString() << QString() << QString() << s("pl-waw")
            << QString();
        // The CLI merges key by key: an inherited region stays even when the profile sets a zone.
        QTest::newRow("inherited region beats own zone")
            << two << QStringList{s("SCW_PROFILE=zoned")} << s("zoned") << s(kKeyA) << s(kSecretA)
            << s(kOrg) << s(kProjectA) << s("nl-ams") << s("http://127.0.0.1:8080");
        QTest::newRow("region defaults to fr-par")
            << s("access_key: SCWAAAAAAAAAAAAAAAAA\n") << QStringList{} << s("default") << s(kKeyA)
            << QString() << QString() << QString() << s("fr-par") << QString();
        QTest::newRow("missing file, environment only")
            << s("<none>")
            << QStringList{s("SCW_ACCESS_KEY=SCWAAAAAAAAAAAAAAAAA"),
                           s("SCW_SECRET_KEY=") + s(kSecretA), s("SCW_DEFAULT_ZONE=nl-ams-1")}
            << s("default") << s(kKeyA) << s(kSecretA) << QString() << QString() << s("nl-ams")
            << QString();
        QTest::newRow("empty file")
            << QString() << QStringList{} << s("default") << QString() << QString() << QString()
            << QString() << s("fr-par") << QString();
    }
    void resolve()
    {
        QFETCH(QString, yaml);
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, accessKey);
        QFETCH(QString, secretKey);
        QFETCH(QString, organizationId);
        QFETCH(QString, projectId);
        QFETCH(QString, region);
        QFETCH(QString, apiUrl);

        QTemporaryDir dir;
        const QString path = yaml == QLatin1String("<none>")
                                 ? dir.filePath(QStringLiteral("config.yaml"))
                                 : writeConfig(dir, yaml.toUtf8());
        QVERIFY(!path.isEmpty());
        const ScwConfig config = ScwConfig::load(path, environmentFrom(environment));
        QVERIFY2(!config.error(), config.error() ? qPrintable(config.error()->toString()) : "");
        QCOMPARE(config.fileExists(), yaml != QLatin1String("<none>"));
        QVERIFY(config.warnings().isEmpty());
        QCOMPARE(config.selectedProfileName(), profile);
        const std::optional<ScwProfile> resolved = config.resolveSelected();
        QVERIFY(resolved);
        QCOMPARE(resolved->name, profile);
        QCOMPARE(resolved->accessKey, accessKey);
        QCOMPARE(resolved->secretKey.expose(), secretKey);
        QCOMPARE(resolved->defaultOrganizationId, organizationId);
        QCOMPARE(resolved->defaultProjectId, projectId);
        QCOMPARE(regionId(resolved->region()), region);
        QCOMPARE(resolved->apiUrl, apiUrl);
    }

    void profileNamesInFileOrder()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, QByteArray(kTwoProfiles));
        QVERIFY(!path.isEmpty());
        const ScwConfig config = ScwConfig::load(path, {});
        QCOMPARE(config.profileNames(), (QStringList{s("default"), s("staging"), s("zoned")}));
    }

    void unknownProfileInEnvironment()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, QByteArray(kTwoProfiles));
        QVERIFY(!path.isEmpty());
        const ScwConfig config = ScwConfig::load(path, environmentFrom({s("SCW_PROFILE=prod")}));
        QCOMPARE(config.selectedProfileName(), s("prod"));
        QVERIFY(!config.resolveSelected());
        QVERIFY(config.resolve(s("default"))); // the other sources still work
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("malformed yaml")
            << QByteArray("access_key: SCWAAAAAAAAAAAAAAAAA\nprofiles:\n  a: [unclosed\n") << 4
            << QString();
        QTest::newRow("bad indentation")
            << QByteArray("access_key: a\n  secret_key: b\n") << 2 << QString();
        QTest::newRow("root is a list") << QByteArray("- a\n- b\n") << 1 << s("map");
        QTest::newRow("profiles is a list")
            << QByteArray("access_key: a\nprofiles:\n  - staging\n") << 3 << s("profiles");
        QTest::newRow("key is a map")
            << QByteArray("profiles:\n  prod:\n    access_key:\n      nested: 1\n") << 4
            << s("access_key");
        QTest::newRow("profile is a scalar")
            << QByteArray("profiles:\n  prod: yes\n") << 2 << s("prod");
        QTest::newRow("insecure not a boolean")
            << QByteArray("insecure: sometimes\n") << 1 << s("insecure");
    }
    void badFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, messagePart);

        QTemporaryDir dir;
        const QString path = writeConfig(dir, yaml);
        QVERIFY(!path.isEmpty());

        const QProcessEnvironment environment =
            environmentFrom({s("SCW_ACCESS_KEY=") + s(kKeyA), s("SCW_SECRET_KEY=") + s(kSecretA)});
        const ScwConfig config = ScwConfig::load(path, environment);
        QVERIFY(config.error());
        QCOMPARE(config.error()->path, path);
        QCOMPARE(config.error()->line, line);
        QVERIFY(config.error()->column > 0);
        QVERIFY2(config.error()->message.contains(messagePart),
                 qPrintable(config.error()->message));
        QVERIFY(
            config.error()->toString().startsWith(path + QLatin1Char(':') + QString::number(line)));
        QVERIFY(config.fileProfiles().isEmpty());
        // The environment still gives a working profile.
        const std::optional<ScwProfile> fallback = config.resolve(s("default"));
        QVERIFY(fallback);
        QCOMPARE(fallback->accessKey, s(kKeyA));
        QVERIFY(fallback->hasCredentials());
    }

    // What is not a CLI file is refused at once, like a malformed file: it never hangs, aborts
    // or fills the memory, and the environment's profile still works.
    void notAConfigFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("/dev/zero") << s("zero") << s("regular file");
        QTest::newRow("a FIFO nobody writes") << s("fifo") << s("regular file");
        QTest::newRow("a 40 MB file") << s("huge") << s("KiB");
        QTest::newRow("a file that is one byte too large") << s("bound") << s("KiB");
    }
    void notAConfigFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("config.yaml"));
        if (kind == QLatin1String("zero") || kind == QLatin1String("fifo")) {
#ifdef Q_OS_WIN
            QSKIP("devices and FIFOs at a path are Unix's");
#else
            if (kind == QLatin1String("zero"))
                path = QStringLiteral("/dev/zero");
            else
                QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Valid YAML all the way: only its size is wrong.
            const qint64 size = kind == QLatin1String("huge") ? 40 * 1000 * 1000 : 1024 * 1024 + 1;
            QByteArray line("# padding padding padding padding padding padding padding\n");
            QVERIFY(file.write("access_key: SCWAAAAAAAAAAAAAAAAA\n") > 0);
            while (file.size() + line.size() <= size)
                file.write(line);
            file.write(QByteArray(size - file.size(), '#'));
            file.close();
            QCOMPARE(QFileInfo(path).size(), size);
        }
        const QProcessEnvironment environment =
            environmentFrom({s("SCW_ACCESS_KEY=") + s(kKeyA), s("SCW_SECRET_KEY=") + s(kSecretA)});
        const ScwConfig config = ScwConfig::load(path, environment);
        QVERIFY(config.error());
        QCOMPARE(config.error()->path, path);
        QVERIFY2(config.error()->message.contains(messagePart),
                 qPrintable(config.error()->message));
        QVERIFY(config.error()->toString().startsWith(path));
        QVERIFY(config.fileProfiles().isEmpty());
        const std::optional<ScwProfile> fallback = config.resolve(s("default"));
        QVERIFY(fallback);
        QCOMPARE(fallback->accessKey, s(kKeyA));
        QVERIFY(fallback->hasCredentials());
    }

    void aFileAtTheBoundIsRead()
    {
        QTemporaryDir dir;
        QByteArray content("access_key: SCWAAAAAAAAAAAAAAAAA\n");
        content += QByteArray(1024 * 1024 - content.size() - 1, '#') + '\n';
        const QString path = writeConfig(dir, content);
        QVERIFY(!path.isEmpty());
        const ScwConfig config = ScwConfig::load(path, {});
        QVERIFY2(!config.error(),
                 qPrintable(config.error() ? config.error()->toString() : QString()));
        QCOMPARE(config.resolve(s("default"))->accessKey, s(kKeyA));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("access_key: a\n");
        file.close();
#ifdef Q_OS_WIN
        // Held open by another program that shares nothing: every open fails with a sharing
        // violation until it lets go (mode bits do not exist there).
        const HANDLE holder =
            CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                        GENERIC_READ, 0, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        QVERIFY(holder != INVALID_HANDLE_VALUE);
        const auto release = qScopeGuard([holder] { CloseHandle(holder); });
#else
        if (geteuid() == 0)
            QSKIP("root reads every file; permissions cannot make it unreadable here");
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
#endif
        const ScwConfig config = ScwConfig::load(path, {});
        QVERIFY(config.error());
        QCOMPARE(config.error()->line, 0);
        QVERIFY(config.error()->toString().startsWith(path));
    }

    void unreadableFolderEntry()
    {
        // A directory where the file should be cannot be read on any account, root included.
        QTemporaryDir dir;
        const ScwConfig config = ScwConfig::load(dir.path(), {});
        QVERIFY(config.error());
        QCOMPARE(config.error()->path, dir.path());
        QCOMPARE(config.error()->line, 0);
        QVERIFY(!config.error()->message.isEmpty());
    }

    void warnsWhenSecretIsReadableByOthers()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, QByteArray(kTwoProfiles));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const ScwConfig config = ScwConfig::load(path, {});
        QVERIFY(!config.error());
        QCOMPARE(config.warnings().size(), 1);
        QVERIFY(config.warnings().constFirst().contains(path));
        // The warning names the file, never the secret.
        QVERIFY(!config.warnings().constFirst().contains(s(kSecretA)));
    }

    void neverWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, QByteArray(kTwoProfiles));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const ScwConfig config = ScwConfig::load(path, environmentFrom({s("SCW_PROFILE=staging")}));
        QVERIFY(config.resolveSelected());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(kTwoProfiles));
    }
};

QTEST_GUILESS_MAIN(TestScwConfig)
#include "tst_scwconfig.moc"
