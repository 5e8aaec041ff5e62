// The SecretStore contract, run against the in-memory store and against the real system keychain
// (gnome-keyring's Secret Service under a private D-Bus session, see run-with-keyring.sh), plus the
// keychain's failure modes: no D-Bus session at all, and a locked keyring.
#include "secrets/InMemorySecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace cockpit;

namespace {

const QString kLabel = QStringLiteral("Cockpit token test-entry (fr-par)");

// The label the Secret Service shows for the entry QtKeychain wrote under `key` (its libsecret
// backend's attributes: user = key, server = service); empty when there is none.
QString secretServiceLabel(const QString &service, const QString &key)
{
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    qDBusRegisterMetaType<QMap<QString, QString>>();
    search << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    const QDBusReply<QList<QDBusObjectPath>> items = QDBusConnection::sessionBus().call(search);
    if (!items.isValid() || items.value().isEmpty())
        return {};
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), items.value().first().path(),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label");
    const QDBusReply<QDBusVariant> label = QDBusConnection::sessionBus().call(get);
    return label.isValid() ? label.value().variant().toString() : QString();
}

// Locks the collection of the entry QtKeychain wrote under `key`, as the desktop does when the
// screen locks or the user locks the keyring.
bool lockEntry(const QString &service, const QString &key)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    const QDBusReply<QList<QDBusObjectPath>> items = QDBusConnection::sessionBus().call(search);
    if (!items.isValid() || items.value().isEmpty())
        return false;
    QDBusMessage lock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(items.value());
    const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
    return reply.type() == QDBusMessage::ReplyMessage;
}

// A Secret Service secret, (oayays): session, parameters, value, content type.
struct MasterPassword
{
    QDBusObjectPath session;
    QByteArray value;
};

QDBusArgument &operator<<(QDBusArgument &argument, const MasterPassword &password)
{
    argument.beginStructure();
    argument << password.session << QByteArray() << password.value << QStringLiteral("text/plain");
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, MasterPassword &password)
{
    QByteArray parameters;
    QString contentType;
    argument.beginStructure();
    argument >> password.session >> parameters >> password.value >> contentType;
    argument.endStructure();
    return argument;
}

} // namespace
Q_DECLARE_METATYPE(MasterPassword)
namespace {

// Unlocks the login keyring with its password (run-with-keyring.sh made it with "pass"), as the
// desktop's log-in does: through gnome-keyring's own unlock call, over a plain-text session of
// the private bus, so that the running daemon and every client's session stay as they are.
bool unlockKeyring()
{
    qDBusRegisterMetaType<MasterPassword>();
    QDBusMessage open = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = QDBusConnection::sessionBus().call(open);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
        return false;
    const MasterPassword password{opened.arguments().at(1).value<QDBusObjectPath>(), "pass"};
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(
                  QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login")))
           << QVariant::fromValue(password);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(unlock);
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning("unlock: %s", qPrintable(reply.errorMessage()));
    return reply.type() == QDBusMessage::ReplyMessage;
}

// Which store this run tests, from COCKPIT_SECRETSTORE_MODE (CTest sets it per registration).
QString mode()
{
    const QString value = qEnvironmentVariable("COCKPIT_SECRETSTORE_MODE");
    return value.isEmpty() ? QStringLiteral("memory") : value;
}

struct Outcome
{
    SecretStoreError error;
    Secret secret;
};

Outcome waitFor(SecretStoreJob *job)
{
    std::unique_ptr<SecretStoreJob> owner(job);
    QSignalSpy spy(job, &SecretStoreJob::finished);
    // The keychain answers in milliseconds; the bound only keeps a broken bus from hanging CI.
    if (!spy.wait(20000))
        return {{SecretStoreError::Kind::Failed, QStringLiteral("timed out")}, {}};
    return {job->error(), job->secret()};
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> makeStore()
    {
        if (mode() == QLatin1String("memory"))
            return std::make_unique<InMemorySecretStore>();
        // A service name of its own per run, so a developer's real entries are never touched.
        m_service = QStringLiteral("io.github.cockpittokens.CockpitTokens.test-") +
                    QUuid::createUuid().toString(QUuid::WithoutBraces);
        return std::make_unique<KeychainSecretStore>(m_service);
    }

    QString m_service;

    std::unique_ptr<SecretStore> m_store;

private Q_SLOTS:
    void init() { m_store = makeStore(); }
    void cleanup() { m_store.reset(); }

    void roundTrip()
    {
        if (mode() == QLatin1String("nobus") || mode() == QLatin1String("locked"))
            QSKIP("the contract needs a working store; this run checks failures");
        const QString key = tokenSecretKey(QStringLiteral("fr-par/") +
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Secret secret(QStringLiteral("s3cr3t-") + QUuid::createUuid().toString());

        Outcome written = waitFor(m_store->write(key, secret, kLabel));
        QVERIFY2(!written.error.isError(), qPrintable(written.error.message));

        Outcome read = waitFor(m_store->read(key));
        QVERIFY2(!read.error.isError(), qPrintable(read.error.message));
        QVERIFY(read.secret == secret);

        const Secret replacement(QStringLiteral("replaced-") + QUuid::createUuid().toString());
        QVERIFY(!waitFor(m_store->write(key, replacement, kLabel)).error.isError());
        QVERIFY(waitFor(m_store->read(key)).secret == replacement);

        Outcome removed = waitFor(m_store->remove(key));
        QVERIFY2(!removed.error.isError(), qPrintable(removed.error.message));

        Outcome gone = waitFor(m_store->read(key));
        QCOMPARE(gone.error.kind, SecretStoreError::Kind::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    // A keyring manager shows each entry under a name of its own, not the service's.
    void labelNamesTheEntry()
    {
        if (mode() == QLatin1String("nobus") || mode() == QLatin1String("locked"))
            QSKIP("the contract needs a working store; this run checks failures");
        const QString key = tokenSecretKey(QStringLiteral("fr-par/") +
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(!waitFor(m_store->write(key, Secret(QStringLiteral("labelled")), kLabel))
                     .error.isError());
        if (mode() == QLatin1String("memory"))
            QCOMPARE(static_cast<InMemorySecretStore *>(m_store.get())->labelOf(key), kLabel);
        else
            QTRY_COMPARE(secretServiceLabel(m_service, key), kLabel);
        QVERIFY(!waitFor(m_store->remove(key)).error.isError());
    }

    void keysAreIndependent()
    {
        if (mode() == QLatin1String("nobus") || mode() == QLatin1String("locked"))
            QSKIP("the contract needs a working store; this run checks failures");
        const QString a =
            QStringLiteral("fr-par/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString b =
            QStringLiteral("nl-ams/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(
            !waitFor(m_store->write(a, Secret(QStringLiteral("alpha")), kLabel)).error.isError());
        QVERIFY(
            !waitFor(m_store->write(b, Secret(QStringLiteral("beta")), kLabel)).error.isError());
        QVERIFY(!waitFor(m_store->remove(a)).error.isError());
        QCOMPARE(waitFor(m_store->read(a)).error.kind, SecretStoreError::Kind::NotFound);
        QCOMPARE(waitFor(m_store->read(b)).secret.expose(), QStringLiteral("beta"));
        QVERIFY(!waitFor(m_store->remove(b)).error.isError());
    }

    void readingAMissingKeyIsNotFound()
    {
        if (mode() == QLatin1String("nobus"))
            QSKIP("without a bus nothing is found; see noSessionBusIsUnavailable");
        // A locked keyring reads back exactly like a missing entry: callers must say so.
        Outcome read = waitFor(m_store->read(QStringLiteral("pl-waw/never-written")));
        QCOMPARE(read.error.kind, SecretStoreError::Kind::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void noSessionBusIsUnavailable()
    {
        if (mode() != QLatin1String("nobus"))
            QSKIP("only in the run without a D-Bus session");
        for (SecretStoreJob *job :
             {m_store->write(QStringLiteral("fr-par/x"), Secret(QStringLiteral("value")), kLabel),
              m_store->read(QStringLiteral("fr-par/x")),
              m_store->remove(QStringLiteral("fr-par/x"))}) {
            Outcome outcome = waitFor(job);
            QVERIFY2(outcome.error.kind == SecretStoreError::Kind::Unavailable,
                     qPrintable(outcome.error.message));
            QVERIFY(!outcome.error.message.isEmpty());
        }
    }

    // An entry whose collection is locked is told apart from a missing one: a read reports
    // Locked, and a delete reports Locked and leaves the entry, which reads back whole once the
    // keyring is unlocked. (QtKeychain alone reads it as missing and reports the delete done.)
    void lockedEntryIsNeitherReadNorRemoved()
    {
        if (mode() != QLatin1String("keychain"))
            QSKIP("only against the real keychain, which the test locks and unlocks");
        const QString key = tokenSecretKey(QStringLiteral("fr-par/") +
                                           QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Secret secret(QStringLiteral("kept-") + QUuid::createUuid().toString());
        QVERIFY(!waitFor(m_store->write(key, secret, kLabel)).error.isError());
        QVERIFY(lockEntry(m_service, key));

        Outcome read = waitFor(m_store->read(key));
        QVERIFY2(
            read.error.kind == SecretStoreError::Kind::Locked,
            qPrintable(
                QStringLiteral("kind %1: %2").arg(int(read.error.kind)).arg(read.error.message)));
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!read.error.message.isEmpty());

        Outcome removed = waitFor(m_store->remove(key));
        QVERIFY2(removed.error.kind == SecretStoreError::Kind::Locked,
                 qPrintable(QStringLiteral("kind %1: %2")
                                .arg(int(removed.error.kind))
                                .arg(removed.error.message)));

        QVERIFY(unlockKeyring());
        Outcome after = waitFor(m_store->read(key));
        QVERIFY2(!after.error.isError(), qPrintable(after.error.message));
        QVERIFY(after.secret == secret);
        QVERIFY(!waitFor(m_store->remove(key)).error.isError());
        QCOMPARE(waitFor(m_store->read(key)).error.kind, SecretStoreError::Kind::NotFound);
    }

    void lockedKeyringRefusesToStore()
    {
        if (mode() != QLatin1String("locked"))
            QSKIP("only in the run with a locked keyring");
        Outcome written = waitFor(m_store->write(QStringLiteral("fr-par/locked"),
                                                 Secret(QStringLiteral("value")), kLabel));
        QVERIFY(written.error.isError());
        QVERIFY(!written.error.message.isEmpty());
        qInfo("locked keyring: kind %d, \"%s\"", int(written.error.kind),
              qPrintable(written.error.message));
        // It must not be reported as missing: the user has to unlock, not re-save.
        QVERIFY(written.error.kind != SecretStoreError::Kind::NotFound);
    }

    void inMemoryFailureInjection()
    {
        if (mode() != QLatin1String("memory"))
            QSKIP("in-memory store only");
        auto *store = static_cast<InMemorySecretStore *>(m_store.get());
        store->setFailure({SecretStoreError::Kind::Unavailable, QStringLiteral("no keychain")});
        QCOMPARE(waitFor(store->write(QStringLiteral("k"), Secret(QStringLiteral("v")), kLabel))
                     .error.kind,
                 SecretStoreError::Kind::Unavailable);
        QCOMPARE(store->size(), 0);
        store->setFailure({});
        QVERIFY(!waitFor(store->write(QStringLiteral("k"), Secret(QStringLiteral("v")), kLabel))
                     .error.isError());
        QCOMPARE(store->size(), 1);
    }

    void jobsFinishFromTheEventLoop()
    {
        if (mode() != QLatin1String("memory"))
            QSKIP("in-memory store only");
        std::unique_ptr<SecretStoreJob> job(m_store->read(QStringLiteral("missing")));
        // finished() must not have been emitted from inside read(): connecting now still sees it.
        QSignalSpy spy(job.get(), &SecretStoreJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
