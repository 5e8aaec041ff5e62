#include "SavedSecretDelegate.h"

#include "models/TokenTableModel.h"

#include <QApplication>
#include <QStyle>

SavedSecretDelegate::SavedSecretDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_key(QIcon::fromTheme(QStringLiteral("dialog-password"),
                             QApplication::style()->standardIcon(QStyle::SP_DialogSaveButton)))
{
}

void SavedSecretDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(cockpit::TokenTableModel::HasSavedSecretRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = m_key;
    }
}
