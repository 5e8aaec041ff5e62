// One end-to-end sign-in under the real keychain (gnome-keyring in a private D-Bus session, run by
// tests/secrets/run-with-keyring.sh): the secret key is saved there, a new window reads it back
// to open the profile, and removing the profile deletes the keychain entry.
#include "ProfileTestKit.h"

#include "secrets/KeychainSecretStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>

class TestSignInKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInReopenRemove();
};

void TestSignInKeychain::initTestCase()
{
    ProfileTestKit::useTestSettings("tst_signinkeychain");
    QVERIFY2(qEnvironmentVariableIsSet("COCKPIT_PROFILES_KEYCHAIN"),
             "run through run-with-keyring.sh with COCKPIT_PROFILES_KEYCHAIN=1");
}

void TestSignInKeychain::signInReopenRemove()
{
    ProfileTestKit kit;
    QVERIFY(!kit.memorySecrets); // the real keychain
    kit.build();
    QVERIFY(kit.start());
    kit.controller()->signInAction()->trigger();
    cockpit::SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(kit.profiles->keychain()->isKnown(), 20000);
    QVERIFY(kit.profiles->keychain()->isAvailable());
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey);
    QVERIFY(signedIn.wait(20000));
    const QString profileId = signedIn.first().first().toString();
    QVERIFY(profileId.startsWith(QStringLiteral("app:")));
    QVERIFY(kit.waitForTokens(kit.second.projectId));

    // A new window and directory: the profile opens from the keychain.
    kit.window.reset();
    kit.build();
    QVERIFY(kit.start());
    QCOMPARE(kit.header()->currentProfileId(), profileId);
    QVERIFY(kit.waitForTokens(kit.second.projectId));

    kit.controller()->updateActions();
    kit.controller()->removeAction()->trigger();
    QMessageBox *question = kit.controller()->removalQuestion();
    QVERIFY(question);
    QSignalSpy removed(kit.profiles.get(), &cockpit::ProfileDirectory::profileRemoved);
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QVERIFY(removed.wait(20000));

    cockpit::SecretStoreJob *job = kit.secrets->read(
        cockpit::AppProfileStore::secretKeyName(profileId.mid(QStringLiteral("app:").size())));
    QSignalSpy finished(job, &cockpit::SecretStoreJob::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(job->error().kind, cockpit::SecretStoreError::Kind::NotFound);
    QVERIFY(kit.store->profiles().isEmpty());
}

QTEST_MAIN(TestSignInKeychain)
#include "tst_signinkeychain.moc"
