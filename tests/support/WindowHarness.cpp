#include "WindowHarness.h"

#include <QSignalSpy>

WindowHarness::WindowHarness(const CredentialsTweak &tweak)
    : seeded(credentials)
{
    QStandardPaths::setTestModeEnabled(true);

    cockpit::ApiCredentials apiCredentials;
    apiCredentials.accessKey = seeded.accessKey;
    apiCredentials.secretKey = cockpit::Secret(seeded.secretKey);
    apiCredentials.organizationId = seeded.organizationId;
    apiCredentials.projectId = seeded.projectId;
    apiCredentials.apiUrl = fixture.baseUrl();
    if (tweak)
        tweak(apiCredentials);

    profiles = std::make_unique<cockpit::ProfileDirectory>(fixture.network(), apiCredentials);
    profiles->setClientTuning(windowTuning());
    buildWindow();
}

bool WindowHarness::start()
{
    if (!show())
        return false;
    QSignalSpy ended(window.get(), &cockpit::MainWindow::loadEnded);
    window->activateProfile(QString::fromLatin1(cockpit::ProfileDirectory::EnvironmentProfileId));
    return ended.wait(10000);
}

bool WindowHarness::waitForLoad(int timeoutMs)
{
    if (!window->isLoading())
        return true;
    QSignalSpy ended(window.get(), &cockpit::MainWindow::loadEnded);
    return ended.wait(timeoutMs);
}
