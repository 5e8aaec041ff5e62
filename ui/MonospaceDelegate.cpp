#include "MonospaceDelegate.h"

#include <QFontDatabase>

void MonospaceDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->font.pointSizeF() != m_pointSize) {
        m_pointSize = option->font.pointSizeF();
        m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        m_font.setPointSizeF(m_pointSize);
        m_metrics = QFontMetrics(m_font);
    }
    option->font = m_font;
    option->fontMetrics = m_metrics;
    // Middle eliding keeps both ends of an ID, which is how people compare them.
    option->textElideMode = Qt::ElideMiddle;
}
