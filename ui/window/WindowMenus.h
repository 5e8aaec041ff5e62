#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace cockpit {

class ShortcutsDialog;
class TokenActions;

// The window's own commands and its menu bar: File (profile entries, Language, Quit), Tokens
// (create, refresh, cancel, search, every row action) and Help (Keyboard Shortcuts, About).
// The actions also sit on the window, so their keys work while a native menu bar is hidden.
// What each command does is the window's to connect; Help's entries are shown from here.
class WindowMenus : public QObject
{
    Q_OBJECT

public:
    explicit WindowMenus(QMainWindow *window);

    // Fills the menu bar. `profileActions`: sign in and remove, first in the File menu, brought
    // up to date by `beforeFileMenuShows` whenever it opens.
    void build(const QList<QAction *> &profileActions, TokenActions *rowActions,
               const std::function<void()> &beforeFileMenuShows);
    // The language choice, before Quit (the composition root owns the translations).
    void addLanguageMenu(QMenu *languages);

    // Into the File menu, before Quit (e.g. Export).
    void addFileAction(QAction *action);
    QAction *refreshAction() const { return m_refresh; }
    QAction *findAction() const { return m_find; }
    QAction *createAction() const { return m_create; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    void showShortcuts();
    void showAbout();
    ShortcutsDialog *shortcutsDialog() const;

private:
    QMainWindow *m_window;
    QAction *m_refresh;
    QAction *m_find;
    QAction *m_create;
    QAction *m_cancel;
    QAction *m_quit;
    QAction *m_shortcuts;
    QAction *m_about;
    QMenu *m_fileMenu = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace cockpit
