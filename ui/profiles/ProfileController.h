#pragma once

#include "common/SafeConfirmation.h"
#include "credentials/ProfileOption.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace cockpit {

class HeaderBar;
class ProfileDirectory;
class ProfileNotices;
class StatusBanners;

class SignInFlow;

// The profile side of the window, beside the token work: the profile menu (sign in, remove), the
// sign-in flow, the first run, the keychain read that opens an app profile and its failures,
// the notices about config.yaml, and the project remembered per profile. It knows the header,
// the banners and its notices; opening a profile is asked for with openRequested().
class ProfileController : public QObject
{
    Q_OBJECT

public:
    // `window`: the parent of the dialogs it opens.
    ProfileController(QWidget *window, HeaderBar *header, StatusBanners *banners,
                      ProfileDirectory *profiles, ProfileNotices *notices);
    ~ProfileController() override;

    // Opens the first profile: the demo when asked; else the profile the scw CLI would use, or
    // another one. On the very first run without any credentials (remembered in the settings),
    // the demo opens with the sign-in form over it. Also shows what is wrong with config.yaml.
    void start(bool demoRequested, bool offerSignInOnFirstRun = true);

    // Opens the sign-in form; with an app profile's ID, to give that profile a new key.
    void signIn(const QString &replacedProfileId = {});
    // Asks, then removes the current profile (app and session profiles only).
    void removeCurrentProfile();
    // Enables and words the menu for the current profile.
    void updateActions();

    QAction *signInAction() const { return m_signInAction; }
    QAction *removeAction() const { return m_removeAction; }
    SignInFlow *signInFlow() const { return m_signIn; }
    // The open removal question, if any (tests answer it).
    SafeConfirmation *removalQuestion() const;
    // The question asked before removing a profile or signing out of a session one.
    static SafeConfirmation *removalQuestionFor(const ProfileOption &profile, QWidget *parent);

    static QString firstRunSettingsKey();

Q_SIGNALS:
    // The profile to open now (the header already shows it).
    void openRequested(const QString &profileId);

private:
    void showConfigNotices();
    void activate(const QString &profileId);
    void onProfileReady(const QString &profileId);
    void onOpenFailed(const QString &profileId, const SecretStoreError &error);
    void onProfileRemoved(const QString &profileId);
    void onRemoveFailed(const QString &profileId, const SecretStoreError &error);
    void onCancelRequested();
    void retryKeychain();
    void signInAgain();
    QString currentProfileId() const;
    QString nameOf(const QString &profileId) const;

    QWidget *m_window;
    HeaderBar *m_header;
    StatusBanners *m_banners;
    ProfileDirectory *m_profiles;
    ProfileNotices *m_notices;
    SignInFlow *m_signIn;
    QAction *m_signInAction;
    QAction *m_removeAction;
    QPointer<SafeConfirmation> m_question;
    QString m_failedProfileId; // the profile whose keychain read failed
};

} // namespace cockpit
