#include "ProfileController.h"

#include "common/SafeConfirmation.h"
#include "credentials/KeychainAvailability.h"
#include "credentials/ProfileDirectory.h"
#include "frame/HeaderBar.h"
#include "frame/StatusBanners.h"
#include "profiles/ProfileNotices.h"
#include "profiles/SignInFlow.h"
#include "text/KeychainText.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QSettings>

namespace cockpit {

ProfileController::ProfileController(QWidget *window, HeaderBar *header, StatusBanners *banners,
                                     ProfileDirectory *profiles, ProfileNotices *notices)
    : QObject(window)
    , m_window(window)
    , m_header(header)
    , m_banners(banners)
    , m_profiles(profiles)
    , m_notices(notices)
    , m_signIn(new SignInFlow(profiles, window))
    , m_signInAction(new QAction(tr("&Sign in with an API key…"), this))
    , m_removeAction(new QAction(tr("&Remove profile…"), this))
{
    m_signInAction->setToolTip(
        tr("Add a profile: the key is checked with Scaleway before it is saved"));
    connect(m_signInAction, &QAction::triggered, this, [this] { signIn(); });
    connect(m_removeAction, &QAction::triggered, this, &ProfileController::removeCurrentProfile);

    QMenu *menu = m_header->profileMenu();
    menu->addAction(m_signInAction);
    menu->addAction(m_removeAction);
    connect(menu, &QMenu::aboutToShow, this, &ProfileController::updateActions);

    connect(m_header, &HeaderBar::profileChanged, this, [this] {
        // A problem with the profile left behind is no longer the user's concern.
        m_notices->hideKeychainProblem();
        m_failedProfileId.clear();
        updateActions();
    });
    // Only the user's own choices are remembered: the header reports no programmatic change.
    connect(m_header, &HeaderBar::projectChanged, this, [this](const ProjectScope &scope) {
        m_profiles->rememberedProjects().remember(currentProfileId(), scope);
    });

    connect(m_signIn, &SignInFlow::signedIn, this, &ProfileController::activate);
    connect(m_signIn, &SignInFlow::demoRequested, this,
            [this] { activate(QString::fromLatin1(ProfileDirectory::DemoProfileId)); });

    connect(m_profiles, &ProfileDirectory::profileReady, this, &ProfileController::onProfileReady);
    connect(m_profiles, &ProfileDirectory::openFailed, this, &ProfileController::onOpenFailed);
    connect(m_profiles, &ProfileDirectory::profileRemoved, this,
            &ProfileController::onProfileRemoved);
    connect(m_profiles, &ProfileDirectory::removeFailed, this, &ProfileController::onRemoveFailed);
    connect(m_banners, &StatusBanners::cancelRequested, this,
            &ProfileController::onCancelRequested);
    connect(m_notices, &ProfileNotices::reloadConfigRequested, this, [this] {
        m_notices->hideConfigNotices();
        m_profiles->reloadScwConfig();
        showConfigNotices();
        m_header->setProfiles(m_profiles->profiles(), currentProfileId());
        updateActions();
    });
    connect(m_notices, &ProfileNotices::retryKeychainRequested, this,
            &ProfileController::retryKeychain);
    connect(m_notices, &ProfileNotices::signInAgainRequested, this,
            &ProfileController::signInAgain);
    updateActions();
}

ProfileController::~ProfileController() = default;

SafeConfirmation *ProfileController::removalQuestionFor(const ProfileOption &profile,
                                                        QWidget *parent)
{
    const bool session = profile.source == ProfileOption::Source::Session;
    auto *question =
        new SafeConfirmation(session ? tr("Sign out") : tr("Remove profile"),
                             session ? tr("Sign out of “%1”?").arg(profile.name)
                                     : tr("Remove the profile “%1”?").arg(profile.name),
                             parent);
    question->setInformativeText(
        session ? tr("The key is forgotten. Sign in again to use it.")
                : tr("Its secret key is deleted from the keychain. The API key itself stays valid "
                     "at Scaleway: delete it in the console (IAM → API keys) if no one needs it."));
    question->setSafeButton(tr("&Cancel"));
    question->setDestructiveButton(session ? tr("Sign &out") : tr("&Remove"));
    return question;
}

SafeConfirmation *ProfileController::removalQuestion() const
{
    return m_question;
}

QString ProfileController::firstRunSettingsKey()
{
    return QStringLiteral("app/firstRunDone");
}

void ProfileController::start(bool demoRequested, bool offerSignInOnFirstRun)
{
    showConfigNotices();
    bool firstRun = false;
    QSettings *settings = m_profiles->settings();
    if (settings && !demoRequested && offerSignInOnFirstRun &&
        !settings->value(firstRunSettingsKey()).toBool()) {
        firstRun = !m_profiles->hasCredentials();
        settings->setValue(firstRunSettingsKey(), true);
    }
    activate(m_profiles->initialProfileId(demoRequested));
    if (firstRun)
        signIn();
}

void ProfileController::showConfigNotices()
{
    if (const auto error = m_profiles->scwConfigError()) {
        m_notices->showConfigProblem(
            tr("The scw CLI configuration could not be read, so its profiles are not listed. "
               "Fix the file, then choose Reload."),
            error->toString());
    }
    const QStringList warnings = m_profiles->scwConfigWarnings();
    if (!warnings.isEmpty())
        m_notices->showConfigWarning(warnings.join(QLatin1Char('\n')));
}

void ProfileController::signIn(const QString &replacedProfileId)
{
    m_profiles->keychain()->probe();
    m_signIn->open(replacedProfileId);
}

QString ProfileController::currentProfileId() const
{
    return m_header->currentProfileId();
}

QString ProfileController::nameOf(const QString &profileId) const
{
    const std::optional<ProfileOption> option = m_profiles->profile(profileId);
    return option ? option->name : profileId;
}

void ProfileController::activate(const QString &profileId)
{
    m_notices->hideKeychainProblem();
    m_notices->hideProfileMessage();
    m_failedProfileId.clear();
    // The header lists what exists now (a profile may have been added or removed).
    {
        const QSignalBlocker blocker(m_header);
        m_header->setProfiles(m_profiles->profiles(), profileId);
    }
    Q_EMIT openRequested(profileId);
    updateActions();
}

void ProfileController::updateActions()
{
    const std::optional<ProfileOption> current = m_profiles->profile(currentProfileId());
    const ProfileOption::Source source =
        current ? current->source : ProfileOption::Source::Environment;
    m_removeAction->setEnabled(current && current->isRemovable());
    m_removeAction->setText(source == ProfileOption::Source::Session ? tr("Sign &out")
                                                                     : tr("&Remove profile…"));
    QString why;
    switch (source) {
    case ProfileOption::Source::App:
        why = tr("Forget this profile and delete its secret key from the keychain");
        break;
    case ProfileOption::Source::Session:
        why = tr("Forget the key signed in for this session");
        break;
    case ProfileOption::Source::ScwCli:
        why = m_profiles->scwConfig() && m_profiles->scwConfig()->fileExists()
                  ? tr("Profiles of the scw CLI are managed with the CLI (scw config): the app "
                       "never changes its config.yaml.")
                  : tr("These credentials come from the SCW_* environment variables the app was "
                       "started with.");
        break;
    case ProfileOption::Source::Environment:
        why = tr("These credentials come from the SCW_* environment variables the app was "
                 "started with.");
        break;
    case ProfileOption::Source::Demo:
        why = tr("The demo is built in: there is nothing to remove.");
        break;
    }
    m_removeAction->setToolTip(why);
    m_removeAction->setStatusTip(why);
}

void ProfileController::removeCurrentProfile()
{
    const std::optional<ProfileOption> current = m_profiles->profile(currentProfileId());
    if (!current || !current->isRemovable() || m_question)
        return;
    m_question = removalQuestionFor(*current, m_window);
    const QString profileId = current->id;
    connect(m_question, &SafeConfirmation::destroyConfirmed, this,
            [this, profileId] { m_profiles->removeProfile(profileId); });
    m_question->open();
}

void ProfileController::onProfileRemoved(const QString &profileId)
{
    if (profileId == currentProfileId())
        activate(m_profiles->initialProfileId(false));
    else
        m_header->setProfiles(m_profiles->profiles(), currentProfileId());
    updateActions();
}

void ProfileController::onRemoveFailed(const QString &profileId, const SecretStoreError &error)
{
    m_notices->showProfileMessage(
        error.kind == SecretStoreError::Kind::Locked
            ? tr("The profile “%1” was kept: the keychain is locked, so its secret key could not "
                 "be deleted. Unlock the keychain and remove the profile again.")
                  .arg(nameOf(profileId))
            : tr("The profile “%1” was kept: the keychain did not delete its secret key.")
                  .arg(nameOf(profileId)),
        KeychainText::details(error));
}

void ProfileController::onProfileReady(const QString &profileId)
{
    if (profileId == currentProfileId())
        Q_EMIT openRequested(profileId);
}

void ProfileController::onOpenFailed(const QString &profileId, const SecretStoreError &error)
{
    if (profileId != currentProfileId())
        return;
    m_banners->hideLoading();
    m_failedProfileId = profileId;
    m_notices->showKeychainProblem(
        KeychainText::profileKeyUnreadable(nameOf(profileId), error.kind),
        KeychainText::details(error));
}

void ProfileController::onCancelRequested()
{
    const QString profileId = currentProfileId();
    if (!m_profiles->isOpening(profileId))
        return;
    m_profiles->cancelOpening(profileId);
    m_banners->hideLoading();
    m_failedProfileId = profileId;
    m_notices->showKeychainProblem(
        tr("Reading the secret key of “%1” from the keychain was cancelled.")
            .arg(nameOf(profileId)));
}

void ProfileController::retryKeychain()
{
    if (!m_failedProfileId.isEmpty())
        activate(m_failedProfileId);
}

void ProfileController::signInAgain()
{
    m_notices->hideKeychainProblem();
    signIn(m_failedProfileId);
}

} // namespace cockpit
