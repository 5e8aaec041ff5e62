#include "TokenExportFlow.h"

#include "frame/StatusSummary.h"
#include "models/TokenTableModel.h"
#include "secrets/PrivateFile.h"
#include "text/TokenExport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace cockpit {

TokenExportFlow::TokenExportFlow(const FlowParts &parts, QAbstractItemModel *shown,
                                 TokenTableModel *model)
    : QObject(parts.window)
    , m_window(parts.window)
    , m_shown(shown)
    , m_model(model)
    , m_summary(parts.summary)
    , m_action(new QAction(tr("&Export tokens shown…"), parts.window))
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setToolTip(tr("Save the tokens the table shows to a CSV or JSON file"));
    m_window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &TokenExportFlow::start);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(shown, signal, this, &TokenExportFlow::updateEnabled);
    connect(shown, &QAbstractItemModel::modelReset, this, &TokenExportFlow::updateEnabled);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &TokenExportFlow::updateEnabled);
    updateEnabled();
}

void TokenExportFlow::updateEnabled()
{
    m_action->setEnabled(m_shown->rowCount() > 0);
}

TokenExportFlow::Format TokenExportFlow::formatFor(const QString &path, Format chosenFilter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return chosenFilter;
}

void TokenExportFlow::start()
{
    if (m_shown->rowCount() == 0)
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString csvFilter = tr("CSV, for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    m_dialog = new QFileDialog(m_window, tr("Export %Ln tokens", nullptr, m_shown->rowCount()));
    m_dialog->setObjectName(QStringLiteral("exportTokensDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setNameFilters({csvFilter, jsonFilter});
    m_dialog->setDefaultSuffix(QStringLiteral("csv"));
    m_dialog->setDirectory(m_directory);
    m_dialog->selectFile(QStringLiteral("cockpit-tokens.csv"));
    connect(m_dialog, &QFileDialog::filterSelected, m_dialog,
            [dialog = m_dialog.data(), jsonFilter](const QString &filter) {
                dialog->setDefaultSuffix(filter == jsonFilter ? QStringLiteral("json")
                                                              : QStringLiteral("csv"));
            });
    connect(m_dialog, &QFileDialog::fileSelected, this, [this, jsonFilter](const QString &path) {
        m_directory = QFileInfo(path).absolutePath();
        const Format chosen =
            m_dialog && m_dialog->selectedNameFilter() == jsonFilter ? Format::Json : Format::Csv;
        exportTo(path, formatFor(path, chosen));
    });
    m_dialog->open();
}

bool TokenExportFlow::exportTo(const QString &path, Format format)
{
    // In the table's order, as filtered: what the user sees is what the file holds.
    QList<Token> tokens;
    tokens.reserve(m_shown->rowCount());
    for (int row = 0; row < m_shown->rowCount(); ++row)
        tokens.append(m_shown->index(row, 0).data(TokenTableModel::TokenRole).value<Token>());
    QHash<QString, QString> names;
    for (const Token &token : std::as_const(tokens)) {
        if (!names.contains(token.projectId))
            names.insert(token.projectId, m_model->projectName(token.projectId));
    }
    const QByteArray bytes = format == Format::Json ? TokenExport::toJson(tokens, names)
                                                    : TokenExport::toCsv(tokens, names);
    // The one writer of user-chosen files: all or nothing, never through a planted link.
    QString error;
    if (!PrivateFile::write(path, bytes, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                    tr("The tokens could not be exported to %1: %2")
                                        .arg(QDir::toNativeSeparators(path), error),
                                    QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("exportFailedDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_summary->showTransient(tr("Exported %Ln tokens to %1.", nullptr, int(tokens.size()))
                                 .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace cockpit
