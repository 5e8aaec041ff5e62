#include "TokenRotateFlow.h"

#include "common/SafeConfirmation.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "frame/StatusBanners.h"
#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "services/CockpitSession.h"
#include "services/CreateOperation.h"
#include "services/TokenCreator.h"
#include "services/WorkContext.h"
#include "text/ErrorText.h"
#include "tokens/SavedSecretFlow.h"
#include "tokens/TokenActions.h"
#include "tokens/TokenDeleteFlow.h"

#include <QCheckBox>
#include <QLocale>
#include <QPushButton>

namespace cockpit {

TokenRotateFlow::TokenRotateFlow(const FlowParts &parts, CreateTokenFlow *creates,
                                 TokenDeleteFlow *deletes, SavedSecretFlow *savedSecrets,
                                 TokenActions *actions, const TokenTableModel *names)
    : QObject(parts.window)
    , m_window(parts.window)
    , m_creates(creates)
    , m_deletes(deletes)
    , m_savedSecrets(savedSecrets)
    , m_banners(parts.banners)
    , m_summary(parts.summary)
    , m_names(names)
    , m_session(parts.context->session())
{
    connect(this, &TokenRotateFlow::tokenCreated, creates, &CreateTokenFlow::tokenCreated);
    connect(parts.context, &WorkContext::sessionChanged, this, &TokenRotateFlow::setSession);
    connect(actions, &TokenActions::rotateRequested, this, &TokenRotateFlow::rotate);
}

void TokenRotateFlow::setSession(CockpitSession *session)
{
    m_session = session;
    end(); // a rotation of another profile's session ends with it (its operation goes too)
}

SafeConfirmation *TokenRotateFlow::startQuestion(const Token &token, const QString &projectName,
                                                 QWidget *parent)
{
    auto *question = new SafeConfirmation(
        tr("Rotate token"), tr("Replace “%1” with a new token?").arg(token.name), parent);
    question->setObjectName(QStringLiteral("rotateTokenQuestion"));
    question->setTextFormat(Qt::PlainText);
    question->setInformativeText(
        tr("A new token named “%1” is created in %2, project “%3”, with the same permissions, "
           "and its secret key is shown once. The old token is deleted only after you confirm "
           "that the new secret key is saved.")
            .arg(token.name, regionId(token.region), projectName));
    question->setSafeButton(tr("&Cancel"));
    question->setDestructiveButton(tr("Create the &new token"));
    return question;
}

void TokenRotateFlow::rotate(const Token &token)
{
    if (isRunning() || !m_session)
        return;
    TokenCreator *creator = m_session->creator();
    if (creator->isBusy()) {
        m_banners->showNotice(
            tr("Another token is being created: rotate “%1” once it is done.").arg(token.name));
        return;
    }
    const QString project = m_names ? m_names->projectName(token.projectId) : token.projectId;
    SafeConfirmation *question = startQuestion(token, project, m_window);
    m_old = token;
    // One answer, whichever way the box closes (Esc and the close button say Cancel).
    connect(question, &QDialog::finished, this, [this, question] {
        if (question->clickedButton() == question->destructiveButton())
            send();
        else
            end();
    });
    question->open();
}

void TokenRotateFlow::send()
{
    if (!m_old || !m_session)
        return end();
    const CreateTokenRequest request{m_old->region, m_old->projectId, m_old->name, m_old->scopes};
    m_banners->showNotice(tr("Creating the new “%1”…").arg(m_old->name));
    m_operation = m_session->creator()->create(request);
    if (m_operation) {
        // Only this rotation's create reports here.
        connect(m_operation, &CreateOperation::created, this, &TokenRotateFlow::onCreated);
        connect(m_operation, &CreateOperation::createFailed, this, &TokenRotateFlow::onFailed);
        connect(m_operation, &CreateOperation::outcomeUnknown, this,
                [this](const CreateTokenRequest &sent) {
                    m_banners->showNotice(ErrorText::lostCreateChecking(sent.name));
                });
        connect(m_operation, &CreateOperation::recoveryFinished, this,
                &TokenRotateFlow::onRecoveryFinished);
    } else {
        // Refused before sending: the same request's outcome is still unknown.
        m_banners->showNotice(tr("Could not rotate “%1”: an earlier create of this name in %2 "
                                 "may have succeeded, and the app does not know yet. Nothing "
                                 "was created or deleted.")
                                  .arg(m_old->name, regionId(m_old->region)),
                              {}, true);
        end();
    }
}

void TokenRotateFlow::onCreated(const CreatedToken &created)
{
    m_operation = nullptr;
    m_banners->hideNotice();
    Q_EMIT tokenCreated(created.token);
    SecretDialog *dialog = m_creates->showSecret(m_session, created);
    const Token fresh = created.token;
    // The question comes once the secret is out of sight: copied, saved, or let go.
    connect(dialog, &QDialog::finished, this, [this, dialog, fresh] {
        askToDeleteOld(fresh, dialog->wasCopied() || dialog->wasSaved());
    });
}

void TokenRotateFlow::onFailed(const CreateTokenRequest &request, const ApiError &error)
{
    m_banners->showNotice(
        tr("Could not rotate “%1”: the new token was not created. %2 Nothing was deleted.")
            .arg(request.name, ErrorText::sentence(error)),
        ErrorText::technicalDetails(error), true);
    end();
}

void TokenRotateFlow::onRecoveryFinished(const CreateTokenRequest &request,
                                         const QList<Token> &candidates,
                                         const ApiError &searchError)
{
    if (!candidates.isEmpty()) {
        // A new token exists but its secret was in the lost answer: the old one stays.
        m_banners->showNotice(tr("Could not rotate “%1”: the new token was created but its "
                                 "secret key was lost. The old token was kept.")
                                  .arg(request.name),
                              {}, true);
        m_creates->reportOrphans(candidates, m_names ? m_names->projectName(request.projectId)
                                                     : request.projectId);
    } else if (searchError.isError()) {
        m_banners->showNotice(
            tr("Could not rotate “%1”: the answer to the create request was lost and the app "
               "could not check whether the new token exists. %2 The old token was kept.")
                .arg(request.name, ErrorText::sentence(searchError)),
            ErrorText::technicalDetails(searchError), true);
    } else {
        m_banners->showNotice(tr("Could not rotate “%1”: the answer to the create request was "
                                 "lost and the new token was not created. Nothing was deleted.")
                                  .arg(request.name),
                              {}, true);
    }
    end();
}

SafeConfirmation *TokenRotateFlow::deleteOldQuestion(const Token &old, const QString &projectName,
                                                     bool secretKept, int savedSecrets,
                                                     QWidget *parent)
{
    const QString created = QLocale().toString(old.createdAt.toLocalTime(), QLocale::ShortFormat);
    // Its project, region and ID: the new token has the same name.
    auto *question =
        new SafeConfirmation(tr("Delete the old token"),
                             tr("Delete the old “%1” of the project %2 in %3 (created %4, ID %5)?")
                                 .arg(old.name, projectName.isEmpty() ? old.projectId : projectName,
                                      regionId(old.region), created, old.id),
                             parent);
    question->setObjectName(QStringLiteral("rotateDeleteOldQuestion"));
    question->setTextFormat(Qt::PlainText);
    const QString warning = tr("Delete it only once the new secret key is saved and your agents "
                               "use it: anything still using the old token is refused from now "
                               "on. If you keep it, both tokens exist until you delete one.");
    question->setInformativeText(
        secretKept ? warning
                   : tr("The new secret key was neither copied nor saved: it cannot be shown "
                        "again.") +
                         QStringLiteral("\n\n") + warning);
    if (savedSecrets > 0) {
        auto *forget =
            new QCheckBox(tr("Also &forget the old saved secret key in the keychain"), question);
        forget->setChecked(true);
        forget->setAccessibleName(tr("Forget the old saved secret key"));
        question->setCheckBox(forget);
    }
    question->setSafeButton(tr("&Keep both tokens"));
    question->setDestructiveButton(tr("&Delete the old token"));
    return question;
}

void TokenRotateFlow::askToDeleteOld(const Token &fresh, bool secretKept)
{
    if (!m_old)
        return;
    const Token old = *m_old;
    SafeConfirmation *question =
        deleteOldQuestion(old, m_names ? m_names->projectName(old.projectId) : old.projectId,
                          secretKept, m_savedSecrets->isSaved(old) ? 1 : 0, m_window);
    connect(question, &QDialog::finished, this, [this, question, old, fresh] {
        if (question->clickedButton() != question->destructiveButton()) {
            m_summary->showTransient(
                tr("Kept the old “%1”: both tokens exist until you delete one.").arg(old.name));
            return end();
        }
        const bool forget = question->checkBox() && question->checkBox()->isChecked();
        m_deletes->removeConfirmed(
            {old},
            {tr("Rotated “%1”: the new token replaces the old one, which was deleted.")
                 .arg(old.name),
             tr("The new “%1” was created, but the old one could not be deleted: both tokens "
                "exist. Delete the old one (created %2) once the problem is solved.")
                 .arg(fresh.name,
                      QLocale().toString(old.createdAt.toLocalTime(), QLocale::ShortFormat))},
            forget);
        end();
    });
    question->open();
}

void TokenRotateFlow::end()
{
    m_old.reset();
    // A create still running reports to nobody (the creator finishes it all the same).
    if (m_operation)
        m_operation->disconnect(this);
    m_operation = nullptr;
}

} // namespace cockpit
