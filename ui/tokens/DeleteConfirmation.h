#pragma once

#include "api/Token.h"

#include "common/SafeConfirmation.h"

#include <functional>

class QPlainTextEdit;
class QPushButton;

namespace cockpit {

struct ProjectTokens;

// Asks before deleting: names every token it destroys by project, region, name and ID (one in
// the question, many in a list under their project's name that scrolls when long), says the
// deletion is irreversible and that agents using them stop working. Cancel is the default.
class DeleteConfirmation : public SafeConfirmation
{
    Q_OBJECT

public:
    using ProjectNamer = std::function<QString(const QString &projectId)>;

    // `projectName`: how to name a project when the tokens span several (default: its ID).
    DeleteConfirmation(const QList<Token> &tokens, QWidget *parent,
                       const ProjectNamer &projectName = {});

    const QList<Token> &tokens() const { return m_tokens; }
    // The list of every token, for several (empty for one: the question names it).
    QString listText() const;
    QPushButton *deleteButton() const { return destructiveButton(); }
    // With saved secrets among the tokens: a check box (on by default) to forget them too.
    void offerToForgetSavedSecrets(int savedCount);
    bool forgetSavedSecrets() const;

Q_SIGNALS:
    void confirmed(const QList<Token> &tokens);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void placeList();

    DeleteConfirmation(const QList<Token> &tokens, const QList<ProjectTokens> &groups,
                       QWidget *parent, const ProjectNamer &projectName);

    QList<Token> m_tokens;
    QPlainTextEdit *m_list = nullptr; // several tokens: all of them
};

} // namespace cockpit
