#include "SavedSecretDelegate.h"

#include "SymbolIcon.h"
#include "models/TokenTableModel.h"

void SavedSecretDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(cockpit::TokenTableModel::HasSavedSecretRole).toBool())
        return;
    const QRgb normal = option->palette.color(QPalette::Text).rgba();
    const QRgb selected = option->palette.color(QPalette::HighlightedText).rgba();
    if (m_key.isNull() || normal != m_keyNormal || selected != m_keySelected) {
        m_key = SymbolIcon::key(QColor::fromRgba(normal), QColor::fromRgba(selected));
        m_keyNormal = normal;
        m_keySelected = selected;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_key;
    // After the name: names keep one left edge, with or without the key.
    option->decorationPosition = QStyleOptionViewItem::Right;
}
