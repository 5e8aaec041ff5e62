#pragma once

#include "api/Token.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cockpit {

class ClipboardGuard;
class SavedSecretIndex;
class SecretLineEdit;
class SecretStore;

// Shows a new token's secret key, the one time it exists: masked with a reveal toggle, Copy
// (through the ClipboardGuard) and Save in keychain. Closing before the secret was copied or saved
// asks first. When the dialog closes, the secret is wiped from its widgets and from memory.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const CreatedToken &created, ClipboardGuard *clipboard, SecretStore *store,
                 SavedSecretIndex *savedSecrets, QWidget *parent = nullptr);
    ~SecretDialog() override;

    bool wasCopied() const { return m_copied; }
    bool wasSaved() const { return m_saved; }

    SecretLineEdit *secretEdit() const { return m_secretEdit; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *connectAgentButton() const { return m_connectAgent; }
    QLabel *statusLabel() const { return m_status; }

    void done(int result) override;
    // An agent's configuration holding the secret was copied or saved: closing needs no
    // question any more.
    void noteSecretHandedOver();

Q_SIGNALS:
    // The secret was saved in the keychain under the token's regional ID.
    void secretSaved(const QString &regionalId);
    // "Connect an agent…": open it over this dialog with the token and its secret.
    void connectAgentRequested(const Token &token, const Secret &secret);

private:
    // The read-only, masked field holding the secret, copied only through the guard.
    void setUpSecretField();
    // Copy, Save in keychain, Connect an agent, Done, and the status line.
    void setUpButtons();
    void copy();
    void noteCopied();
    void showCopiedCountdown(int seconds);
    void save();
    void wipe();

    Token m_token;
    Secret m_secret;
    ClipboardGuard *m_clipboard;
    SecretStore *m_store;
    SavedSecretIndex *m_savedSecrets;
    SecretLineEdit *m_secretEdit;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_done;
    QPushButton *m_connectAgent;
    QLabel *m_status;
    bool m_copied = false;
    bool m_saved = false;
    bool m_handedOver = false;
    bool m_confirmedClose = false;
    bool m_countdownConnected = false;
    bool m_statusShowsCopy = false; // the status line is the copy's countdown
};

} // namespace cockpit
