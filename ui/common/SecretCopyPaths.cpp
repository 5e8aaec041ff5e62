#include "SecretCopyPaths.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>

namespace cockpit::SecretCopyPaths {

bool isCut(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Cut);
}

bool isCopyOrCut(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Copy) || isCut(event);
}

bool claimCopyKeys(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isCopyOrCut(static_cast<QKeyEvent *>(event)))
        return false;
    event->accept();
    return true;
}

namespace {

void addEntry(QMenu *menu, const char *objectName, const QString &text,
              QKeySequence::StandardKey key, const std::function<void()> &run, bool enabled)
{
    if (!run)
        return;
    QAction *action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setIcon(QIcon::fromTheme(action->objectName()));
    // Shown beside the entry, as in Qt's own menus; the widget itself handles the keys.
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setEnabled(enabled);
    QObject::connect(action, &QAction::triggered, menu, run);
}

} // namespace

QMenu *contextMenu(QWidget *parent, const MenuEntries &entries)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addEntry(menu, "edit-cut", QCoreApplication::translate("SecretCopyPaths", "Cu&t"),
             QKeySequence::Cut, entries.cut, entries.canCopy);
    addEntry(menu, "edit-copy", QCoreApplication::translate("SecretCopyPaths", "&Copy"),
             QKeySequence::Copy, entries.copy, entries.canCopy);
    addEntry(menu, "edit-paste", QCoreApplication::translate("SecretCopyPaths", "&Paste"),
             QKeySequence::Paste, entries.paste, entries.canPaste);
    addEntry(menu, "edit-delete", QCoreApplication::translate("SecretCopyPaths", "Delete"),
             QKeySequence::UnknownKey, entries.remove, entries.canRemove);
    if (entries.selectAll) {
        menu->addSeparator();
        addEntry(menu, "select-all", QCoreApplication::translate("SecretCopyPaths", "Select All"),
                 QKeySequence::SelectAll, entries.selectAll, entries.canSelectAll);
    }
    return menu;
}

} // namespace cockpit::SecretCopyPaths
