#pragma once

#include "api/Token.h"

#include "common/SafeConfirmation.h"

#include <functional>

class QPushButton;

namespace cockpit {
struct ProjectTokens;
} // namespace cockpit

// Asks before deleting: names the tokens (all of them, or the first ones and a count), says the
// deletion is irreversible and that agents using them stop working. Tokens of several projects
// are listed under their project's name. Cancel is the default.
class DeleteConfirmation : public SafeConfirmation
{
    Q_OBJECT

public:
    using ProjectNamer = std::function<QString(const QString &projectId)>;

    // `projectName`: how to name a project when the tokens span several (default: its ID).
    DeleteConfirmation(const QList<cockpit::Token> &tokens, QWidget *parent,
                       const ProjectNamer &projectName = {});

    const QList<cockpit::Token> &tokens() const { return m_tokens; }
    QPushButton *deleteButton() const { return destructiveButton(); }
    // With saved secrets among the tokens: a check box (on by default) to forget them too.
    void offerToForgetSavedSecrets(int savedCount);
    bool forgetSavedSecrets() const;

Q_SIGNALS:
    void confirmed(const QList<cockpit::Token> &tokens);

private:
    DeleteConfirmation(const QList<cockpit::Token> &tokens,
                       const QList<cockpit::ProjectTokens> &groups, QWidget *parent,
                       const ProjectNamer &projectName);

    QList<cockpit::Token> m_tokens;
};
