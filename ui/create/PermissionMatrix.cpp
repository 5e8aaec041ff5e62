#include "PermissionMatrix.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cockpit {
namespace {

QString dataName(ScopeData data)
{
    switch (data) {
    case ScopeData::Metrics:
        return PermissionMatrix::tr("Metrics");
    case ScopeData::Logs:
        return PermissionMatrix::tr("Logs");
    case ScopeData::Traces:
        return PermissionMatrix::tr("Traces");
    case ScopeData::AlertManager:
        return PermissionMatrix::tr("Alert manager");
    }
    return {};
}

QString permissionName(ScopePermission permission)
{
    switch (permission) {
    case ScopePermission::Push:
        return PermissionMatrix::tr("Push");
    case ScopePermission::Query:
        return PermissionMatrix::tr("Query");
    case ScopePermission::Rules:
        return PermissionMatrix::tr("Rules");
    case ScopePermission::Alerts:
        return PermissionMatrix::tr("Configure");
    }
    return {};
}

QString scopeDescription(TokenScope scope)
{
    switch (scope) {
    case TokenScope::WriteOnlyMetrics:
        return PermissionMatrix::tr("Push metrics");
    case TokenScope::ReadOnlyMetrics:
        return PermissionMatrix::tr("Query metrics");
    case TokenScope::FullAccessMetricsRules:
        return PermissionMatrix::tr("Read and write metrics alerting and recording rules");
    case TokenScope::WriteOnlyLogs:
        return PermissionMatrix::tr("Push logs");
    case TokenScope::ReadOnlyLogs:
        return PermissionMatrix::tr("Query logs");
    case TokenScope::FullAccessLogsRules:
        return PermissionMatrix::tr("Read and write logs alerting rules");
    case TokenScope::FullAccessAlertManager:
        return PermissionMatrix::tr("Configure the alert manager");
    case TokenScope::WriteOnlyTraces:
        return PermissionMatrix::tr("Push traces");
    case TokenScope::ReadOnlyTraces:
        return PermissionMatrix::tr("Query traces");
    }
    return {};
}

// The matrix's columns and rows, in reading order.
QList<ScopePermission> matrixColumns()
{
    return {ScopePermission::Push, ScopePermission::Query, ScopePermission::Rules};
}

QList<ScopeData> matrixRows()
{
    return {ScopeData::Metrics, ScopeData::Logs, ScopeData::Traces};
}

} // namespace

PermissionMatrix::PermissionMatrix(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buildGrid());
    layout->addLayout(buildPresets());
    for (QCheckBox *box : std::as_const(m_boxes))
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT scopesChanged(scopes()); });
    orderTabs();
}

QGridLayout *PermissionMatrix::buildGrid()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    const QList<ScopePermission> columns = matrixColumns();
    const QList<ScopeData> rows = matrixRows();
    for (int column = 0; column < columns.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(permissionName(columns[column])));
        grid->addWidget(header, 0, column + 1, Qt::AlignHCenter);
    }
    for (int row = 0; row < rows.size(); ++row) {
        grid->addWidget(new QLabel(dataName(rows[row])), row + 1, 0);
        for (int column = 0; column < columns.size(); ++column) {
            const std::optional<TokenScope> scope = scopeAt(rows[row], columns[column]);
            if (!scope) {
                auto *none = new QLabel(tr("—"));
                none->setToolTip(tr("The API has no rules permission for traces"));
                none->setEnabled(false);
                grid->addWidget(none, row + 1, column + 1, Qt::AlignHCenter);
                continue;
            }
            auto *box = new QCheckBox;
            box->setAccessibleName(dataName(rows[row]) + QStringLiteral(": ") +
                                   permissionName(columns[column]));
            box->setAccessibleDescription(scopeDescription(*scope));
            box->setToolTip(scopeDescription(*scope) + QStringLiteral(" (") + tokenScopeId(*scope) +
                            QLatin1Char(')'));
            grid->addWidget(box, row + 1, column + 1, Qt::AlignHCenter);
            m_boxes.insert(*scope, box);
        }
    }
    auto *alerts = new QCheckBox(tr("&Alerts: configure the alert manager"));
    alerts->setAccessibleName(tr("Alerts: configure the alert manager"));
    alerts->setToolTip(scopeDescription(TokenScope::FullAccessAlertManager) + QStringLiteral(" (") +
                       tokenScopeId(TokenScope::FullAccessAlertManager) + QLatin1Char(')'));
    grid->addWidget(alerts, int(rows.size()) + 1, 0, 1, int(columns.size()) + 1);
    m_boxes.insert(TokenScope::FullAccessAlertManager, alerts);
    grid->setColumnStretch(int(columns.size()) + 1, 1);
    return grid;
}

QHBoxLayout *PermissionMatrix::buildPresets()
{
    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:")));
    const QList<std::pair<Preset, QString>> presetButtons{
        {Preset::Agent, tr("A&gent (push only)")},
        {Preset::Grafana, tr("Gra&fana (query only)")},
        {Preset::FullAccess, tr("F&ull access")},
    };
    for (const auto &[preset, label] : presetButtons) {
        auto *button = new QPushButton(label);
        button->setAutoDefault(false);
        button->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this,
                [this, preset = preset] { applyPreset(preset); });
        presets->addWidget(button);
    }
    presets->addStretch();
    return presets;
}

void PermissionMatrix::orderTabs()
{
    // Tab order follows reading order: row by row, then alerts, then the presets.
    QWidget *previous = nullptr;
    for (ScopeData rowData : matrixRows()) {
        for (ScopePermission permission : matrixColumns()) {
            if (const std::optional<TokenScope> scope = scopeAt(rowData, permission)) {
                QWidget *box = m_boxes.value(*scope);
                if (previous)
                    setTabOrder(previous, box);
                previous = box;
            }
        }
    }
    setTabOrder(previous, m_boxes.value(TokenScope::FullAccessAlertManager));
}

TokenScopes PermissionMatrix::scopes() const
{
    TokenScopes result;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        if (it.value()->isChecked())
            result |= it.key();
    }
    return result;
}

void PermissionMatrix::setScopes(TokenScopes scopes)
{
    if (scopes == this->scopes())
        return;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(scopes.testFlag(it.key()));
    }
    Q_EMIT scopesChanged(this->scopes());
}

TokenScopes PermissionMatrix::presetScopes(Preset preset)
{
    switch (preset) {
    case Preset::Agent:
        return TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs |
               TokenScope::WriteOnlyTraces;
    case Preset::Grafana:
        return TokenScope::ReadOnlyMetrics | TokenScope::ReadOnlyLogs | TokenScope::ReadOnlyTraces;
    case Preset::FullAccess: {
        TokenScopes all;
        for (TokenScope scope : allTokenScopes())
            all |= scope;
        return all;
    }
    }
    return {};
}

void PermissionMatrix::applyPreset(Preset preset)
{
    setScopes(presetScopes(preset));
}

} // namespace cockpit
