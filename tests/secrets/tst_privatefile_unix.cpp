// PrivateFile on Unix, beyond what tst_privatefile checks on every platform: never wider than
// 0600 at any moment (the system calls, read by strace from a second process), and a symbolic
// link at the chosen name is refused, never followed.
#include "secrets/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <sys/stat.h>

using namespace cockpit;

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPrivateFileUnix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlantedLinkIsRefusedNotFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath(QStringLiteral("important.txt"));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("the victim's own words\n");
        }
        const QString link = dir.filePath(QStringLiteral("config.alloy"));
        QVERIFY(QFile::link(victim, link));
        QString error;
        QVERIFY(!PrivateFile::write(link, "token = s3cr3t\n", &error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")), qPrintable(error));
        QCOMPARE(contentOf(victim), QByteArray("the victim's own words\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        // A dangling link: nothing is created where it points.
        const QString planted = dir.filePath(QStringLiteral("planted"));
        const QString dangling = dir.filePath(QStringLiteral("prometheus.yml"));
        QVERIFY(QFile::link(planted, dangling));
        QVERIFY(!PrivateFile::write(dangling, "token = s3cr3t\n", &error));
        QVERIFY(!QFileInfo::exists(planted));
        // Nothing is left behind beside them.
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .size(),
            3);
    }

    // What the system calls say, from strace in a second process: every file created for the
    // write is created 0600, and no mode is ever set wider, also over a file of mode 0644 and
    // with a permissive umask.
    void neverWiderThanOwnerOnlyAtAnyMoment_data()
    {
        QTest::addColumn<bool>("replaceExisting");
        QTest::newRow("new file") << false;
        QTest::newRow("over a 0644 file") << true;
    }
    void neverWiderThanOwnerOnlyAtAnyMoment()
    {
        QFETCH(bool, replaceExisting);
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!strace.isEmpty(), "strace (scripts/install-deps) reads the system calls");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.alloy"));
        if (replaceExisting) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
            old.close();
            QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup |
                                                    QFileDevice::ReadOther));
        }
        const QString log = dir.filePath(QStringLiteral("strace.log"));
        QProcess child;
        // LeakSanitizer cannot run under ptrace; leaks are checked by the test's own run.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QStringList asan = environment.value(QStringLiteral("ASAN_OPTIONS"))
                               .split(QLatin1Char(':'), Qt::SkipEmptyParts);
        asan << QStringLiteral("detect_leaks=0");
        environment.insert(QStringLiteral("ASAN_OPTIONS"), asan.join(QLatin1Char(':')));
        child.setProcessEnvironment(environment);
        child.start(strace, {QStringLiteral("-f"), QStringLiteral("-o"), log, QStringLiteral("-e"),
                             QStringLiteral("trace=open,openat,creat,chmod,fchmod,fchmodat"),
                             QCoreApplication::applicationFilePath(),
                             QStringLiteral("--write-private"), path});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(contentOf(path), QByteArray("token = s3cr3t\n"));
        QFile trace(log);
        QVERIFY(trace.open(QIODevice::ReadOnly));
        const QString folder = dir.path();
        int created = 0;
        static const QRegularExpression mode(QStringLiteral(", (0[0-7]{3,4})\\)"));
        for (const QString &line : QString::fromLocal8Bit(trace.readAll()).split(u'\n')) {
            if (!line.contains(folder) && !line.contains(QLatin1String("fchmod(")))
                continue;
            const bool creates = line.contains(QLatin1String("O_CREAT")) ||
                                 line.contains(QLatin1String("O_TMPFILE")) ||
                                 line.contains(QLatin1String("creat("));
            const bool chmods = line.contains(QLatin1String("chmod"));
            if (!creates && !chmods)
                continue;
            const QRegularExpressionMatch match = mode.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY2(match.captured(1).toInt(nullptr, 8) == 0600, qPrintable(line));
            created += creates;
        }
        QVERIFY2(created >= 1, "strace saw no file created");
    }
};

// `--write-private PATH`: the write alone, under strace (umask 022, as a user's session has it).
int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--write-private") == 0) {
        QCoreApplication app(argc, argv);
        ::umask(022);
        QString error;
        if (PrivateFile::write(QString::fromLocal8Bit(argv[2]), "token = s3cr3t\n", &error))
            return 0;
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestPrivateFileUnix test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_privatefile_unix.moc"
