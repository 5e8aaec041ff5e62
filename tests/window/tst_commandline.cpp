// The cockpit-tokens program itself: --help and --version, and --demo --measure-startup, which
// starts the in-process emulator, shows the demo tokens and quits after their first paint.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion_data();
    void helpAndVersion();
    void demoShowsTokens_data();
    void demoShowsTokens();

private:
    static QProcessEnvironment cleanEnvironment();
};

QProcessEnvironment TestCommandLine::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1String("SCW_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringLiteral("--help") << QStringLiteral("--demo");
    QTest::newRow("version") << QStringLiteral("--version")
                             << QStringLiteral("Cockpit Tokens " COCKPIT_VERSION "\n");
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcess process;
    // No display at all, as over SSH: printing text must not need one.
    QProcessEnvironment environment = cleanEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COCKPIT_TOKENS_BIN), {argument});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestCommandLine::demoShowsTokens_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--demo") << QStringList{QStringLiteral("--demo")};
    // Without any SCW_* credentials the demo starts by itself.
    QTest::newRow("no credentials") << QStringList();
}

void TestCommandLine::demoShowsTokens()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COCKPIT_TOKENS_BIN),
                  arguments + QStringList{QStringLiteral("--measure-startup")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("startup_to_rows_painted_ms (\\d+)"));
    QVERIFY2(line.match(out).hasMatch(), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
