#include "ProfileTestKit.h"

#include "common/SecretLineEdit.h"
#include "credentials/ScwConfig.h"
#include "models/TokenTableModel.h"
#include "secrets/KeychainSecretStore.h"
#include "tokens/TokenTableView.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

using cockpit::Region;

namespace {

QString randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void ProfileTestKit::useTestSettings(const char *applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.cockpittokens.tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
}

ProfileTestKit::ProfileTestKit()
    : configPath(folder.filePath(QStringLiteral("scw/config.yaml")))
    , demo(credentials)
{
    settings.clear();
    settings.sync();

    second.organizationId = randomUuid();
    second.projectId = emulator.addProject(second.organizationId, QStringLiteral("second-main")).id;
    secondOtherProjectId =
        emulator.addProject(second.organizationId, QStringLiteral("second-analytics")).id;
    second.accessKey = QStringLiteral("SCWSECONDKEY00000001");
    second.secretKey = randomUuid();
    emulator.addApiKey(second.accessKey, second.secretKey, second.projectId, second.organizationId);
    emulator.addToken(Region::FrPar, second.projectId, QStringLiteral("second-alloy"),
                      cockpit::TokenScope::WriteOnlyMetrics);
    emulator.addToken(Region::NlAms, second.projectId, QStringLiteral("second-grafana"),
                      cockpit::TokenScope::ReadOnlyMetrics);
    emulator.addToken(Region::PlWaw, secondOtherProjectId, QStringLiteral("analytics-push"),
                      cockpit::TokenScope::WriteOnlyLogs);

    if (qEnvironmentVariableIsSet("COCKPIT_PROFILES_KEYCHAIN")) {
        // A service of its own, so that nothing the app itself saved is ever touched.
        secrets = std::make_unique<cockpit::KeychainSecretStore>(
            QStringLiteral("io.github.cockpittokens.CockpitTokens.tests"));
    } else {
        auto memory = std::make_unique<cockpit::InMemorySecretStore>();
        memorySecrets = memory.get();
        secrets = std::move(memory);
    }
    store = std::make_unique<cockpit::AppProfileStore>(&settings, secrets.get());
}

ProfileTestKit::~ProfileTestKit()
{
    window.reset();
    profiles.reset();
}

QByteArray ProfileTestKit::twoProfileConfig(const QString &activeProfile) const
{
    QByteArray yaml;
    yaml += "# written by the profile tests\n";
    yaml += "access_key: " + demo.accessKey.toUtf8() + "\n";
    yaml += "secret_key: " + demo.secretKey.toUtf8() + "\n";
    yaml += "default_project_id: " + demo.projectId.toUtf8() + "\n";
    yaml += "default_region: fr-par\n";
    yaml += "api_url: " + emulator.baseUrl().toString().toUtf8() + "\n";
    if (!activeProfile.isEmpty())
        yaml += "active_profile: " + activeProfile.toUtf8() + "\n";
    yaml += "profiles:\n";
    yaml += "  second:\n";
    yaml += "    access_key: " + second.accessKey.toUtf8() + "\n";
    yaml += "    secret_key: " + second.secretKey.toUtf8() + "\n";
    yaml += "    default_project_id: " + second.projectId.toUtf8() + "\n";
    return yaml;
}

void ProfileTestKit::writeConfig(const QByteArray &content, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(configPath).absolutePath());
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the test config.yaml");
    file.write(content);
    file.close();
    file.setPermissions(permissions);
}

QProcessEnvironment ProfileTestKit::environment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), folder.path());
    environment.insert(QStringLiteral("SCW_CONFIG_PATH"), configPath);
    return environment;
}

void ProfileTestKit::build(const QProcessEnvironment &environment)
{
    profiles = std::make_unique<cockpit::ProfileDirectory>(fixture.network(), std::nullopt);
    profiles->setClientTuning(windowTuning());
    profiles->loadScwConfig(environment);
    profiles->setAppProfiles(store.get());
    profiles->setSettings(&settings);
    buildWindow();
    window->profileController()->signInFlow()->setApiUrl(emulator.baseUrl());
}

bool ProfileTestKit::start(bool offerSignInOnFirstRun)
{
    if (!show())
        return false;
    QSignalSpy ended(window.get(), &cockpit::MainWindow::loadEnded);
    window->profileController()->start(false, offerSignInOnFirstRun);
    return ended.wait(15000);
}

bool ProfileTestKit::waitForLoad(int timeoutMs)
{
    QSignalSpy ended(window.get(), &cockpit::MainWindow::loadEnded);
    return ended.wait(timeoutMs);
}

bool ProfileTestKit::waitForTokens(const QString &projectId, int timeoutMs)
{
    const QSet<QString> expected = emulatorTokenIds(projectId);
    return QTest::qWaitFor([&] { return !window->isLoading() && shownTokenIds() == expected; },
                           timeoutMs);
}

void ProfileTestKit::fillSignIn(cockpit::SignInDialog *dialog, const QString &accessKey,
                                const QString &secretKey, const QString &name)
{
    if (!name.isEmpty())
        dialog->profileNameEdit()->setText(name);
    dialog->accessKeyEdit()->setText(accessKey);
    dialog->secretKeyEdit()->setText(secretKey);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
}
