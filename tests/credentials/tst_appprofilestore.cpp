// AppProfileStore: the secret key goes to the SecretStore only, the rest to QSettings, and only
// once the secret is stored; removing a profile removes its keychain entry. Runs against memory,
// and against the real keychain when COCKPIT_SECRETSTORE_MODE=keychain (see run-with-keyring.sh).
#include "credentials/AppProfileStore.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace cockpit;

namespace {

const QString kSecret = QStringLiteral("7d2c4a35-5b7e-4f6e-9d3c-0a1b2c3d4e5f");

bool realKeychain()
{
    return qEnvironmentVariable("COCKPIT_SECRETSTORE_MODE") == QLatin1String("keychain");
}

AppProfile sampleProfile()
{
    AppProfile profile;
    profile.id = AppProfileStore::newProfileId();
    profile.name = QStringLiteral("Production");
    profile.accessKey = QStringLiteral("SCWABCDEFGHJKMNPQRS1");
    profile.organizationId = QStringLiteral("105bdce1-64c0-48ab-899d-868455867ecf");
    profile.projectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
    profile.region = Region::PlWaw;
    return profile;
}

} // namespace

class TestAppProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AppProfileStore> m_store;

    QByteArray settingsFileContent()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Secret readSecret(const QString &id, SecretStoreError *error)
    {
        std::unique_ptr<SecretStoreJob> job(m_store->readSecret(id));
        QSignalSpy finished(job.get(), &SecretStoreJob::finished);
        if (!finished.wait(20000)) {
            *error = {SecretStoreError::Kind::Failed, QStringLiteral("timed out")};
            return {};
        }
        *error = job->error();
        return job->secret();
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                           QStringLiteral(".ini")),
            QSettings::IniFormat);
        if (realKeychain())
            m_secrets = std::make_unique<KeychainSecretStore>(
                QStringLiteral("io.github.cockpittokens.CockpitTokens.test-") +
                QUuid::createUuid().toString(QUuid::WithoutBraces));
        else
            m_secrets = std::make_unique<InMemorySecretStore>();
        m_store = std::make_unique<AppProfileStore>(m_settings.get(), m_secrets.get());
    }
    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void saveKeepsTheSecretOutOfSettings()
    {
        const AppProfile profile = sampleProfile();
        QSignalSpy saved(m_store.get(), &AppProfileStore::saved);
        m_store->save(profile, Secret(kSecret));
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).toString(), profile.id);

        const QList<AppProfile> profiles = m_store->profiles();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).name, QStringLiteral("Production"));
        QCOMPARE(profiles.at(0).accessKey, profile.accessKey);
        QCOMPARE(profiles.at(0).projectId, profile.projectId);
        QCOMPARE(profiles.at(0).region, std::optional<Region>(Region::PlWaw));

        const QByteArray content = settingsFileContent();
        QVERIFY(content.contains(profile.accessKey.toUtf8()));
        QVERIFY(!content.contains(kSecret.toUtf8()));

        SecretStoreError error;
        QCOMPARE(readSecret(profile.id, &error).expose(), kSecret);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void failedKeychainSavesNothing()
    {
        if (realKeychain())
            QSKIP("failure injection needs the in-memory store");
        static_cast<InMemorySecretStore *>(m_secrets.get())
            ->setFailure({SecretStoreError::Kind::Unavailable, QStringLiteral("no keychain")});
        QSignalSpy failed(m_store.get(), &AppProfileStore::saveFailed);
        m_store->save(sampleProfile(), Secret(kSecret));
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.at(0).at(1).value<SecretStoreError>().kind,
                 SecretStoreError::Kind::Unavailable);
        QVERIFY(m_store->profiles().isEmpty());
        QVERIFY(!settingsFileContent().contains(kSecret.toUtf8()));
    }

    void removeDeletesTheKeychainEntry()
    {
        const AppProfile profile = sampleProfile();
        QSignalSpy saved(m_store.get(), &AppProfileStore::saved);
        m_store->save(profile, Secret(kSecret));
        QVERIFY(saved.wait(20000));

        QSignalSpy removed(m_store.get(), &AppProfileStore::removed);
        m_store->remove(profile.id);
        QVERIFY(removed.wait(20000));
        QVERIFY(m_store->profiles().isEmpty());
        SecretStoreError error;
        QVERIFY(readSecret(profile.id, &error).isEmpty());
        QCOMPARE(error.kind, SecretStoreError::Kind::NotFound);
        QVERIFY(!settingsFileContent().contains(profile.accessKey.toUtf8()));
    }

    void refusedRemovalKeepsTheProfile()
    {
        if (realKeychain())
            QSKIP("failure injection needs the in-memory store");
        const AppProfile profile = sampleProfile();
        QSignalSpy saved(m_store.get(), &AppProfileStore::saved);
        m_store->save(profile, Secret(kSecret));
        QVERIFY(saved.wait(2000));
        static_cast<InMemorySecretStore *>(m_secrets.get())
            ->setFailure({SecretStoreError::Kind::AccessDenied, QStringLiteral("locked")});
        QSignalSpy failed(m_store.get(), &AppProfileStore::removeFailed);
        m_store->remove(profile.id);
        QVERIFY(failed.wait(2000));
        QCOMPARE(m_store->profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppProfileStore)
#include "tst_appprofilestore.moc"
