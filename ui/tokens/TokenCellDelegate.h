#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QStyledItemDelegate>

namespace cockpit {

// How the token table's cells look beyond their text, which the core model cannot say (it knows
// nothing of fonts or icons): the ID column in the system's fixed-width font, elided in the
// middle; a key after the names of tokens whose secret is saved in the keychain (in the view's
// text colours, so it shows on light, dark and selected rows alike); and the rows of a region
// that could not be refreshed in italics and the muted text colour (StaleRole).
class TokenCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void useFixedFont(QStyleOptionViewItem *option) const;
    void addKey(QStyleOptionViewItem *option) const;

    // Looked up once per point size, not for every cell painted.
    mutable QFont m_fixedFont;
    mutable QFontMetrics m_fixedMetrics{QFont()};
    mutable qreal m_pointSize = -1;
    // Rebuilt only when the palette's colours change (a theme switch).
    mutable QIcon m_key;
    mutable QRgb m_keyNormal = 0;
    mutable QRgb m_keySelected = 0;
};

} // namespace cockpit
