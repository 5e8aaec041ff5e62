#pragma once

#include "profiles/SignInDialog.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace cockpit {

class ProfileDirectory;

class SignInCheck;

// Signing in, from the form to a profile that can be opened: shows the SignInDialog, checks the
// key with SignInCheck (as `scw login` does), then keeps the profile: in the keychain through the
// AppProfileStore when there is one and the user did not ask otherwise, else in memory for this
// run only (never in a file). Failures are shown in the dialog with the input kept. Emits
// signedIn() once the new profile is in the ProfileDirectory.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    SignInFlow(ProfileDirectory *profiles, QWidget *dialogParent);
    ~SignInFlow() override;

    // Opens the form (or brings the open one forward). With the ID of an app profile, the form
    // starts from its fields and a successful sign-in replaces that profile's key.
    void open(const QString &replacedProfileId = {});
    SignInDialog *dialog() const { return m_dialog; }

    // Where keys are checked and new profiles point: empty = https://api.scaleway.com
    // (SCW_API_URL in the app; the emulator in tests).
    void setApiUrl(const QUrl &url) { m_apiUrl = url; }

Q_SIGNALS:
    void signedIn(const QString &profileId);
    void demoRequested();

private:
    void check(const SignInRequest &request);
    void onChecked(const SignInCheck::Result &result);
    void onCheckFailed(SignInCheck::Step step, const ApiError &error);
    void onSaved(const QString &storeId);
    void onSaveFailed(const QString &storeId, const SecretStoreError &error);
    void finish(const QString &profileId);
    void updateKeychainState();

    ProfileDirectory *m_profiles;
    QWidget *m_dialogParent;
    QPointer<SignInDialog> m_dialog;
    QPointer<SignInCheck> m_check;
    QUrl m_apiUrl;
    QString m_replacedStoreId;
    QString m_savingStoreId;
    // The request being checked or saved; its secret key is cleared as soon as it is handed over.
    SignInRequest m_pending;
};

} // namespace cockpit
