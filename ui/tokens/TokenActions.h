#pragma once

#include "api/Token.h"
#include "common/DesktopServices.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cockpit {

// The row actions on the selected tokens: copy the ID, the regional ID, the terraform import
// command or a Terraform resource block, rotate and delete. The same QActions serve the context
// menu, the toolbar and the keyboard shortcuts, so they are enabled and worded identically
// everywhere. Copies go to the clipboard here; deleting is only requested (the window confirms
// first).
class TokenActions : public QObject
{
    Q_OBJECT

public:
    explicit TokenActions(QObject *parent = nullptr);

    // The tokens the actions work on (the view's selection, in view order).
    void setSelection(const QList<Token> &tokens);
    const QList<Token> &selection() const { return m_selection; }
    // Delete stays off while deletes are in flight or nothing is loaded from the API.
    void setDeleteAllowed(bool allowed);
    // Copies go through the clipboard guard; "Copy saved secret" asks the saved-secret index.
    void setDesktopServices(const DesktopServices &services);

    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyRegionalIdAction() const { return m_copyRegionalId; }
    QAction *copyImportAction() const { return m_copyImport; }
    QAction *copyResourceAction() const { return m_copyResource; }
    QAction *deleteAction() const { return m_delete; }
    QAction *rotateAction() const { return m_rotate; }
    QAction *copySavedSecretAction() const { return m_copySavedSecret; }
    QAction *connectAgentAction() const { return m_connectAgent; }
    QList<QAction *> copyActions() const;

    // A context menu with every action, for the table.
    QMenu *createContextMenu(QWidget *parent) const;
    // Makes Ctrl+C, Ctrl+Shift+C and Del work anywhere in `view`'s window while rows are
    // selected, except in a text field, which keeps those keys for its own text.
    void attachShortcutsTo(QWidget *view);

Q_SIGNALS:
    void deleteRequested(const QList<Token> &tokens);
    // One token: replace it with a new one of the same name and permissions.
    void rotateRequested(const Token &token);
    // One token with a secret in the keychain: the window reads it and copies it guarded.
    void copySavedSecretRequested(const Token &token);
    // One token with a secret in the keychain: the window opens "Connect an agent" with it.
    void connectAgentRequested(const Token &token);
    // A short confirmation for the status bar, e.g. "Copied 2 IDs".
    void copied(const QString &message);

private:
    void describeActions();
    void copyIds();
    void copyRegionalIds();
    void copyImportCommands();
    void copyResourceBlocks();
    void copy(const QString &text, const QString &message);
    void updateEnabled();

    QList<Token> m_selection;
    bool m_deleteAllowed = true;
    DesktopServices m_services;
    QAction *m_copyId;
    QAction *m_copyRegionalId;
    QAction *m_copyImport;
    QAction *m_copyResource;
    QAction *m_delete;
    QAction *m_rotate;
    QAction *m_copySavedSecret;
    QAction *m_connectAgent;
};

} // namespace cockpit
