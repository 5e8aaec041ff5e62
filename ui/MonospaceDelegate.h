#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QStyledItemDelegate>

// Draws a column in the system's fixed-width font, so that IDs line up and read unambiguously
// (the model is core and knows nothing of fonts).
class MonospaceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Looked up once per point size, not for every cell painted.
    mutable QFont m_font;
    mutable QFontMetrics m_metrics{QFont()};
    mutable qreal m_pointSize = -1;
};
