#include "TokenActions.h"

#include "common/ClipboardGuard.h"
#include "common/Shortcuts.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "text/TerraformSnippet.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

namespace cockpit {

TokenActions::TokenActions(QObject *parent)
    : QObject(parent)
    , m_copyId(new QAction(tr("Copy ID"), this))
    , m_copyRegionalId(new QAction(tr("Copy regional ID"), this))
    , m_copyImport(new QAction(tr("Copy Terraform import command"), this))
    , m_copyResource(new QAction(tr("Copy Terraform resource block"), this))
    , m_delete(new QAction(tr("Delete…"), this))
    , m_rotate(new QAction(tr("Rotate…"), this))
    , m_copySavedSecret(new QAction(tr("Copy saved secret key"), this))
    , m_connectAgent(new QAction(tr("Connect an agent…"), this))
{
    describeActions();
    connect(m_copyId, &QAction::triggered, this, &TokenActions::copyIds);
    connect(m_copyRegionalId, &QAction::triggered, this, &TokenActions::copyRegionalIds);
    connect(m_copyImport, &QAction::triggered, this, &TokenActions::copyImportCommands);
    connect(m_copyResource, &QAction::triggered, this, &TokenActions::copyResourceBlocks);
    // What acts on one token asks for exactly one; what destroys asks for the right to.
    connect(m_connectAgent, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT connectAgentRequested(m_selection.first());
    });
    connect(m_copySavedSecret, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT copySavedSecretRequested(m_selection.first());
    });
    connect(m_rotate, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1 && m_deleteAllowed)
            Q_EMIT rotateRequested(m_selection.first());
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (!m_selection.isEmpty() && m_deleteAllowed)
            Q_EMIT deleteRequested(m_selection);
    });
    updateEnabled();
}

void TokenActions::describeActions()
{
    m_connectAgent->setShortcut(Shortcuts::connectAgent());
    m_connectAgent->setToolTip(Shortcuts::withKeys(
        tr("Configure an agent or Grafana with the secret key saved in the keychain"),
        m_connectAgent->shortcut()));
    m_copySavedSecret->setShortcut(Shortcuts::copySavedSecret());
    m_copySavedSecret->setToolTip(Shortcuts::withKeys(
        tr("Copy the secret key saved in the keychain when the token was created"),
        m_copySavedSecret->shortcut()));
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setToolTip(Shortcuts::withKeys(tr("Copy the token ID"), m_copyId->shortcut()));
    m_copyRegionalId->setToolTip(tr("Copy {region}/{id}, the ID Terraform and the CLI use"));
    m_copyImport->setToolTip(tr("Copy a terraform import command for the token"));
    m_copyResource->setToolTip(
        tr("Copy a scaleway_cockpit_token resource that recreates the token's name and scopes"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(
        Shortcuts::withKeys(tr("Delete the selected tokens"), m_delete->shortcut()));
    m_rotate->setShortcut(Shortcuts::rotate());
    m_rotate->setToolTip(Shortcuts::withKeys(
        tr("Replace the token with a new one of the same name and permissions, then delete the "
           "old one"),
        m_rotate->shortcut()));
}

void TokenActions::copyIds()
{
    if (m_selection.isEmpty())
        return;
    QStringList ids;
    for (const Token &token : std::as_const(m_selection))
        ids.append(token.id);
    copy(ids.join(QLatin1Char('\n')),
         m_selection.size() == 1 ? tr("Copied the ID of “%1”").arg(m_selection.first().name)
                                 : tr("Copied %n IDs", nullptr, int(ids.size())));
}

void TokenActions::copyRegionalIds()
{
    if (m_selection.isEmpty())
        return;
    QStringList ids;
    for (const Token &token : std::as_const(m_selection))
        ids.append(token.regionalId());
    copy(ids.join(QLatin1Char('\n')),
         m_selection.size() == 1
             ? tr("Copied the regional ID of “%1”").arg(m_selection.first().name)
             : tr("Copied %n regional IDs", nullptr, int(ids.size())));
}

void TokenActions::copyImportCommands()
{
    if (m_selection.isEmpty())
        return;
    QString text = TerraformSnippet::importCommands(m_selection);
    if (m_selection.size() == 1)
        text.chop(1); // one command pastes more comfortably without its line break
    copy(text, m_selection.size() == 1
                   ? tr("Copied the import command for “%1”").arg(m_selection.first().name)
                   : tr("Copied %n import commands", nullptr, int(m_selection.size())));
}

void TokenActions::copyResourceBlocks()
{
    if (m_selection.isEmpty())
        return;
    copy(TerraformSnippet::resourceBlocks(m_selection),
         m_selection.size() == 1
             ? tr("Copied the Terraform resource for “%1”").arg(m_selection.first().name)
             : tr("Copied %n Terraform resources", nullptr, int(m_selection.size())));
}

QList<QAction *> TokenActions::copyActions() const
{
    return {m_copyId, m_copyRegionalId, m_copyImport, m_copyResource};
}

void TokenActions::setSelection(const QList<Token> &tokens)
{
    m_selection = tokens;
    updateEnabled();
}

void TokenActions::setDeleteAllowed(bool allowed)
{
    m_deleteAllowed = allowed;
    updateEnabled();
}

void TokenActions::setDesktopServices(const DesktopServices &services)
{
    m_services = services;
    updateEnabled();
}

void TokenActions::updateEnabled()
{
    const bool any = !m_selection.isEmpty();
    for (QAction *action : copyActions())
        action->setEnabled(any);
    const bool saved =
        m_selection.size() == 1 && m_services.savedSecrets &&
        m_services.savedSecrets->contains(tokenSecretKey(m_selection.first().regionalId()));
    m_copySavedSecret->setEnabled(saved);
    m_connectAgent->setEnabled(saved);
    m_delete->setEnabled(any && m_deleteAllowed);
    m_rotate->setEnabled(m_selection.size() == 1 && m_deleteAllowed);
}

QMenu *TokenActions::createContextMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->addActions(copyActions());
    menu->addAction(m_copySavedSecret);
    menu->addAction(m_connectAgent);
    menu->addSeparator();
    menu->addAction(m_rotate);
    menu->addAction(m_delete);
    return menu;
}

void TokenActions::attachShortcutsTo(QWidget *view)
{
    for (QAction *action : {m_copyId, m_copySavedSecret, m_connectAgent, m_rotate, m_delete}) {
        // A focused line edit or text view claims these keys first (ShortcutOverride), so
        // Ctrl+C there copies its text and Del deletes a character, never a token.
        action->setShortcutContext(Qt::WindowShortcut);
        view->addAction(action);
    }
}

void TokenActions::copy(const QString &text, const QString &message)
{
    if (m_selection.isEmpty())
        return;
    // Through the guard, so that a secret it was guarding is known to be gone.
    if (m_services.clipboard)
        m_services.clipboard->copyText(text);
    else
        QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(message);
}

} // namespace cockpit
