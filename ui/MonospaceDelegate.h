#pragma once

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
};
