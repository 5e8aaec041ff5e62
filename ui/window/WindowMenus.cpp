#include "WindowMenus.h"

#include "tokens/TokenActions.h"
#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace cockpit {

WindowMenus::WindowMenus(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_refresh(new QAction(tr("&Refresh"), window))
    , m_find(new QAction(tr("&Search"), window))
    , m_create(new QAction(tr("&Create token…"), window))
    , m_cancel(new QAction(tr("Cancel &loading"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), window))
    , m_about(new QAction(tr("&About Cockpit Tokens"), window))
{
    m_refresh->setShortcut(Qt::Key_F5);
    m_find->setShortcut(QKeySequence::Find);
    m_create->setShortcut(QKeySequence::New);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setEnabled(false);
    m_quit->setShortcuts(QKeySequence::Quit);
    // Platforms whose windows close with Alt+F4 bind no Quit key; Ctrl+Q is understood anyway.
    if (m_quit->shortcuts().isEmpty())
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    // F1 is help everywhere; Ctrl+? is where GNOME apps list their shortcuts.
    m_shortcuts->setShortcuts(
        {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Question)});
    connect(m_shortcuts, &QAction::triggered, this, &WindowMenus::showShortcuts);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &WindowMenus::showAbout);
    // Also on the window itself, so the keys work while the menu bar is hidden (e.g. in a
    // native global menu that has not been shown yet).
    window->addActions({m_refresh, m_find, m_create, m_cancel, m_quit, m_shortcuts});
}

void WindowMenus::build(const QList<QAction *> &profileActions, TokenActions *rowActions,
                        const std::function<void()> &beforeFileMenuShows)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(tr("&File"));
    m_fileMenu->addActions(profileActions);
    connect(m_fileMenu, &QMenu::aboutToShow, this, beforeFileMenuShows);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    QMenu *tokens = bar->addMenu(tr("&Tokens"));
    tokens->addActions({m_create, m_refresh, m_cancel, m_find});
    tokens->addSeparator();
    tokens->addActions(rowActions->copyActions());
    tokens->addAction(rowActions->copySavedSecretAction());
    tokens->addAction(rowActions->connectAgentAction());
    tokens->addSeparator();
    tokens->addAction(rowActions->rotateAction());
    tokens->addAction(rowActions->deleteAction());

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void WindowMenus::addFileAction(QAction *action)
{
    m_fileMenu->insertAction(m_quit, action);
    m_fileMenu->insertSeparator(m_quit);
}

void WindowMenus::addLanguageMenu(QMenu *languages)
{
    // Before Quit, after the profile entries.
    m_fileMenu->insertMenu(m_quit, languages);
    m_fileMenu->insertSeparator(m_quit);
}

void WindowMenus::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog =
            new ShortcutsDialog(ShortcutsDialog::entriesFor(m_window->menuBar()), m_window);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

ShortcutsDialog *WindowMenus::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

void WindowMenus::showAbout()
{
    auto *about = new QMessageBox(m_window);
    about->setObjectName(QStringLiteral("aboutDialog"));
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->setWindowTitle(tr("About Cockpit Tokens"));
    about->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    about->setTextFormat(Qt::RichText);
    about->setText(tr("<h3>Cockpit Tokens %1</h3>"
                      "<p>A desktop console for Scaleway Cockpit tokens: list, create and delete "
                      "them in every region, with their secret keys kept in the system "
                      "keychain.</p>"
                      "<p>Free software under the MIT licence. Built with Qt %2.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                            QString::fromLatin1(qVersion())));
    about->setStandardButtons(QMessageBox::Close);
    about->open();
}

} // namespace cockpit
