#include "WrappingRowLayout.h"

#include <QWidget>

namespace cockpit {

WrappingRowLayout::WrappingRowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

WrappingRowLayout::~WrappingRowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrappingRowLayout::setGroups(QLayout *first, QLayout *second)
{
    addItem(first);
    addItem(second);
}

void WrappingRowLayout::addItem(QLayoutItem *item)
{
    if (QLayout *layout = item->layout())
        addChildLayout(layout);
    m_items.append(item);
    invalidate();
}

int WrappingRowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrappingRowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *WrappingRowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int WrappingRowLayout::innerWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return width - margins.left() - margins.right();
}

bool WrappingRowLayout::isWrappedAt(int width) const
{
    if (m_items.size() < 2)
        return false;
    return innerWidth(width) <
           m_items.at(0)->sizeHint().width() + spacing() + m_items.at(1)->minimumSize().width();
}

int WrappingRowLayout::heightOf(const QLayoutItem *item, int width) const
{
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

QSize WrappingRowLayout::sizeHint() const
{
    QSize hint;
    for (const QLayoutItem *item : m_items) {
        hint.rwidth() += item->sizeHint().width();
        hint.rheight() = std::max(hint.height(), item->sizeHint().height());
    }
    if (m_items.size() > 1)
        hint.rwidth() += spacing();
    const QMargins margins = contentsMargins();
    return hint.grownBy(margins);
}

QSize WrappingRowLayout::minimumSize() const
{
    QSize minimum;
    for (const QLayoutItem *item : m_items) {
        minimum.rwidth() = std::max(minimum.width(), item->minimumSize().width());
        minimum.rheight() = std::max(minimum.height(), item->minimumSize().height());
    }
    return minimum.grownBy(contentsMargins());
}

Qt::Orientations WrappingRowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool WrappingRowLayout::hasHeightForWidth() const
{
    return true;
}

int WrappingRowLayout::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int inner = innerWidth(width);
    int height = 0;
    if (isWrappedAt(width)) {
        for (const QLayoutItem *item : m_items)
            height += heightOf(item, inner);
        height += spacing() * int(m_items.size() - 1);
    } else {
        for (const QLayoutItem *item : m_items)
            height = std::max(height, item->sizeHint().height());
    }
    return height + margins.top() + margins.bottom();
}

void WrappingRowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    if (m_items.size() < 2)
        return;
    const QRect area = contentsRect();
    QLayoutItem *first = m_items.at(0);
    QLayoutItem *second = m_items.at(1);
    if (isWrappedAt(rect.width())) {
        const int firstHeight = heightOf(first, area.width());
        first->setGeometry(QRect(area.left(), area.top(), area.width(), firstHeight));
        second->setGeometry(QRect(area.left(), area.top() + firstHeight + spacing(), area.width(),
                                  heightOf(second, area.width())));
        return;
    }
    const int firstWidth = first->sizeHint().width();
    first->setGeometry(QRect(area.left(), area.top(), firstWidth, area.height()));
    const int secondLeft = area.left() + firstWidth + spacing();
    second->setGeometry(
        QRect(secondLeft, area.top(), area.right() - secondLeft + 1, area.height()));
}

} // namespace cockpit
