#include "SavedSecretFlow.h"

#include "common/ClipboardGuard.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "text/KeychainText.h"

namespace cockpit {

SavedSecretFlow::SavedSecretFlow(const DesktopServices &services, const FlowParts &parts)
    : QObject(parts.window)
    , m_services(services)
    , m_banners(parts.banners)
    , m_summary(parts.summary)
{
}

bool SavedSecretFlow::isSaved(const Token &token) const
{
    return m_services.savedSecrets->contains(tokenSecretKey(token.regionalId()));
}

void SavedSecretFlow::copy(const Token &token)
{
    read(token, this, [this, token](const Secret &secret) {
        m_services.clipboard->copySecret(secret);
        m_summary->showTransient(tr("Copied the saved secret of “%1”.").arg(token.name));
    });
}

void SavedSecretFlow::read(const Token &token, QObject *context,
                           std::function<void(const Secret &)> use)
{
    const QString key = tokenSecretKey(token.regionalId());
    SecretStoreJob *job = m_services.secrets->read(key);
    // Deleted even when `context` went first.
    connect(job, &SecretStoreJob::finished, job, &QObject::deleteLater);
    connect(job, &SecretStoreJob::finished, context, [this, job, token, key, use] {
        const SecretStoreError &error = job->error();
        if (!error.isError()) {
            use(job->secret());
            return;
        }
        // The keychain is the truth: a secret it does not have is forgotten (a locked entry
        // reports Locked, and its marker stays).
        if (error.kind == SecretStoreError::Kind::NotFound)
            m_services.savedSecrets->remove(key);
        m_banners->showNotice(KeychainText::savedSecretUnreadable(token.name, error), {}, true);
    });
}

void SavedSecretFlow::forget(const QList<Token> &tokens)
{
    for (const Token &token : tokens) {
        const QString key = tokenSecretKey(token.regionalId());
        SecretStoreJob *job = m_services.secrets->remove(key);
        connect(job, &SecretStoreJob::finished, this, [this, job, key, token] {
            job->deleteLater();
            const SecretStoreError &error = job->error();
            if (!error.isError() || error.kind == SecretStoreError::Kind::NotFound) {
                m_services.savedSecrets->remove(key);
                return;
            }
            m_banners->showNotice(
                tr("The token “%1” was deleted, but its saved secret could not be removed from the "
                   "keychain: %2")
                    .arg(token.name, error.message),
                {}, true);
        });
    }
}

} // namespace cockpit
