#include "MonospaceDelegate.h"

#include <QFontDatabase>

void MonospaceDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(option->font.pointSizeF());
    option->font = font;
    option->fontMetrics = QFontMetrics(font);
    // Middle eliding keeps both ends of an ID, which is how people compare them.
    option->textElideMode = Qt::ElideMiddle;
}
