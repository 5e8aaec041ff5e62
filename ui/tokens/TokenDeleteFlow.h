#pragma once

#include "api/ApiError.h"
#include "api/Token.h"
#include "frame/FlowParts.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace cockpit {

class SavedSecretFlow;
class StatusBanners;
class StatusSummary;
class TokenActions;
class TokenTableView;

class CockpitSession;
class TokenTableModel;

// Deleting tokens: asks first (naming them, offering to forget their saved secrets; Cancel is
// the default), deletes through the session's TokenDeleter, removes each row as the API
// confirms it, then says what happened (in passing when all went, in a banner listing the
// failures otherwise) and selects the row that took the first deleted one's place.
class TokenDeleteFlow : public QObject
{
    Q_OBJECT

public:
    // Deletes go through the context's session, following it as it changes.
    TokenDeleteFlow(const FlowParts &parts, TokenTableView *table, TokenTableModel *model,
                    TokenActions *actions, SavedSecretFlow *savedSecrets);
    // Asks, then deletes.
    void confirm(const QList<Token> &tokens);
    // Deletes tokens the user already chose to delete (e.g. those a lost create left).
    void remove(const QList<Token> &tokens);

    // What to say when a delete the user chose elsewhere (a rotation's old token) ends.
    struct Outcome
    {
        QString done;   // all went: in passing, in the status bar
        QString failed; // some failed: the banner's sentence, above the failures
    };
    // Deletes tokens already confirmed, saying `outcome`; forgets their saved secrets if asked.
    void removeConfirmed(const QList<Token> &tokens, const Outcome &outcome,
                         bool forgetSavedSecrets);

Q_SIGNALS:
    void finished();

private:
    void setSession(CockpitSession *session);
    void onDeleted(const Token &token);
    void onFinished(int deleted, int failed, int stopped);
    void showProgress();
    void selectNext();
    QString failureLine(const Token &token, const ApiError &error, bool nameProject) const;

    QWidget *m_window;
    TokenTableView *m_table;
    TokenTableModel *m_model;
    TokenActions *m_actions;
    StatusBanners *m_banners;
    StatusSummary *m_summary;
    SavedSecretFlow *m_savedSecrets;
    QPointer<CockpitSession> m_session;
    // Deletes whose saved secrets are to be forgotten once the API confirms them.
    QSet<QString> m_forgetOnDelete;
    QList<QPair<Token, ApiError>> m_failures;
    QStringList m_deletedNames;   // of the deletes under way, as the API confirms them
    QList<Token> m_deleting;      // the deletes under way
    Outcome m_outcome;            // of the deletes under way; empty: the usual words
    bool m_spansProjects = false; // the deletes under way are of several projects
    int m_reselectRow = -1;       // the view row of the first token being deleted
};

} // namespace cockpit
