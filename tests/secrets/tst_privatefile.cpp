// PrivateFile: a file that holds a secret is written for its owner alone (0600 on Unix, a
// protected owner-only DACL on Windows, read back by OwnerOnly*.cpp), also over a file that was
// wider, all or nothing.
#include "OwnerOnly.h"
#include "secrets/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cockpit;
using cockpit::test::ownerOnlyProblem;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewFileIsForItsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prometheus.yml"));
        QString error;
        QVERIFY2(PrivateFile::write(path, "credentials: s3cr3t\n", &error), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("credentials: s3cr3t\n"));
        QCOMPARE(ownerOnlyProblem(path), QString());
    }

    void replacingAWiderFileNarrowsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.alloy"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content, much longer than the new one\n");
        }
        QVERIFY(cockpit::test::openToEveryone(path));
        QVERIFY(!ownerOnlyProblem(path).isEmpty()); // the check sees a wider file
        QVERIFY(PrivateFile::write(path, "new\n"));
        QCOMPARE(contentOf(path), QByteArray("new\n"));
        QCOMPARE(ownerOnlyProblem(path), QString());
    }

    void aFolderInTheWayIsAnErrorAndStaysAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("otelcol.yaml"));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QString error;
        QVERIFY(!PrivateFile::write(path, "second\n", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("/inside")));
    }

    void aMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(
            !PrivateFile::write(dir.filePath(QStringLiteral("no/such/folder/x.yml")), "x", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
