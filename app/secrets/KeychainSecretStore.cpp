#include "KeychainSecretStore.h"

#include "SecretServiceItems.h"

#include <QCoreApplication>

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

SecretStoreError lockedError()
{
    return {SecretStoreError::Kind::Locked,
            QCoreApplication::translate("cockpit::KeychainSecretStore",
                                        "The keychain is locked and was not unlocked.")};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

// QtKeychain reads a locked entry as "not found". Before that answer is believed, the Secret
// Service is asked whether the entry is there but locked; if so, it is asked to unlock it (the
// desktop's prompt) and the read is tried once more, or the job reports Locked.
SecretStoreJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    readInto(job, true);
    return job;
}

void KeychainSecretStore::readInto(SecretStoreJob *job, bool mayUnlock)
{
    auto *keychainJob = prepare(new QKeychain::ReadPasswordJob(m_service), job);
    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, keychainJob, mayUnlock] {
        const SecretStoreError error = translateError(*keychainJob);
        if (error.kind != SecretStoreError::Kind::NotFound) {
            job->finish(error, error.isError() ? Secret() : Secret(keychainJob->textData()));
            return;
        }
        const auto found = [this, job, error, mayUnlock](SecretServiceItems::State state) {
            if (state == SecretServiceItems::State::Locked)
                job->finish(lockedError());
            else if (state == SecretServiceItems::State::Unlocked && mayUnlock)
                readInto(job, false);
            else
                job->finish(error);
        };
        if (mayUnlock)
            SecretServiceItems::unlock(m_service, job->key(), job, found);
        else
            SecretServiceItems::lookUp(m_service, job->key(), job, found);
    });
    keychainJob->start();
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
            SecretServiceItems::applyLabel(m_service, key, label);
        job->finish(error);
    });
    keychainJob->start();
    return job;
}

// libsecret deletes unlocked entries only, and QtKeychain reports success either way. So a
// locked entry is unlocked first (or the job reports Locked and nothing changes), and after the
// delete the Secret Service must no longer know the entry.
SecretStoreJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretStoreJob(key, this);
    SecretServiceItems::unlock(m_service, key, job, [this, job](SecretServiceItems::State state) {
        if (state == SecretServiceItems::State::Locked) {
            job->finish(lockedError());
            return;
        }
        auto *keychainJob = prepare(new QKeychain::DeletePasswordJob(m_service), job);
        connect(keychainJob, &QKeychain::Job::finished, job, [this, job, keychainJob] {
            const SecretStoreError error = translateError(*keychainJob);
            if (error.isError()) {
                job->finish(error);
                return;
            }
            SecretServiceItems::lookUp(
                m_service, job->key(), job, [job](SecretServiceItems::State after) {
                    if (after == SecretServiceItems::State::Locked)
                        job->finish(lockedError());
                    else if (after == SecretServiceItems::State::Unlocked)
                        job->finish({SecretStoreError::Kind::Failed,
                                     QCoreApplication::translate(
                                         "cockpit::KeychainSecretStore",
                                         "The keychain kept the entry after deleting it.")});
                    else
                        job->finish({});
                });
        });
        keychainJob->start();
    });
    return job;
}

} // namespace cockpit
