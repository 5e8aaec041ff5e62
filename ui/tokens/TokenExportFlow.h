#pragma once

#include "frame/FlowParts.h"
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QFileDialog;
class QWidget;

namespace cockpit {

class StatusSummary;

class TokenTableModel;

// Tokens → Export: writes the rows the table shows (after the search and the permission filter,
// in the table's order) to a CSV or JSON file chosen in a file dialog. Nothing secret is in a
// row, so nothing secret can be exported.
class TokenExportFlow : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Json
    };

    // `shown` is the model the view shows (the filter proxy); `model` names the projects.
    TokenExportFlow(const FlowParts &parts, QAbstractItemModel *shown, TokenTableModel *model);

    QAction *exportAction() const { return m_action; }
    // Opens the file dialog (objectName "exportTokensDialog").
    void start();
    // Writes the rows shown to `path`; false (and the user told why) when it fails.
    bool exportTo(const QString &path, Format format);
    // The format a chosen path asks for: its suffix, else the dialog's filter.
    static Format formatFor(const QString &path, Format chosenFilter);

private:
    void updateEnabled();

    QWidget *m_window;
    QAbstractItemModel *m_shown;
    TokenTableModel *m_model;
    StatusSummary *m_summary;
    QAction *m_action;
    QPointer<QFileDialog> m_dialog;
    QString m_directory;
};

} // namespace cockpit
