#pragma once

#include <QWidget>

class QPushButton;

namespace cockpit {

class MessageBanner;

// The banners about where credentials come from, kept apart from the load banners so that a
// profile switch does not wipe them: a config.yaml that could not be read (file and line), a
// warning about it (e.g. readable by others; dismissible, shown once per run), and a profile
// whose secret key could not be read from the keychain (with Try again and Sign in again).
class ProfileNotices : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileNotices(QWidget *parent = nullptr);

    void showConfigProblem(const QString &text, const QString &details = {});
    void showConfigWarning(const QString &text, const QString &details = {});
    void hideConfigNotices();
    void showKeychainProblem(const QString &text, const QString &details = {});
    void hideKeychainProblem();
    // A profile action that did not work (e.g. the keychain refused to forget a profile).
    void showProfileMessage(const QString &text, const QString &details = {});
    void hideProfileMessage();

    MessageBanner *configProblemBanner() const { return m_configProblem; }
    MessageBanner *configWarningBanner() const { return m_configWarning; }
    MessageBanner *keychainBanner() const { return m_keychain; }
    QPushButton *signInAgainButton() const { return m_signInAgain; }

Q_SIGNALS:
    void retryKeychainRequested();
    // Read the scw CLI configuration again (the user fixed it).
    void reloadConfigRequested();
    void signInAgainRequested();

private:
    MessageBanner *m_configProblem;
    MessageBanner *m_configWarning;
    MessageBanner *m_keychain;
    MessageBanner *m_profileMessage;
    QPushButton *m_signInAgain;
};

} // namespace cockpit
