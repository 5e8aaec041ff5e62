#include "WindowHarness.h"

#include "common/LanguageLoader.h"

#include <QSignalSpy>

using cockpit::Region;
using cockpit::Token;

WindowHarness::WindowHarness(const CredentialsTweak &tweak)
{
    QStandardPaths::setTestModeEnabled(true);
    installEnglish();
    if (emulator.listenLocal() == 0)
        qFatal("the emulator could not listen on 127.0.0.1");
    seeded = emulator.seedDemo();

    cockpit::ApiCredentials credentials;
    credentials.accessKey = seeded.accessKey;
    credentials.secretKey = cockpit::Secret(seeded.secretKey);
    credentials.organizationId = seeded.organizationId;
    credentials.projectId = seeded.projectId;
    credentials.apiUrl = emulator.baseUrl();
    if (tweak)
        tweak(credentials);

    profiles = std::make_unique<ProfileDirectory>(&network, credentials);
    cockpit::ClientSettings tuning;
    tuning.maxRetries = 0;
    tuning.speculativePages = 0; // one request per region: the faults land where intended
    tuning.timeoutMs = 8000;
    profiles->setClientTuning(tuning);
    window = std::make_unique<MainWindow>(profiles.get());
    window->resize(1200, 700);
}

void WindowHarness::installEnglish()
{
    // As the app does on a system without a translation of its own: English, plural forms
    // included ("1 region", not "1 regions").
    static LanguageLoader *languages = [] {
        auto *loader = new LanguageLoader(QCoreApplication::instance());
        loader->install(QStringLiteral("en"));
        return loader;
    }();
    Q_UNUSED(languages)
}

bool WindowHarness::start()
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    QSignalSpy ended(window.get(), &MainWindow::loadEnded);
    window->activateProfile(QString::fromLatin1(ProfileDirectory::EnvironmentProfileId));
    return ended.wait(10000);
}

bool WindowHarness::waitForLoad(int timeoutMs)
{
    if (!window->isLoading())
        return true;
    QSignalSpy ended(window.get(), &MainWindow::loadEnded);
    return ended.wait(timeoutMs);
}

QList<Token> WindowHarness::emulatorTokens(const QList<Region> &regions,
                                           const QString &projectId) const
{
    QList<Token> all;
    for (Region region : regions)
        all.append(emulator.tokens(region, projectId.isEmpty() ? seeded.projectId : projectId));
    return all;
}

QStringList WindowHarness::shownIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = window->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(cockpit::TokenTableModel::TokenIdRole).toString());
    return ids;
}

QSet<QString> WindowHarness::idsOf(const QList<Token> &tokens)
{
    QSet<QString> ids;
    for (const Token &token : tokens)
        ids.insert(token.id);
    return ids;
}

QSet<QString> WindowHarness::shownIdSet() const
{
    const QStringList ids = shownIds();
    return QSet<QString>(ids.cbegin(), ids.cend());
}
