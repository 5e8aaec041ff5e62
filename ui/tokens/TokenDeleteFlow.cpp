#include "TokenDeleteFlow.h"

#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/CockpitSession.h"
#include "services/TokenDeleter.h"
#include "services/WorkContext.h"
#include "text/ErrorText.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/SavedSecretFlow.h"
#include "tokens/TokenActions.h"
#include "tokens/TokenTableView.h"

#include <QItemSelectionModel>

namespace cockpit {

TokenDeleteFlow::TokenDeleteFlow(const FlowParts &parts, TokenTableView *table,
                                 TokenTableModel *model, TokenActions *actions,
                                 SavedSecretFlow *savedSecrets)
    : QObject(parts.window)
    , m_window(parts.window)
    , m_table(table)
    , m_model(model)
    , m_actions(actions)
    , m_banners(parts.banners)
    , m_summary(parts.summary)
    , m_savedSecrets(savedSecrets)
{
    setSession(parts.context->session());
    connect(parts.context, &WorkContext::sessionChanged, this, &TokenDeleteFlow::setSession);
    connect(m_banners, &StatusBanners::stopDeletesRequested, this, [this] {
        if (m_session)
            m_session->deleter()->stopDeletes();
    });
}

void TokenDeleteFlow::setSession(CockpitSession *session)
{
    m_session = session;
    if (!session)
        return;
    TokenDeleter *tokens = session->deleter();
    connect(tokens, &TokenDeleter::deleted, this, &TokenDeleteFlow::onDeleted);
    connect(tokens, &TokenDeleter::deleteFailed, this,
            [this](const Token &token, const ApiError &error) {
                m_failures.append({token, error});
                showProgress();
            });
    connect(tokens, &TokenDeleter::finished, this, &TokenDeleteFlow::onFinished);
}

void TokenDeleteFlow::confirm(const QList<Token> &tokens)
{
    if (!m_session || tokens.isEmpty())
        return;
    int saved = 0;
    for (const Token &token : tokens)
        saved += m_savedSecrets->isSaved(token) ? 1 : 0;
    const TokenTableModel *model = m_model;
    auto *confirmation = new DeleteConfirmation(
        tokens, m_window, [model](const QString &id) { return model->projectName(id); });
    confirmation->offerToForgetSavedSecrets(saved);
    connect(confirmation, &DeleteConfirmation::confirmed, this,
            [this, confirmation](const QList<Token> &chosen) {
                if (!m_session)
                    return;
                m_forgetOnDelete.clear();
                if (confirmation->forgetSavedSecrets()) {
                    for (const Token &token : chosen)
                        m_forgetOnDelete.insert(token.regionalId());
                }
                // Where the selection was: the row that takes its place is selected after.
                const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                m_reselectRow = rows.isEmpty() ? -1 : rows.first().row();
                for (const QModelIndex &row : rows)
                    m_reselectRow = std::min(m_reselectRow, row.row());
                remove(chosen);
            });
    confirmation->open();
}

void TokenDeleteFlow::removeConfirmed(const QList<Token> &tokens, const Outcome &outcome,
                                      bool forgetSavedSecrets)
{
    if (!m_session)
        return;
    if (forgetSavedSecrets) {
        for (const Token &token : tokens)
            m_forgetOnDelete.insert(token.regionalId());
    }
    remove(tokens);
    m_outcome = outcome;
}

void TokenDeleteFlow::remove(const QList<Token> &tokens)
{
    if (!m_session)
        return;
    m_outcome = {};
    m_spansProjects = false;
    for (const Token &token : tokens)
        m_spansProjects = m_spansProjects || token.projectId != tokens.first().projectId;
    m_failures.clear();
    m_deletedNames.clear();
    m_deleting = tokens;
    m_actions->setDeleteAllowed(false);
    showProgress();
    m_session->deleter()->deleteTokens(tokens);
}

void TokenDeleteFlow::showProgress()
{
    const int total = int(m_deleting.size());
    const int done = int(m_deletedNames.size() + m_failures.size());
    m_banners->showDeleting(total == 1
                                ? tr("Deleting “%1”…").arg(m_deleting.first().name)
                                : tr("Deleting %1 of %Ln tokens…", nullptr, total).arg(done + 1),
                            done, total);
}

void TokenDeleteFlow::onDeleted(const Token &token)
{
    m_deletedNames.append(token.name);
    m_model->removeToken(token.id);
    showProgress();
    if (m_forgetOnDelete.remove(token.regionalId()))
        m_savedSecrets->forget({token});
}

void TokenDeleteFlow::onFinished(int deleted, int failed, int stopped)
{
    m_actions->setDeleteAllowed(true);
    m_banners->hideDeleting();
    m_deleting.clear();
    const Outcome outcome = std::exchange(m_outcome, {});
    if (stopped > 0) {
        // Stopped by the user: what went, what failed, and that the rest is kept.
        QStringList lines;
        for (const auto &[token, error] : std::as_const(m_failures))
            lines.append(failureLine(token, error, m_spansProjects));
        const int total = deleted + failed + stopped;
        m_banners->showNotice(
            tr("Stopped: deleted %1 of %Ln tokens; those not sent yet were kept.", nullptr, total)
                .arg(deleted),
            lines.join(QLatin1Char('\n')), failed > 0);
    } else if (failed == 0) {
        // Done as asked: a passing word in the status bar, naming what went.
        m_banners->hideNotice();
        constexpr int kNamesSaid = 3;
        m_summary->showTransient(
            !outcome.done.isEmpty() ? outcome.done
            : deleted == 1          ? tr("Deleted “%1”.").arg(m_deletedNames.value(0))
            : deleted <= kNamesSaid
                ? tr("Deleted %Ln tokens: %1.", nullptr, deleted).arg(m_deletedNames.join(tr(", ")))
                : tr("Deleted %Ln tokens.", nullptr, deleted));
    } else {
        // The failures of a delete that spanned projects name theirs.
        QStringList lines;
        for (const auto &[token, error] : std::as_const(m_failures))
            lines.append(failureLine(token, error, m_spansProjects));
        const QString summary =
            !outcome.failed.isEmpty() ? outcome.failed
            : deleted == 0            ? tr("No token could be deleted.")
                           : tr("Deleted %1 of %2 tokens.").arg(deleted).arg(deleted + failed);
        m_banners->showNotice(summary, lines.join(QLatin1Char('\n')), true);
    }
    m_failures.clear();
    m_deletedNames.clear();
    selectNext();
    Q_EMIT finished();
}

QString TokenDeleteFlow::failureLine(const Token &token, const ApiError &error,
                                     bool nameProject) const
{
    const QString where =
        nameProject ? tr("%1, %2", "region, project")
                          .arg(regionId(token.region), m_model->projectName(token.projectId))
                    : regionId(token.region);
    QString line = tr("%1 (%2): %3").arg(token.name, where, ErrorText::sentence(error));
    const QString technical = ErrorText::technicalDetails(error);
    if (!technical.isEmpty())
        line += tr(" (%1)").arg(technical);
    return line;
}

void TokenDeleteFlow::selectNext()
{
    const int row = std::exchange(m_reselectRow, -1);
    QAbstractItemModel *shown = m_table->model();
    const int count = shown ? shown->rowCount() : 0;
    if (row < 0 || count == 0 || m_table->selectionModel()->hasSelection())
        return;
    // The row that took the first deleted one's place, else the new last row.
    const QModelIndex next = shown->index(std::min(row, count - 1), 0);
    m_table->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_table->scrollTo(next);
}

} // namespace cockpit
