#include "ProfileNotices.h"

#include "frame/MessageBanner.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace cockpit {

namespace {

void addDismiss(MessageBanner *banner)
{
    QPushButton *dismiss =
        banner->addButton(ProfileNotices::tr("Dismiss"), ProfileNotices::tr("Dismiss the message"));
    QObject::connect(dismiss, &QPushButton::clicked, banner, &QWidget::hide);
}

} // namespace

ProfileNotices::ProfileNotices(QWidget *parent)
    : QWidget(parent)
    , m_configProblem(new MessageBanner(MessageBanner::Kind::Warning, this))
    , m_configWarning(new MessageBanner(MessageBanner::Kind::Warning, this))
    , m_keychain(new MessageBanner(MessageBanner::Kind::Error, this))
    , m_profileMessage(new MessageBanner(MessageBanner::Kind::Warning, this))
{
    QPushButton *reload =
        m_configProblem->addButton(tr("Reload"), tr("Read the scw CLI configuration again"));
    connect(reload, &QPushButton::clicked, this, &ProfileNotices::reloadConfigRequested);
    addDismiss(m_configProblem);
    addDismiss(m_configWarning);
    addDismiss(m_profileMessage);
    QPushButton *retryKeychain =
        m_keychain->addButton(tr("Try again"), tr("Read the keychain again"));
    m_signInAgain = m_keychain->addButton(tr("Sign in again…"), tr("Sign in again"));
    connect(retryKeychain, &QPushButton::clicked, this, &ProfileNotices::retryKeychainRequested);
    connect(m_signInAgain, &QPushButton::clicked, this, &ProfileNotices::signInAgainRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (MessageBanner *banner : {m_configProblem, m_configWarning, m_keychain, m_profileMessage}) {
        layout->addWidget(banner);
        banner->hide();
    }
}

void ProfileNotices::showConfigProblem(const QString &text, const QString &details)
{
    m_configProblem->setMessage(text, details);
    m_configProblem->show();
}

void ProfileNotices::showConfigWarning(const QString &text, const QString &details)
{
    m_configWarning->setMessage(text, details);
    m_configWarning->show();
}

void ProfileNotices::hideConfigNotices()
{
    m_configProblem->hide();
    m_configWarning->hide();
}

void ProfileNotices::showKeychainProblem(const QString &text, const QString &details)
{
    m_keychain->setMessage(text, details);
    m_keychain->show();
}

void ProfileNotices::hideKeychainProblem()
{
    m_keychain->hide();
}

void ProfileNotices::showProfileMessage(const QString &text, const QString &details)
{
    m_profileMessage->setMessage(text, details);
    m_profileMessage->show();
}

void ProfileNotices::hideProfileMessage()
{
    m_profileMessage->hide();
}

} // namespace cockpit
