#pragma once

// What the profile tests share: the real MainWindow with a ProfileDirectory fed from a config.yaml
// written to a temporary folder (SCW_CONFIG_PATH in a controlled environment, never the machine's
// own), the app's profile store over test-mode settings and a secret store (memory, or the real
// keychain when COCKPIT_PROFILES_KEYCHAIN is set), and an in-process emulator seeded with the demo
// organization (WindowFixture) plus a second organization reached with a second API key.
#include "WindowFixture.h"
#include "credentials/AppProfileStore.h"
#include "credentials/KeychainAvailability.h"
#include "frame/HeaderBar.h"
#include "profiles/ProfileController.h"
#include "profiles/ProfileNotices.h"
#include "profiles/SignInFlow.h"
#include "secrets/InMemorySecretStore.h"

#include <QProcessEnvironment>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

class ProfileTestKit : public WindowFixture
{
public:
    ProfileTestKit();
    ~ProfileTestKit();

    // Settings of the test application in test mode; clear() empties them.
    static void useTestSettings(const char *applicationName);

    // config.yaml with the two organizations' keys: root = the demo key, "second" = the second
    // key, `active_profile` when given; api_url points at the emulator.
    QByteArray twoProfileConfig(const QString &activeProfile = {}) const;
    void writeConfig(const QByteArray &content,
                     QFileDevice::Permissions permissions = QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner);
    // No SCW_* but SCW_CONFIG_PATH (and HOME pointing to the temporary folder).
    QProcessEnvironment environment() const;

    // Builds the directory (CLI config read from environment(), or `environment`) and the
    // window. Call after writing the config.
    void build(const QProcessEnvironment &environment);
    void build() { build(environment()); }
    // start() on the window's ProfileController, then waits for the first load; false on timeout.
    [[nodiscard]] bool start(bool offerSignInOnFirstRun = false);
    [[nodiscard]] bool waitForTokens(const QString &projectId, int timeoutMs = 15000);
    [[nodiscard]] bool waitForLoad(int timeoutMs = 15000);

    // What the table shows.
    QSet<QString> shownTokenIds() const { return shownIdSet(); }

    cockpit::HeaderBar *header() const { return window->header(); }
    cockpit::ProfileController *controller() const { return window->profileController(); }
    cockpit::ProfileNotices *notices() const { return window->profileNotices(); }

    // Fills the sign-in form and presses Sign in.
    static void fillSignIn(cockpit::SignInDialog *dialog, const QString &accessKey,
                           const QString &secretKey, const QString &name = {});

    QTemporaryDir folder;
    QString configPath;
    const cockpit::EmulatorCredentials &demo; // the demo organization (root profile)
    cockpit::EmulatorCredentials second;      // a second organization ("second" profile)
    QString secondOtherProjectId;             // another project of the second organization
    QSettings settings;
    std::unique_ptr<cockpit::SecretStore> secrets;
    cockpit::InMemorySecretStore *memorySecrets = nullptr; // when not the real keychain
    std::unique_ptr<cockpit::AppProfileStore> store;
};
