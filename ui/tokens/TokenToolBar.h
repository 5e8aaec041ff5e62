#pragma once

#include "api/TokenScope.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace cockpit {

class TokenActions;

// The row between the header and the table: the permission filter on the left, the row actions
// on the right (as buttons bound to the shared TokenActions).
class TokenToolBar : public QWidget
{
    Q_OBJECT

public:
    TokenToolBar(TokenActions *actions, QWidget *parent = nullptr);

    TokenScopes scopeFilter() const;
    void clearScopeFilter();
    QComboBox *permissionFilter() const { return m_permissions; }

Q_SIGNALS:
    void scopeFilterChanged(TokenScopes scopes);

private:
    QComboBox *m_permissions;
};

} // namespace cockpit
