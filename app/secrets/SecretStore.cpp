#include "SecretStore.h"

#include <QTimer>

namespace cockpit {

SecretStoreJob::SecretStoreJob(QString key, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
{
}

void SecretStoreJob::finish(const SecretStoreError &error, Secret secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_secret = std::move(secret);
    QTimer::singleShot(0, this, &SecretStoreJob::finished);
}

SecretStore::~SecretStore() = default;

QString tokenSecretKey(const QString &regionalId)
{
    return regionalId;
}

} // namespace cockpit
