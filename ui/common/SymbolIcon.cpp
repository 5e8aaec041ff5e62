#include "SymbolIcon.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

#include <functional>

namespace cockpit {

namespace {

constexpr int kSizes[] = {16, 20, 24, 32, 48, 64};

using Drawing = std::function<void(QPainter &, double size)>;

QPixmap render(int size, const QColor &color, const Drawing &draw)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.5, size * 0.09), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    draw(painter, double(size));
    return pixmap;
}

void drawKey(QPainter &painter, double s)
{
    QPen pen = painter.pen();
    pen.setWidthF(std::max(1.5, s * 0.12));
    painter.setPen(pen);
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
}

void drawEye(QPainter &painter, double s, bool crossed)
{
    // The lids: two arcs meeting at the corners; the iris: a filled disc.
    QPainterPath lids;
    lids.moveTo(s * 0.08, s * 0.5);
    lids.quadTo(s * 0.5, s * 0.08, s * 0.92, s * 0.5);
    lids.quadTo(s * 0.5, s * 0.92, s * 0.08, s * 0.5);
    painter.drawPath(lids);
    painter.setBrush(painter.pen().color());
    painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.13, s * 0.13);
    if (crossed) {
        painter.setBrush(Qt::NoBrush);
        painter.drawLine(QPointF(s * 0.16, s * 0.86), QPointF(s * 0.84, s * 0.14));
    }
}

} // namespace

namespace SymbolIcon {

QIcon key(const QColor &normal, const QColor &selected)
{
    QIcon icon;
    for (int size : kSizes) {
        icon.addPixmap(render(size, normal, drawKey), QIcon::Normal);
        icon.addPixmap(render(size, selected, drawKey), QIcon::Selected);
    }
    return icon;
}

QIcon eye(const QWidget *widget, bool crossed)
{
    const QColor normal = widget->palette().color(QPalette::Active, QPalette::Text);
    const QColor disabled = widget->palette().color(QPalette::Disabled, QPalette::Text);
    const Drawing draw = [crossed](QPainter &painter, double s) { drawEye(painter, s, crossed); };
    QIcon icon;
    for (int size : kSizes) {
        icon.addPixmap(render(size, normal, draw), QIcon::Normal);
        icon.addPixmap(render(size, disabled, draw), QIcon::Disabled);
    }
    return icon;
}

} // namespace SymbolIcon

} // namespace cockpit
