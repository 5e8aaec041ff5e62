// The `cockpit-emulator` program as scripts use it: started with QProcess, read through its
// KEY=value lines, queried over HTTP, and stopped with SIGTERM.

#include "EmulatorTestClient.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QStringList kKeys{QStringLiteral("COCKPIT_EMULATOR_URL"),
                        QStringLiteral("SCW_API_URL"),
                        QStringLiteral("SCW_ACCESS_KEY"),
                        QStringLiteral("SCW_SECRET_KEY"),
                        QStringLiteral("SCW_DEFAULT_ORGANIZATION_ID"),
                        QStringLiteral("SCW_DEFAULT_PROJECT_ID")};

QString emulatorPath()
{
    return QStringLiteral(COCKPIT_EMULATOR_PATH);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private:
    // Starts the program and reads its six lines; the process is left running.
    void start(QProcess &process, const QStringList &arguments, QHash<QString, QString> *values)
    {
        process.setProgram(emulatorPath());
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                             arguments);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).count('\n') >= 6,
                                 20000);
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = QString::fromUtf8(lines.at(i));
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            QVERIFY2(equals > 0, qPrintable(line));
            QCOMPARE(line.left(equals), kKeys.at(i)); // this exact order
            values->insert(line.left(equals), line.mid(equals + 1));
        }
    }

    void stop(QProcess &process)
    {
        process.terminate(); // SIGTERM to its PID
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private Q_SLOTS:
    void startsPrintsAndServes()
    {
        QProcess process;
        QHash<QString, QString> values;
        start(process, {}, &values);
        if (QTest::currentTestFailed())
            return;
        const QString url = values.value(QStringLiteral("COCKPIT_EMULATOR_URL"));
        QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[1-9]\\d*$"))
                    .match(url)
                    .hasMatch());
        QCOMPARE(values.value(QStringLiteral("SCW_API_URL")), url);
        QVERIFY(QRegularExpression(QStringLiteral("^SCW[A-Z0-9]{17}$"))
                    .match(values.value(QStringLiteral("SCW_ACCESS_KEY")))
                    .hasMatch());
        QVERIFY(isUuid(values.value(QStringLiteral("SCW_SECRET_KEY"))));
        QVERIFY(isUuid(values.value(QStringLiteral("SCW_DEFAULT_ORGANIZATION_ID"))));
        QVERIFY(isUuid(values.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID"))));

        EmulatorTestClient client(QUrl(url), values.value(QStringLiteral("SCW_SECRET_KEY")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("project_id"),
                           values.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID")));
        const HttpResult result =
            client.get(QStringLiteral("/cockpit/v1/regions/fr-par/tokens"), query);
        QCOMPARE(result.status, 200);
        QVERIFY(result.json().value(QStringLiteral("total_count")).toInt() > 0);
        stop(process);
        QVERIFY(process.readAllStandardError().isEmpty());
    }

    void appliesOptions()
    {
        QProcess process;
        QHash<QString, QString> values;
        start(process,
              {QStringLiteral("--tokens"), QStringLiteral("300"), QStringLiteral("--error-rate"),
               QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("5")},
              &values);
        if (QTest::currentTestFailed())
            return;
        EmulatorTestClient client(QUrl(values.value(QStringLiteral("SCW_API_URL"))),
                                  values.value(QStringLiteral("SCW_SECRET_KEY")));
        // Every request fails with a 5xx at rate 1.
        for (int i = 0; i < 4; ++i) {
            const int status = client.get(QStringLiteral("/account/v3/projects")).status;
            QVERIFY2(status == 500 || status == 503, qPrintable(QString::number(status)));
        }
        stop(process);

        start(process, {QStringLiteral("--tokens"), QStringLiteral("300")}, &values);
        if (QTest::currentTestFailed())
            return;
        EmulatorTestClient second(QUrl(values.value(QStringLiteral("SCW_API_URL"))),
                                  values.value(QStringLiteral("SCW_SECRET_KEY")));
        int total = 0;
        for (const QString &region :
             {QStringLiteral("fr-par"), QStringLiteral("nl-ams"), QStringLiteral("pl-waw")}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("project_id"),
                               values.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID")));
            const HttpResult result =
                second.get(QStringLiteral("/cockpit/v1/regions/%1/tokens").arg(region), query);
            QCOMPARE(result.status, 200);
            QVERIFY(result.json().value(QStringLiteral("total_count")).toInt() >= 100);
            total += result.json().value(QStringLiteral("total_count")).toInt();
        }
        QVERIFY(total >= 300);
        stop(process);

        // Any kind of fault by name: here every request gets the gateway's empty 429.
        start(process,
              {QStringLiteral("--fault-rate"), QStringLiteral("rate-limited=1"),
               QStringLiteral("--fault-rate"), QStringLiteral("stall=0")},
              &values);
        if (QTest::currentTestFailed())
            return;
        EmulatorTestClient third(QUrl(values.value(QStringLiteral("SCW_API_URL"))),
                                 values.value(QStringLiteral("SCW_SECRET_KEY")));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(third.get(QStringLiteral("/account/v3/projects")).status, 429);
        stop(process);
    }

    void helpListsEverySwitch()
    {
        QProcess process;
        process.start(emulatorPath(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option : {"--port", "--latency-ms", "--error-rate", "--drop-rate",
                                   "--malformed-rate", "--truncate-rate", "--fault-rate",
                                   "--rate-limit", "--tokens", "--seed", "--help", "--version"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void version()
    {
        QProcess process;
        process.start(emulatorPath(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains(COCKPIT_VERSION));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("rate") << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("1.5")};
        QTest::newRow("latency") << QStringList{QStringLiteral("--latency-ms"),
                                                QStringLiteral("soon")};
        QTest::newRow("rates sum")
            << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("0.6"),
                           QStringLiteral("--error-rate"), QStringLiteral("0.6")};
        QTest::newRow("fault kind")
            << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("gremlins=0.1")};
        QTest::newRow("fault rate")
            << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("drop=2")};
        QTest::newRow("fault rates sum")
            << QStringList{QStringLiteral("--fault-rate"), QStringLiteral("drop=0.6"),
                           QStringLiteral("--fault-rate"), QStringLiteral("stall=0.6")};
    }

    void rejectsBadValues()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(emulatorPath(), arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulatorprocess.moc"
