#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Draws a key after the names of tokens whose secret is saved in the keychain (the model says
// which through HasSavedSecretRole; icons are the view's business, not the core's). The key is
// drawn in the view's text colours, so it shows on light and dark palettes and on selected rows.
class SavedSecretDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // Rebuilt only when the palette's colours change (a theme switch).
    mutable QIcon m_key;
    mutable QRgb m_keyNormal = 0;
    mutable QRgb m_keySelected = 0;
};
