#include "SavedSecretDelegate.h"

#include "models/TokenTableModel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap keyPixmap(int size, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    QPen pen(color, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // The bow, then the shaft with two teeth.
    painter.drawEllipse(QPointF(s * 0.28, s * 0.5), s * 0.18, s * 0.18);
    QPainterPath blade;
    blade.moveTo(s * 0.46, s * 0.5);
    blade.lineTo(s * 0.92, s * 0.5);
    blade.moveTo(s * 0.74, s * 0.5);
    blade.lineTo(s * 0.74, s * 0.7);
    blade.moveTo(s * 0.88, s * 0.5);
    blade.lineTo(s * 0.88, s * 0.66);
    painter.drawPath(blade);
    return pixmap;
}

} // namespace

QIcon SavedSecretDelegate::keyIcon(const QColor &normal, const QColor &selected)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        icon.addPixmap(keyPixmap(size, normal), QIcon::Normal);
        icon.addPixmap(keyPixmap(size, selected), QIcon::Selected);
    }
    return icon;
}

void SavedSecretDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(cockpit::TokenTableModel::HasSavedSecretRole).toBool())
        return;
    const QRgb normal = option->palette.color(QPalette::Text).rgba();
    const QRgb selected = option->palette.color(QPalette::HighlightedText).rgba();
    if (m_key.isNull() || normal != m_keyNormal || selected != m_keySelected) {
        m_key = keyIcon(QColor::fromRgba(normal), QColor::fromRgba(selected));
        m_keyNormal = normal;
        m_keySelected = selected;
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = m_key;
}
