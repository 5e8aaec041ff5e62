#include "CreateTokenFlow.h"

#include "api/CockpitClient.h"

#include "common/SafeConfirmation.h"
#include "create/CreateTokenDialog.h"
#include "create/SecretDialog.h"
#include "services/CockpitSession.h"
#include "services/TokenCreator.h"
#include "text/ErrorText.h"

#include <QLocale>
#include <QPushButton>

namespace cockpit {

CreateTokenFlow::CreateTokenFlow(const DesktopServices &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{
}

CreateTokenFlow::~CreateTokenFlow() = default;

void CreateTokenFlow::start(CockpitSession *session, const QString &projectId,
                            const QString &projectName, Region region, const QList<Token> &existing)
{
    m_projectName = projectName;
    if (m_dialog || !session)
        return;
    disconnectSession();
    m_session = session;
    TokenCreator *creator = session->creator();
    // A session replaced mid-create (another profile) takes its creator along: close the dialog.
    connect(session, &QObject::destroyed, this, [this] {
        if (m_dialog)
            m_dialog->deleteLater();
    });

    m_dialog = new CreateTokenDialog(projectId, projectName, region, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setExistingTokens(existing);
    m_dialog->setAnswerTimeout(session->client()->settings().timeoutMs / 1000);
    // A create of this session whose outcome is still unknown cannot be sent again by accident.
    m_dialog->setUnresolved(creator->unresolved());
    connect(m_dialog, &CreateTokenDialog::createRequested, this,
            [this](const CreateTokenRequest &request) {
                if (!follow(m_session ? m_session->creator()->create(request) : nullptr))
                    m_dialog->setBusy(false);
            });
    connect(m_dialog, &CreateTokenDialog::checkAgainRequested, this, [this] {
        if (!follow(m_session ? m_session->creator()->checkAgain() : nullptr))
            m_dialog->setUnresolved(m_session ? m_session->creator()->unresolved() : std::nullopt);
        else
            m_dialog->setBusy(true);
    });
    m_dialog->open();
}

void CreateTokenFlow::disconnectSession()
{
    if (m_session)
        m_session->disconnect(this);
}

bool CreateTokenFlow::follow(CreateOperation *operation)
{
    if (!operation)
        return false;
    // Only this flow's own create reports here: a rotation's has its own operation.
    connect(operation, &CreateOperation::created, this, &CreateTokenFlow::onCreated);
    connect(operation, &CreateOperation::createFailed, this, &CreateTokenFlow::onFailed);
    connect(operation, &CreateOperation::outcomeUnknown, this, &CreateTokenFlow::onOutcomeUnknown);
    connect(operation, &CreateOperation::recoveryFinished, this,
            &CreateTokenFlow::onRecoveryFinished);
    return true;
}

void CreateTokenFlow::onCreated(const CreatedToken &created)
{
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->accept();
    }
    Q_EMIT tokenCreated(created.token);
    showSecret(m_session, created);
}

SecretDialog *CreateTokenFlow::showSecret(CockpitSession *session, const CreatedToken &created)
{
    m_secretDialog = new SecretDialog(created, m_services.clipboard, m_services.secrets,
                                      m_services.savedSecrets, m_window);
    m_secretDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog->setWindowModality(Qt::WindowModal);
    connect(m_secretDialog, &SecretDialog::secretSaved, this, &CreateTokenFlow::secretSaved);
    QPointer<CockpitSession> of(session);
    connect(m_secretDialog, &SecretDialog::connectAgentRequested, this,
            [this, of](const Token &token, const Secret &secret) {
                if (of && m_secretDialog)
                    Q_EMIT connectAgentRequested(of, token, secret, m_secretDialog);
            });
    m_secretDialog->open();
    return m_secretDialog;
}

void CreateTokenFlow::onFailed(const CreateTokenRequest &request, const ApiError &error)
{
    Q_UNUSED(request)
    if (!m_dialog)
        return;
    m_dialog->setBusy(false);
    QString sentence = ErrorText::sentence(error);
    // The API's own help for an argument says exactly what to change.
    for (const auto &detail : error.details) {
        if (!detail.helpMessage.isEmpty()) {
            sentence = detail.helpMessage;
            break;
        }
    }
    m_dialog->showError(ErrorText::withDetails(sentence, error), error.firstArgumentName());
}

void CreateTokenFlow::onOutcomeUnknown(const CreateTokenRequest &request, const ApiError &error)
{
    Q_UNUSED(error)
    if (m_dialog)
        m_dialog->showError(ErrorText::lostCreateChecking(request.name));
}

void CreateTokenFlow::onRecoveryFinished(const CreateTokenRequest &request,
                                         const QList<Token> &candidates,
                                         const ApiError &searchError)
{
    if (!candidates.isEmpty()) {
        if (m_dialog) {
            m_dialog->setBusy(false);
            m_dialog->accept();
        }
        reportOrphans(candidates, m_projectName);
        return;
    }
    if (!m_dialog)
        return;
    m_dialog->setBusy(false);
    if (searchError.isError()) {
        m_dialog->setUnresolved(request);
        m_dialog->showError(ErrorText::withDetails(
            tr("The answer to the create request was lost, and the app could not check whether "
               "“%1” was created: %2 Until it knows, it will not send the same request again, "
               "to avoid a duplicate: use Check again.")
                .arg(request.name, ErrorText::sentence(searchError)),
            searchError));
    } else {
        m_dialog->setUnresolved(std::nullopt);
        m_dialog->showError(tr("The answer to the create request was lost, and no token named "
                               "“%1” exists: it was not created. You can create it again.")
                                .arg(request.name));
    }
}

SafeConfirmation *CreateTokenFlow::orphanQuestion(const QList<Token> &orphans,
                                                  const QString &projectName, QWidget *parent)
{
    const Token &first = orphans.first();
    const QString project = projectName.isEmpty() ? first.projectId : projectName;
    const QString when = QLocale().toString(first.createdAt.toLocalTime(), QLocale::ShortFormat);
    auto *question = new SafeConfirmation(
        tr("Token created, secret lost"),
        orphans.size() == 1
            ? tr("The answer to the create request was lost, but the token “%1” was created in "
                 "the project %2 in %3 at %4 (ID %5). Its secret key was in that answer: nobody "
                 "can ever see it.\n\nDelete this token? You can then create a new one.")
                  .arg(first.name, project, regionId(first.region), when, first.id)
            : tr("The answer to the create request was lost, but %Ln tokens named “%1” were "
                 "created just now in the project %2 in %3. Their secret keys were never "
                 "seen.\n\nDelete them?",
                 nullptr, int(orphans.size()))
                  .arg(first.name, project, regionId(first.region)),
        parent);
    question->setObjectName(QStringLiteral("orphanedTokenQuestion"));
    // Keeping is the default: a token whose secret is lost can still be deleted later.
    question->setSafeButton(tr("&Keep"));
    question->setDestructiveButton(tr("&Delete"));
    return question;
}

void CreateTokenFlow::reportOrphans(const QList<Token> &orphans, const QString &projectName)
{
    Q_EMIT orphansFound(orphans);
    SafeConfirmation *question = orphanQuestion(orphans, projectName, m_window);
    connect(question, &SafeConfirmation::destroyConfirmed, this,
            [this, orphans] { Q_EMIT deleteOrphansRequested(orphans); });
    question->open();
}

} // namespace cockpit
