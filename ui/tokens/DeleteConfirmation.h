#pragma once

#include "api/Token.h"

#include "common/SafeConfirmation.h"

class QPushButton;

// Asks before deleting: names the tokens (all of them, or the first ones and a count), says the
// deletion is irreversible and that agents using them stop working. Cancel is the default.
class DeleteConfirmation : public SafeConfirmation
{
    Q_OBJECT

public:
    DeleteConfirmation(const QList<cockpit::Token> &tokens, QWidget *parent);

    const QList<cockpit::Token> &tokens() const { return m_tokens; }
    QPushButton *deleteButton() const { return destructiveButton(); }
    // With saved secrets among the tokens: a check box (on by default) to forget them too.
    void offerToForgetSavedSecrets(int savedCount);
    bool forgetSavedSecrets() const;

Q_SIGNALS:
    void confirmed(const QList<cockpit::Token> &tokens);

private:
    QList<cockpit::Token> m_tokens;
};
