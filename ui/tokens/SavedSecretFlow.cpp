#include "SavedSecretFlow.h"

#include "common/ClipboardGuard.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"

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
        QString text;
        switch (error.kind) {
        case SecretStoreError::Kind::NotFound:
            // The keychain is the truth: forget the marker (a locked entry reports Locked).
            m_services.savedSecrets->remove(key);
            text = tr("No saved secret of “%1” was found in the keychain: the entry was removed.")
                       .arg(token.name);
            break;
        case SecretStoreError::Kind::Locked:
            // Still saved: the marker stays.
            text = tr("The keychain is locked, so the saved secret of “%1” cannot be read. Unlock "
                      "the keychain and try again.")
                       .arg(token.name);
            break;
        case SecretStoreError::Kind::Unavailable:
            text = tr("No keychain is available, so the saved secret of “%1” cannot be read.")
                       .arg(token.name);
            break;
        case SecretStoreError::Kind::AccessDenied:
            text = tr("The keychain refused access to the saved secret of “%1”. Unlock it and try "
                      "again.")
                       .arg(token.name);
            break;
        case SecretStoreError::Kind::Failed:
        case SecretStoreError::Kind::None:
            text =
                tr("The saved secret of “%1” could not be read: %2").arg(token.name, error.message);
            break;
        }
        m_banners->showNotice(text, {}, true);
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
