#pragma once

#include "api/Token.h"
#include "services/TokenNameGenerator.h"

#include <QDialog>
#include <QElapsedTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace cockpit {

class PermissionMatrix;

// The create-token form: region, name (generated, editable, validated live against the API rule)
// and the permission matrix. It collects a CreateTokenRequest and never calls the API: Create
// emits createRequested(); the owner runs the request, keeps the dialog busy meanwhile, and either
// closes it or shows the error here — the user's input stays as it was.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    CreateTokenDialog(const QString &projectId, const QString &projectName, Region region,
                      QWidget *parent = nullptr);

    CreateTokenRequest request() const;
    bool isValid() const;
    // While busy, Create is disabled and the form is read-only (one click = at most one token).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // How long the API may take to answer a create; while busy longer than a moment, the
    // dialog says it waits for that answer, for how long so far and at most.
    void setAnswerTimeout(int seconds) { m_answerTimeoutS = seconds; }
    // Shows an API error; `argumentName` (the API's details[].argument_name) puts it next to the
    // field it concerns when it is one of ours.
    void showError(const QString &message, const QString &argumentName = {});
    // The tokens the project is known to have: a name already used in the chosen region gets a
    // note (names need not be unique, but two alike are easy to confuse).
    void setExistingTokens(const QList<Token> &tokens);
    // A create whose outcome is unknown and could not be checked: `request` cannot be sent again
    // from here (it may exist already); "Check again" asks whether it does. Cleared by
    // setUnresolved({}), once the check has an answer.
    void setUnresolved(const std::optional<CreateTokenRequest> &request);

    // For tests and for the owner.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *regionBox() const { return m_region; }
    PermissionMatrix *permissions() const { return m_permissions; }
    QPushButton *createButton() const { return m_create; }
    QLabel *nameMessage() const { return m_nameMessage; }
    QLabel *permissionsMessage() const { return m_permissionsMessage; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *nameNotice() const { return m_nameNotice; }
    QPushButton *checkAgainButton() const { return m_checkAgain; }

    // Closing is refused while the request runs: its outcome must reach the user.
    void reject() override;

Q_SIGNALS:
    void createRequested(const CreateTokenRequest &request);
    void checkAgainRequested();

private:
    // The region and name fields with their hints and messages.
    QFormLayout *buildForm(Region region);
    QGroupBox *buildPermissions();
    // Create, Cancel and Check again (shown once a create's answer was lost).
    void buildButtons();
    void validate();
    void updateCreateEnabled();
    bool isUnresolved() const;
    void onCreateClicked();
    void updateWaiting();

    QString m_projectId;
    TokenNameGenerator m_names;
    QComboBox *m_region;
    QLineEdit *m_name;
    QToolButton *m_another;
    QLabel *m_nameMessage;
    QLabel *m_nameNotice;
    PermissionMatrix *m_permissions;
    QLabel *m_permissionsMessage;
    QLabel *m_error;
    QLabel *m_waiting;
    QTimer *m_waitClock;
    QElapsedTimer m_busyFor;
    int m_answerTimeoutS = 0;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QPushButton *m_checkAgain = nullptr;
    QList<Token> m_existing;
    std::optional<CreateTokenRequest> m_unresolved;
    bool m_busy = false;
};

} // namespace cockpit
