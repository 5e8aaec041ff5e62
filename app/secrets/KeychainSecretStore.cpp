#include "KeychainSecretStore.h"

#include "SecretServiceLabel.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace cockpit {
namespace {

// libsecret reports a missing session bus or Secret Service only as OtherError, with wording that
// varies ("Could not connect: No such file or directory", "Cannot autolaunch D-Bus…"). Asking the
// bus itself is the reliable way to tell "there is no keychain" from other failures.
bool secretServiceReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || bus.interface() == nullptr)
        return false;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(service).value())
        return true;
    return bus.interface()->activatableServiceNames().value().contains(service);
#else
    return true;
#endif
}

SecretStoreError translateError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretStoreError::Kind::NotFound, job.errorString()};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretStoreError::Kind::AccessDenied, job.errorString()};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretStoreError::Kind::Unavailable, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    const QString text = job.errorString();
    if (!secretServiceReachable())
        return {SecretStoreError::Kind::Unavailable, text};
    return {SecretStoreError::Kind::Failed, text};
}

template <typename KeychainJob> KeychainJob *prepare(KeychainJob *keychainJob, SecretStoreJob *job)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->key());
    return keychainJob;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

SecretStoreJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    auto *keychainJob = prepare(new QKeychain::ReadPasswordJob(m_service), job);
    connect(keychainJob, &QKeychain::Job::finished, job, [job, keychainJob] {
        const SecretStoreError error = translateError(*keychainJob);
        job->finish(error, error.isError() ? Secret() : Secret(keychainJob->textData()));
    });
    keychainJob->start();
    return job;
}

SecretStoreJob *KeychainSecretStore::write(const QString &key, const Secret &secret,
                                           const QString &label)
{
    auto *job = new SecretStoreJob(key, this);
    auto *keychainJob = prepare(new QKeychain::WritePasswordJob(m_service), job);
    keychainJob->setTextData(secret.expose());
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, keychainJob, key, label] {
        const SecretStoreError error = translateError(*keychainJob);
        if (!error.isError())
            SecretServiceLabel::apply(m_service, key, label);
        job->finish(error);
    });
    keychainJob->start();
    return job;
}

SecretStoreJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    auto *keychainJob = prepare(new QKeychain::DeletePasswordJob(m_service), job);
    connect(keychainJob, &QKeychain::Job::finished, job,
            [job, keychainJob] { job->finish(translateError(*keychainJob)); });
    keychainJob->start();
    return job;
}

} // namespace cockpit
