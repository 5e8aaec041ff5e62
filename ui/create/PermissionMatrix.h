#pragma once

#include "api/TokenScope.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace cockpit {

// The console's permission grid: Metrics, Logs and Traces by Push, Query and Rules, plus the
// alert manager — exactly the nine API scopes (traces have no rules scope, so that cell is empty),
// with presets for the common cases.
class PermissionMatrix : public QWidget
{
    Q_OBJECT

public:
    enum class Preset
    {
        Agent,
        Grafana,
        FullAccess
    };

    explicit PermissionMatrix(QWidget *parent = nullptr);

    TokenScopes scopes() const;
    void setScopes(TokenScopes scopes);
    void applyPreset(Preset preset);
    static TokenScopes presetScopes(Preset preset);

    QCheckBox *checkBox(TokenScope scope) const { return m_boxes.value(scope); }

Q_SIGNALS:
    void scopesChanged(TokenScopes scopes);

private:
    QGridLayout *buildGrid();
    QHBoxLayout *buildPresets();
    void orderTabs();

    QHash<TokenScope, QCheckBox *> m_boxes;
};

} // namespace cockpit
