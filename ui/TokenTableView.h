#pragma once

#include "api/Token.h"

#include <QTableView>

class TokenActions;

// The token table: sortable, multi-selection, keyboard-driven, with sensible column widths
// (Name and Permissions share the spare width, IDs in a fixed-width font) and the row actions in
// its context menu.
class TokenTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TokenTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setActions(TokenActions *actions);
    // The selected tokens, in the order the view shows them.
    QList<cockpit::Token> selectedTokens() const;
    // Selects the rows of these token IDs (for tests and to restore a selection).
    void selectTokens(const QStringList &tokenIds);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void openContextMenuAtCurrentRow();
    void openContextMenu(const QPoint &globalPos);
    void applyColumnLayout();

    TokenActions *m_actions = nullptr;
};
