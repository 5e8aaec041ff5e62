#pragma once

#include <QLayout>
#include <QList>

namespace cockpit {

// Two groups of controls on one line, or the second under the first when the width is less
// than they need side by side (the window's header and tool bar in a narrow window). Side by
// side, the first group gets its preferred width and the second the rest; stacked, each gets
// the full width. The layout's minimum width is that of the wider group, so a window using it
// can be much narrower than its two rows laid end to end.
class WrappingRowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit WrappingRowLayout(QWidget *parent = nullptr);
    ~WrappingRowLayout() override;

    // The two groups, in reading order (owned from then on).
    void setGroups(QLayout *first, QLayout *second);
    bool isWrappedAt(int width) const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;

private:
    int heightOf(const QLayoutItem *item, int width) const;
    int innerWidth(int width) const;

    QList<QLayoutItem *> m_items;
};

} // namespace cockpit
