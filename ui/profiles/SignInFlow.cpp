#include "SignInFlow.h"

#include "common/SecretLineEdit.h"
#include "credentials/AppProfileStore.h"
#include "credentials/KeychainAvailability.h"
#include "credentials/ProfileDirectory.h"
#include "text/ErrorText.h"
#include "text/KeychainText.h"

#include <QComboBox>
#include <QLineEdit>

namespace cockpit {

SignInFlow::SignInFlow(ProfileDirectory *profiles, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_profiles(profiles)
    , m_dialogParent(dialogParent)
{
    if (AppProfileStore *store = m_profiles->appProfiles()) {
        connect(store, &AppProfileStore::saved, this, &SignInFlow::onSaved);
        connect(store, &AppProfileStore::saveFailed, this, &SignInFlow::onSaveFailed);
    }
    connect(m_profiles->keychain(), &KeychainAvailability::changed, this,
            &SignInFlow::updateKeychainState);
}

SignInFlow::~SignInFlow()
{
    m_pending.credentials.secretKey.clear();
}

void SignInFlow::open(const QString &replacedProfileId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new SignInDialog(m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_replacedStoreId.clear();
    const QString appPrefix = ProfileDirectory::appProfileId(QString());
    AppProfileStore *store = m_profiles->appProfiles();
    if (store && replacedProfileId.startsWith(appPrefix)) {
        if (const auto replaced = store->profile(replacedProfileId.mid(appPrefix.size()))) {
            m_replacedStoreId = replaced->id;
            m_dialog->setWindowTitle(tr("Sign in again to Scaleway"));
            m_dialog->profileNameEdit()->setText(replaced->name);
            m_dialog->accessKeyEdit()->setText(replaced->accessKey);
            m_dialog->projectEdit()->setText(replaced->projectId);
            if (replaced->region)
                m_dialog->regionBox()->setCurrentIndex(
                    m_dialog->regionBox()->findData(QVariant::fromValue(*replaced->region)));
            m_dialog->secretKeyEdit()->setFocus();
        }
    }
    updateKeychainState();
    connect(m_dialog, &SignInDialog::signInRequested, this, &SignInFlow::check);
    connect(m_dialog, &SignInDialog::demoRequested, this, [this] {
        m_dialog->accept();
        Q_EMIT demoRequested();
    });
    // Window-modal, without a nested event loop: the window behind keeps painting.
    m_dialog->open();
}

void SignInFlow::updateKeychainState()
{
    if (m_dialog)
        m_dialog->setKeychainAvailable(m_profiles->appProfiles() != nullptr &&
                                       m_profiles->keychain()->isAvailable());
}

void SignInFlow::check(const SignInRequest &request)
{
    if (m_check)
        m_check->deleteLater();
    m_pending = request;
    ApiCredentials credentials = request.credentials;
    if (credentials.apiUrl.isEmpty())
        credentials.apiUrl = m_apiUrl;
    if (!m_replacedStoreId.isEmpty() && m_profiles->appProfiles()) {
        // A new key for an existing profile talks to the same API as before.
        if (const auto replaced = m_profiles->appProfiles()->profile(m_replacedStoreId);
            replaced && !replaced->apiUrl.isEmpty())
            credentials.apiUrl = replaced->apiUrl;
    }
    m_pending.credentials.apiUrl = credentials.apiUrl;
    m_check = new SignInCheck(m_profiles->network(), credentials, m_profiles->clientTuning(), this);
    if (const ApiError &problem = m_check->configurationError(); problem.isError()) {
        m_dialog->showFailure(ErrorText::sentence(problem));
        m_pending.credentials.secretKey.clear();
        return;
    }
    connect(m_check, &SignInCheck::checked, this, &SignInFlow::onChecked);
    connect(m_check, &SignInCheck::checkFailed, this, &SignInFlow::onCheckFailed);
    m_check->start();
}

void SignInFlow::onCheckFailed(SignInCheck::Step step, const ApiError &error)
{
    m_pending.credentials.secretKey.clear();
    if (m_dialog)
        m_dialog->showFailure(SignInDialog::failureText(step, error));
}

void SignInFlow::onChecked(const SignInCheck::Result &result)
{
    ApiCredentials credentials = m_pending.credentials;
    m_pending.credentials.secretKey.clear();
    credentials.organizationId = result.organizationId;
    if (credentials.projectId.isEmpty())
        credentials.projectId = result.defaultProjectId;

    AppProfileStore *store = m_profiles->appProfiles();
    const bool keychain = store != nullptr && m_profiles->keychain()->isAvailable();
    if (m_pending.sessionOnly || !keychain) {
        finish(m_profiles->addSessionProfile(m_pending.profileName, credentials));
        return;
    }
    AppProfile profile;
    profile.id = m_replacedStoreId.isEmpty() ? AppProfileStore::newProfileId() : m_replacedStoreId;
    profile.name = m_pending.profileName;
    profile.accessKey = credentials.accessKey;
    profile.organizationId = credentials.organizationId;
    profile.projectId = credentials.projectId;
    profile.region = credentials.defaultRegion;
    profile.apiUrl = credentials.apiUrl;
    m_savingStoreId = profile.id;
    if (m_dialog)
        m_dialog->setChecking(true);
    store->save(profile, credentials.secretKey);
}

void SignInFlow::onSaved(const QString &storeId)
{
    if (storeId != m_savingStoreId)
        return;
    m_savingStoreId.clear();
    finish(ProfileDirectory::appProfileId(storeId));
}

void SignInFlow::onSaveFailed(const QString &storeId, const SecretStoreError &error)
{
    if (storeId != m_savingStoreId)
        return;
    m_savingStoreId.clear();
    if (!m_dialog)
        return;
    // Say so (and offer the session-only sign-in); never fall back to a file.
    if (error.kind == SecretStoreError::Kind::Unavailable)
        m_profiles->keychain()->markUnavailable();
    m_dialog->showFailure(KeychainText::signInKeyNotKept(error));
}

void SignInFlow::finish(const QString &profileId)
{
    m_replacedStoreId.clear();
    if (m_dialog) {
        m_dialog->setChecking(false);
        m_dialog->accept();
    }
    Q_EMIT signedIn(profileId);
}

} // namespace cockpit
