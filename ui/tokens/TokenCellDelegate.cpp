#include "TokenCellDelegate.h"

#include "common/Palette.h"
#include "common/SymbolIcon.h"
#include "models/TokenTableModel.h"

#include <QFontDatabase>

namespace cockpit {

void TokenCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == TokenTableModel::IdColumn)
        useFixedFont(option);
    if (index.column() == TokenTableModel::NameColumn &&
        index.data(TokenTableModel::HasSavedSecretRole).toBool())
        addKey(option);
    if (index.data(TokenTableModel::StaleRole).toBool()) {
        option->font.setItalic(true);
        option->fontMetrics = QFontMetrics(option->font);
        const QColor muted = Palette::mutedTextColor(option->palette, QPalette::Base);
        option->palette.setColor(QPalette::Text, muted);
    }
}

void TokenCellDelegate::useFixedFont(QStyleOptionViewItem *option) const
{
    if (option->font.pointSizeF() != m_pointSize) {
        m_pointSize = option->font.pointSizeF();
        m_fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_fixedFont.setPointSizeF(m_pointSize);
        m_fixedMetrics = QFontMetrics(m_fixedFont);
    }
    option->font = m_fixedFont;
    option->fontMetrics = m_fixedMetrics;
    // Middle eliding keeps both ends of an ID, which is how people compare them.
    option->textElideMode = Qt::ElideMiddle;
}

void TokenCellDelegate::addKey(QStyleOptionViewItem *option) const
{
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

} // namespace cockpit
