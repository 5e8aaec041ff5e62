#include "TokenToolBar.h"

#include "frame/WrappingRowLayout.h"
#include "text/PermissionSummary.h"
#include "tokens/TokenActions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace cockpit {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    button->setAccessibleName(action->text());
    return button;
}

} // namespace

TokenToolBar::TokenToolBar(TokenActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_permissions(new QComboBox(this))
{
    m_permissions->setAccessibleName(tr("Permission filter"));
    m_permissions->setToolTip(tr("Show only the tokens that have this permission"));
    m_permissions->addItem(tr("Any permission"), 0);
    // The console's four groups first (any kind of data), then the nine scopes one by one.
    for (ScopePermission group : {ScopePermission::Push, ScopePermission::Query,
                                  ScopePermission::Rules, ScopePermission::Alerts}) {
        const TokenScopes scopes = scopesOfGroup(group);
        const QString label = group == ScopePermission::Alerts
                                  ? scopeLabel(TokenScope::FullAccessAlertManager)
                                  : tr("%1 (any data)").arg(permissionGroupName(group));
        m_permissions->addItem(label, int(scopes.toInt()));
    }
    m_permissions->insertSeparator(m_permissions->count());
    for (TokenScope scope : allTokenScopes()) {
        if (scope == TokenScope::FullAccessAlertManager)
            continue; // already listed as its own group
        m_permissions->addItem(scopeLabel(scope), int(TokenScopes(scope).toInt()));
        m_permissions->setItemData(m_permissions->count() - 1, tokenScopeId(scope),
                                   Qt::ToolTipRole);
    }
    m_permissions->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *caption = new QLabel(tr("Per&missions:"), this);
    caption->setBuddy(m_permissions);

    // Created in the order they are laid out, which is the order Tab visits them.
    QToolButton *copyId = buttonFor(actions->copyIdAction(), this);
    QToolButton *copyRegionalId = buttonFor(actions->copyRegionalIdAction(), this);
    auto *terraform = new QToolButton(this);
    terraform->setText(tr("Terraform"));
    terraform->setAccessibleName(tr("Terraform"));
    terraform->setToolTip(tr("Copy Terraform code for the selected tokens"));
    terraform->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(terraform);
    menu->addAction(actions->copyImportAction());
    menu->addAction(actions->copyResourceAction());
    terraform->setMenu(menu);
    connect(actions->copyImportAction(), &QAction::changed, terraform, [terraform, actions] {
        terraform->setEnabled(actions->copyImportAction()->isEnabled());
    });
    terraform->setEnabled(actions->copyImportAction()->isEnabled());

    // The filter, then the row actions; in a narrow window the actions go under the filter.
    auto *filter = new QHBoxLayout;
    filter->setSpacing(6);
    filter->addWidget(caption);
    filter->addWidget(m_permissions);
    filter->addStretch(1);
    auto *rowActions = new QHBoxLayout;
    rowActions->setSpacing(6);
    rowActions->addStretch(1);
    rowActions->addWidget(copyId);
    rowActions->addWidget(copyRegionalId);
    rowActions->addWidget(terraform);
    rowActions->addSpacing(12);
    rowActions->addWidget(buttonFor(actions->deleteAction(), this));
    auto *layout = new WrappingRowLayout(this);
    layout->setSpacing(12);
    layout->setGroups(filter, rowActions);

    connect(m_permissions, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT scopeFilterChanged(scopeFilter()); });
}

TokenScopes TokenToolBar::scopeFilter() const
{
    return TokenScopes::fromInt(m_permissions->currentData().toInt());
}

void TokenToolBar::clearScopeFilter()
{
    m_permissions->setCurrentIndex(0);
}

} // namespace cockpit
