// The API secret keys never reach a settings file, the log or the scw config file. Runs a sign-in,
// loads, profile switches and a removal with every logging category at debug level
// (QT_LOGGING_RULES, set by CMake) and every message captured, with secret keys made up for this
// run so that nothing older can match.
#include "ProfileTestKit.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QMessageBox>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logMutex);
        capturedLog.append(QString::fromUtf8(context.category ? context.category : "") +
                           QLatin1Char(' ') + message);
    }
    // Only warnings and worse go on to the test log: debug output of every category is huge.
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretKeysStayInTheKeychainAndMemory();
};

void TestSecretLeaks::initTestCase()
{
    ProfileTestKit::useTestSettings("tst_secretleaks");
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecretLeaks::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSecretLeaks::secretKeysStayInTheKeychainAndMemory()
{
    QVERIFY2(qEnvironmentVariable("QT_LOGGING_RULES").contains(QStringLiteral("debug=true")),
             "run through CTest: QT_LOGGING_RULES must turn debug output on");
    ProfileTestKit kit;
    // A third key, made up now, for the sign-in.
    const QString signInAccessKey = QStringLiteral("SCWLEAKCHECK00000001");
    const QString signInSecret = QUuid::createUuid().toString(QUuid::WithoutBraces);
    kit.emulator.addApiKey(signInAccessKey, signInSecret, kit.demo.projectId,
                           kit.demo.organizationId);
    const QByteArray config = kit.twoProfileConfig();
    kit.writeConfig(config);
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    kit.controller()->signInAction()->trigger();
    cockpit::SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
    QVERIFY(dialog);
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, signInAccessKey, signInSecret, QStringLiteral("Leak check"));
    QVERIFY(signedIn.wait(15000));
    const QString appId = signedIn.first().first().toString();
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    QComboBox *box = kit.header()->profileBox();
    box->setCurrentIndex(box->findData(QStringLiteral("scw:second")));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    box->setCurrentIndex(box->findData(appId));
    QVERIFY(kit.waitForTokens(kit.demo.projectId)); // read back from the keychain
    kit.window->close();
    kit.settings.sync();

    // The sign-in kept its secret in the secret store only.
    QVERIFY(kit.memorySecrets->contains(
        cockpit::AppProfileStore::secretKeyName(appId.mid(QStringLiteral("app:").size()))));

    const QStringList secrets{signInSecret, kit.second.secretKey, kit.demo.secretKey};
    // Every settings file of the test-mode configuration folder.
    const QString configRoot =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator files(configRoot, QDir::Files, QDirIterator::Subdirectories);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++read;
        for (const QString &secret : secrets)
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    QVERIFY2(read > 0, qPrintable(configRoot));
    QVERIFY(QFile::exists(kit.settings.fileName()));

    // The whole log, debug included.
    {
        const QMutexLocker locker(&logMutex);
        // The emulator stands in for Scaleway: it receives the key by definition, and
        // QtHttpServer's own debug output prints whole requests. That is the far end of the
        // wire, not the app, so its lines are left out (and must exist: the capture works).
        const QString serverCategory = QStringLiteral("qt.httpserver");
        int appLines = 0;
        int serverLines = 0;
        for (const QString &line : std::as_const(capturedLog)) {
            if (line.startsWith(serverCategory)) {
                ++serverLines;
                continue;
            }
            ++appLines;
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(line.left(80)));
        }
        QVERIFY(appLines > 0);
        QVERIFY(serverLines > 0);
    }

    // The scw config file is exactly as written.
    QFile file(kit.configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), config);
}

QTEST_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
