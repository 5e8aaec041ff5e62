#pragma once

#include "api/ApiCredentials.h"
#include "api/Secret.h"
#include "services/SignInCheck.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cockpit {

class SecretLineEdit;

// What the sign-in form collects.
struct SignInRequest
{
    QString profileName;
    ApiCredentials credentials;
    bool sessionOnly = false; // keep the secret key in memory only, never in the keychain
};

// First-run sign-in and "Add profile": access key, secret key (masked), optional default project
// and region, each format checked as it is typed. It never calls the API: "Sign in" emits
// signInRequested(); the owner checks the key (SignInCheck), then either closes the dialog or shows
// the failure here with the user's input kept. "Try the demo" is offered too.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    SignInRequest request() const;
    bool isValid() const;
    // Without a keychain the secret can only be kept for this session: say so, and sign in that
    // way.
    void setKeychainAvailable(bool available);
    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }
    void showFailure(const QString &text);

    // One sentence for a failed check, specific to the step (401: wrong keys; 403: which right
    // is missing).
    static QString failureText(SignInCheck::Step step, const ApiError &error);
    static bool isAccessKey(const QString &text);

    QLineEdit *profileNameEdit() const { return m_name; }
    QLineEdit *accessKeyEdit() const { return m_accessKey; }
    SecretLineEdit *secretKeyEdit() const { return m_secretKey; }
    QLineEdit *projectEdit() const { return m_project; }
    QComboBox *regionBox() const { return m_region; }
    QCheckBox *sessionOnlyBox() const { return m_sessionOnly; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *demoButton() const { return m_demo; }
    QLabel *statusLabel() const { return m_status; }

    void reject() override;
    // Closing, either way, wipes the secret key from the field (SecretLineEdit::wipe()).
    void done(int result) override;

Q_SIGNALS:
    void signInRequested(const SignInRequest &request);
    void demoRequested();

private:
    void describeFields();
    void buildButtons();
    void layOut();
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_accessKey;
    SecretLineEdit *m_secretKey;
    QLineEdit *m_project;
    QComboBox *m_region;
    QCheckBox *m_sessionOnly;
    QLabel *m_accessKeyMessage;
    QLabel *m_secretKeyMessage;
    QLabel *m_projectMessage;
    QLabel *m_keychainNotice;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    bool m_checking = false;
    bool m_keychainAvailable = true;
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::SignInRequest)
