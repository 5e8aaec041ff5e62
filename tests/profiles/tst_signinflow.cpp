// Signing in by hand against the emulator: the key is checked, then kept in the keychain (an
// in-memory SecretStore here) as an app profile, or for this session only when there is no
// keychain or the user asks; failures stay in the form with the input kept. Also the first run,
// opening an app profile (its secret read from the keychain, and what a failing keychain shows),
// and removing profiles.
#include "ProfileTestKit.h"
#include "common/SecretLineEdit.h"
#include "credentials/RememberedProjects.h"
#include "frame/MessageBanner.h"
#include "frame/StatusBanners.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QUuid>

using cockpit::AppProfile;
using cockpit::AppProfileStore;
using cockpit::SecretStoreError;
using cockpit::SignInDialog;

class TestSignInFlow : public QObject
{
    Q_OBJECT

private:
    // Saves an app profile for the second organization and returns its profile ID.
    static QString saveSecondProfile(ProfileTestKit &kit);
    static SignInDialog *openSignIn(ProfileTestKit &kit);

private Q_SLOTS:
    void initTestCase() { ProfileTestKit::useTestSettings("tst_signinflow"); }

    void signInSavesTheProfileAndSelectsIt();
    void refusedKeyKeepsTheInput();
    void profilesOfTheSameNameAreToldApart();
    void withoutKeychainSignInIsForThisSession();
    void sessionOnlyOnRequest();
    void keychainThatFailsOnSaveOffersSessionOnly();
    void appProfileIsReadFromTheKeychain();
    void keychainFailureOffersSignInAgain_data();
    void keychainFailureOffersSignInAgain();
    void removeProfileForgetsKeyAndSettings();
    void signOutOfSessionProfile();
    void firstRunOpensDemoAndSignIn_data();
    void firstRunOpensDemoAndSignIn();
    void noFirstRunSignInWithCredentials();
};

QString TestSignInFlow::saveSecondProfile(ProfileTestKit &kit)
{
    AppProfile profile;
    profile.id = AppProfileStore::newProfileId();
    profile.name = QStringLiteral("Second organization");
    profile.accessKey = kit.second.accessKey;
    profile.organizationId = kit.second.organizationId;
    profile.projectId = kit.second.projectId;
    profile.apiUrl = kit.emulator.baseUrl();
    QSignalSpy saved(kit.store.get(), &AppProfileStore::saved);
    kit.store->save(profile, cockpit::Secret(kit.second.secretKey));
    if (!saved.wait(10000))
        qFatal("the test profile could not be saved");
    return cockpit::ProfileDirectory::appProfileId(profile.id);
}

SignInDialog *TestSignInFlow::openSignIn(ProfileTestKit &kit)
{
    kit.controller()->signInAction()->trigger();
    SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return nullptr;
    return dialog;
}

void TestSignInFlow::signInSavesTheProfileAndSelectsIt()
{
    ProfileTestKit kit;
    kit.build();
    QVERIFY(kit.start());
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));

    SignInDialog *dialog = openSignIn(kit);
    QVERIFY(dialog);
    QVERIFY(dialog->sessionOnlyBox()->isVisible()); // a keychain is there
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey,
                               QStringLiteral("Team B"));
    QVERIFY(signedIn.wait(15000));

    const QString profileId = signedIn.first().first().toString();
    QVERIFY2(profileId.startsWith(QStringLiteral("app:")), qPrintable(profileId));
    QTRY_VERIFY_WITH_TIMEOUT(!kit.controller()->signInFlow()->dialog(), 5000);
    QCOMPARE(kit.header()->currentProfileId(), profileId);
    QCOMPARE(kit.header()->profileBox()->currentText(), QStringLiteral("Team B"));
    QVERIFY(kit.waitForTokens(kit.second.projectId));

    const QList<AppProfile> saved = kit.store->profiles();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Team B"));
    QCOMPARE(saved.first().accessKey, kit.second.accessKey);
    QCOMPARE(saved.first().organizationId, kit.second.organizationId);
    QCOMPARE(saved.first().projectId, kit.second.projectId);
    QVERIFY(kit.memorySecrets->contains(AppProfileStore::secretKeyName(saved.first().id)));
    kit.controller()->updateActions();
    QVERIFY(kit.controller()->removeAction()->isEnabled());
}

void TestSignInFlow::refusedKeyKeepsTheInput()
{
    ProfileTestKit kit;
    kit.build();
    QVERIFY(kit.start());
    SignInDialog *dialog = openSignIn(kit);
    QVERIFY(dialog);
    const QString wrongSecret = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, wrongSecret);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 15000);

    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("did not accept this key")),
             qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->accessKeyEdit()->text(), kit.second.accessKey);
    QCOMPARE(dialog->secretKeyEdit()->text(), wrongSecret);
    QVERIFY(dialog->signInButton()->isEnabled());
    QVERIFY(kit.store->profiles().isEmpty());
    QCOMPARE(kit.memorySecrets->size(), 0);
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));

    // Corrected, the same form signs in.
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    dialog->secretKeyEdit()->setText(kit.second.secretKey);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(kit.store->profiles().size(), 1);
}

void TestSignInFlow::profilesOfTheSameNameAreToldApart()
{
    ProfileTestKit kit;
    kit.build();
    for (const QString &accessKey : {kit.demo.accessKey, kit.second.accessKey}) {
        AppProfile profile;
        profile.id = AppProfileStore::newProfileId();
        profile.name = QStringLiteral("Scaleway");
        profile.accessKey = accessKey;
        QSignalSpy saved(kit.store.get(), &AppProfileStore::saved);
        kit.store->save(profile, cockpit::Secret(QUuid::createUuid().toString()));
        QVERIFY(saved.wait(5000));
    }
    QStringList labels;
    for (const cockpit::ProfileOption &option : kit.profiles->profiles()) {
        if (option.source == cockpit::ProfileOption::Source::App)
            labels.append(option.label);
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Scaleway · ") + kit.demo.accessKey,
                                  QStringLiteral("Scaleway · ") + kit.second.accessKey}));
}

void TestSignInFlow::withoutKeychainSignInIsForThisSession()
{
    ProfileTestKit kit;
    kit.memorySecrets->setFailure({SecretStoreError::Kind::Unavailable,
                                   QStringLiteral("Cannot autolaunch D-Bus without X11")});
    kit.build();
    QVERIFY(kit.start());
    SignInDialog *dialog = openSignIn(kit);
    QVERIFY(dialog);
    // The probe answers "no keychain": the form says so and signs in for this session.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->sessionOnlyBox()->isVisible(), 5000);
    QVERIFY2(dialog->signInButton()->text().contains(QStringLiteral("session")),
             qPrintable(dialog->signInButton()->text()));

    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey,
                               QStringLiteral("Laptop"));
    QVERIFY(signedIn.wait(15000));
    const QString profileId = signedIn.first().first().toString();
    QVERIFY2(profileId.startsWith(QStringLiteral("session:")), qPrintable(profileId));
    QCOMPARE(kit.header()->profileBox()->currentText(), QStringLiteral("Laptop (this session)"));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QVERIFY(kit.store->profiles().isEmpty());
    QCOMPARE(kit.memorySecrets->size(), 0);
}

void TestSignInFlow::sessionOnlyOnRequest()
{
    ProfileTestKit kit;
    kit.build();
    QVERIFY(kit.start());
    SignInDialog *dialog = openSignIn(kit);
    QVERIFY(dialog);
    dialog->sessionOnlyBox()->setChecked(true);
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey);
    QVERIFY(signedIn.wait(15000));
    QVERIFY(signedIn.first().first().toString().startsWith(QStringLiteral("session:")));
    QVERIFY(kit.store->profiles().isEmpty());
    QCOMPARE(kit.memorySecrets->size(), 0);
}

void TestSignInFlow::keychainThatFailsOnSaveOffersSessionOnly()
{
    ProfileTestKit kit;
    kit.build();
    QVERIFY(kit.start());
    SignInDialog *dialog = openSignIn(kit);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(kit.profiles->keychain()->isKnown(), 5000);
    QVERIFY(kit.profiles->keychain()->isAvailable());
    // The keychain goes away between the probe and the save.
    kit.memorySecrets->setFailure({SecretStoreError::Kind::Unavailable, QStringLiteral("gone")});
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking(), 15000);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("no keychain")),
             qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!dialog->sessionOnlyBox()->isVisible());
    QVERIFY(kit.store->profiles().isEmpty());

    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QVERIFY(signedIn.wait(15000));
    QVERIFY(signedIn.first().first().toString().startsWith(QStringLiteral("session:")));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
}

void TestSignInFlow::appProfileIsReadFromTheKeychain()
{
    ProfileTestKit kit;
    const QString profileId = saveSecondProfile(kit);
    kit.build();
    kit.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(kit.window.get()));
    kit.controller()->start(false, false);
    // The only credentials: it opens first, after the keychain answered.
    QCOMPARE(kit.header()->currentProfileId(), profileId);
    cockpit::MessageBanner *loading = kit.window->banners()->loadingBanner();
    QVERIFY(loading->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Reading the secret key from the keychain…"));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QVERIFY(kit.notices()->keychainBanner()->isHidden());
}

void TestSignInFlow::keychainFailureOffersSignInAgain_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    // Without a keychain the new key can only be kept for this session: a new profile.
    QTest::addColumn<bool>("replaced");
    QTest::newRow("not found") << int(SecretStoreError::Kind::NotFound)
                               << QStringLiteral("unlock it") << true;
    QTest::newRow("locked") << int(SecretStoreError::Kind::Locked)
                            << QStringLiteral("The keychain is locked") << true;
    QTest::newRow("unavailable") << int(SecretStoreError::Kind::Unavailable)
                                 << QStringLiteral("No keychain is available") << false;
    QTest::newRow("access denied") << int(SecretStoreError::Kind::AccessDenied)
                                   << QStringLiteral("Access to the keychain was refused") << true;
    QTest::newRow("failed") << int(SecretStoreError::Kind::Failed)
                            << QStringLiteral("could not read the secret key") << true;
}

void TestSignInFlow::keychainFailureOffersSignInAgain()
{
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QFETCH(bool, replaced);
    ProfileTestKit kit;
    const QString profileId = saveSecondProfile(kit);
    if (kind == int(SecretStoreError::Kind::NotFound))
        kit.memorySecrets->remove(AppProfileStore::secretKeyName(profileId.mid(4)))->deleteLater();
    else
        kit.memorySecrets->setFailure(
            {SecretStoreError::Kind(kind), QStringLiteral("backend words")});
    kit.build();
    kit.window->show();
    kit.controller()->start(false, false);
    cockpit::MessageBanner *banner = kit.notices()->keychainBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Second organization")),
             qPrintable(banner->text()));
    QVERIFY(!kit.window->banners()->isLoadingShown());
    QVERIFY(!kit.window->isLoading());
    QCOMPARE(kit.header()->currentProfileId(), profileId);

    // Sign in again: the form starts from the profile, and the new key replaces the old one.
    QTest::mouseClick(kit.notices()->signInAgainButton(), Qt::LeftButton);
    SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->accessKeyEdit()->text(), kit.second.accessKey);
    QCOMPARE(dialog->profileNameEdit()->text(), QStringLiteral("Second organization"));
    QVERIFY(dialog->secretKeyEdit()->text().isEmpty());
    kit.memorySecrets->setFailure({});
    QSignalSpy signedIn(kit.controller()->signInFlow(), &cockpit::SignInFlow::signedIn);
    ProfileTestKit::fillSignIn(dialog, kit.second.accessKey, kit.second.secretKey);
    QVERIFY(signedIn.wait(15000));
    const QString signedInId = signedIn.first().first().toString();
    if (replaced)
        QCOMPARE(signedInId, profileId);
    else
        QVERIFY2(signedInId.startsWith(QStringLiteral("session:")), qPrintable(signedInId));
    QCOMPARE(kit.header()->currentProfileId(), signedInId);
    QCOMPARE(kit.store->profiles().size(), 1);
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QVERIFY(banner->isHidden());
}

void TestSignInFlow::removeProfileForgetsKeyAndSettings()
{
    ProfileTestKit kit;
    const QString profileId = saveSecondProfile(kit);
    const QString storeId = profileId.mid(4);
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    // A project choice is remembered for the profile…
    QComboBox *projects = kit.header()->projectBox();
    projects->setCurrentIndex(projects->findData(kit.secondOtherProjectId));
    QVERIFY(kit.waitForTokens(kit.secondOtherProjectId));
    QCOMPARE(kit.settings.value(cockpit::RememberedProjects::settingsKey(profileId)).toString(),
             kit.secondOtherProjectId);

    kit.controller()->updateActions();
    QVERIFY(kit.controller()->removeAction()->isEnabled());
    kit.controller()->removeAction()->trigger();
    QMessageBox *question = kit.controller()->removalQuestion();
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("Second organization")));
    QSignalSpy removed(kit.profiles.get(), &cockpit::ProfileDirectory::profileRemoved);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(removed.wait(10000));

    // …and goes with it, as do the keychain entry and the profile's settings.
    QVERIFY(!kit.memorySecrets->contains(AppProfileStore::secretKeyName(storeId)));
    QVERIFY(kit.store->profiles().isEmpty());
    kit.settings.sync();
    for (const QString &key : kit.settings.allKeys()) {
        QVERIFY2(!key.contains(storeId), qPrintable(key));
    }
    QVERIFY(kit.header()->profileBox()->findData(profileId) < 0);
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));
    QVERIFY(kit.waitForLoad());
}

void TestSignInFlow::signOutOfSessionProfile()
{
    ProfileTestKit kit;
    kit.build();
    QVERIFY(kit.start());
    cockpit::ApiCredentials credentials;
    credentials.accessKey = kit.second.accessKey;
    credentials.secretKey = cockpit::Secret(kit.second.secretKey);
    credentials.apiUrl = kit.emulator.baseUrl();
    const QString profileId =
        kit.profiles->addSessionProfile(QStringLiteral("Laptop"), credentials);
    QComboBox *box = kit.header()->profileBox();
    kit.header()->setProfiles(kit.profiles->profiles(), kit.header()->currentProfileId());
    box->setCurrentIndex(box->findData(profileId));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    kit.controller()->updateActions();
    QAction *signOut = kit.controller()->removeAction();
    QVERIFY(signOut->isEnabled());
    QCOMPARE(signOut->text(), QStringLiteral("Sign &out"));
    signOut->trigger();
    QMessageBox *question = kit.controller()->removalQuestion();
    QVERIFY(question);
    for (QAbstractButton *button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(box->findData(profileId) < 0, 5000);
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));
}

void TestSignInFlow::firstRunOpensDemoAndSignIn_data()
{
    QTest::addColumn<bool>("tryDemo"); // else Cancel
    QTest::newRow("cancel") << false;
    QTest::newRow("try the demo") << true;
}

void TestSignInFlow::firstRunOpensDemoAndSignIn()
{
    QFETCH(bool, tryDemo);
    {
        ProfileTestKit kit; // no config, no SCW_*, no app profile, settings cleared
        kit.build();
        QVERIFY(kit.start(true));
        QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));
        QVERIFY(kit.header()->isDemoBadgeVisible());
        SignInDialog *dialog = kit.controller()->signInFlow()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(kit.settings.value(cockpit::ProfileController::firstRunSettingsKey()).toBool());
        QVERIFY(!kit.shownTokenIds().isEmpty()); // the demo shows behind the form

        if (tryDemo)
            QTest::mouseClick(dialog->demoButton(), Qt::LeftButton);
        else
            dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!kit.controller()->signInFlow()->dialog(), 5000);
        QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("demo"));
        QVERIFY(!kit.window->isLoading() || kit.waitForLoad());
        QVERIFY(!kit.shownTokenIds().isEmpty());
        kit.settings.sync();
    }
    // The next start is not a first run any more. (The kit clears the settings: set it back.)
    ProfileTestKit kit;
    kit.settings.setValue(cockpit::ProfileController::firstRunSettingsKey(), true);
    kit.build();
    QVERIFY(kit.start(true));
    QVERIFY(!kit.controller()->signInFlow()->dialog());
}

void TestSignInFlow::noFirstRunSignInWithCredentials()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start(true));
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("scw:default"));
    QVERIFY(!kit.controller()->signInFlow()->dialog());
}

QTEST_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
