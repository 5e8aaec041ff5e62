#include "ShortcutsDialog.h"

#include "common/Shortcuts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cockpit {

namespace {

// "&Create token…" → "Create token": menu wording without its mnemonic and ellipsis.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void addMenuEntries(const QMenu *menu, const QString &section, QList<ShortcutEntry> *entries)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuEntries(action->menu(), section, entries);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        entries->append({section, plainText(action->text()), action->shortcuts(), {}});
    }
}

} // namespace

QString ShortcutEntry::keysForDisplay() const
{
    if (!keysText.isEmpty())
        return keysText;
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    //: Separates alternative keys for one action, e.g. "F1 or Ctrl+?".
    return texts.join(ShortcutsDialog::tr(" or "));
}

QList<ShortcutEntry> ShortcutsDialog::entriesFor(const QMenuBar *menuBar)
{
    QList<ShortcutEntry> entries;
    const QString general = tr("Everywhere");
    entries.append({general,
                    tr("Move to the next or previous control"),
                    {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)},
                    {}});
    entries.append({general,
                    tr("Use a button or field by its underlined letter"),
                    {},
                    tr("Alt + underlined letter")});
    entries.append({general, tr("Close a dialog without acting"), {QKeySequence::Cancel}, {}});

    if (menuBar) {
        for (QAction *menuAction : menuBar->actions()) {
            if (const QMenu *menu = menuAction->menu())
                addMenuEntries(menu, plainText(menu->title()), &entries);
        }
    }

    const QString table = tr("Token table");
    entries.append({table, tr("Select all tokens"), {QKeySequence::SelectAll}, {}});
    entries.append({table,
                    tr("Add a token to the selection or remove it"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Space)},
                    {}});
    entries.append({table,
                    tr("Open the menu of the selected tokens"),
                    {QKeySequence(Qt::Key_Menu), Shortcuts::contextMenu()},
                    {}});

    const QString create = tr("Create token dialog");
    entries.append({create, tr("Generate another name"), {Shortcuts::anotherName()}, {}});
    entries.append({create, tr("Create the token"), {QKeySequence(Qt::Key_Enter)}, {}});

    const QString secret = tr("Secret key fields");
    entries.append({secret, tr("Show or hide the secret key"), {Shortcuts::revealSecret()}, {}});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));

    auto *intro = new QLabel(
        tr("Everything in Cockpit Tokens can be done from the keyboard. Menus open with Alt and "
           "their underlined letter."),
        this);
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    // A list to read, not to choose from: arrows move the focus, nothing is highlighted.
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);

    QTreeWidgetItem *sectionItem = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!sectionItem || sectionItem->text(0) != entry.section) {
            sectionItem = new QTreeWidgetItem(m_list, {entry.section});
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
            sectionItem->setFirstColumnSpanned(true);
            sectionItem->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(sectionItem, {entry.action, entry.keysForDisplay()});
        item->setToolTip(0, entry.action);
    }
    m_list->expandAll();
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->selectionModel()->setCurrentIndex(
            m_list->model()->index(0, 0, m_list->model()->index(0, 0)),
            QItemSelectionModel::NoUpdate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 600);
}

} // namespace cockpit
