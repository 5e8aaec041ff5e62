#include "LayoutCheck.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace {

bool layoutHolds(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (const QLayout *nested = item->layout(); nested && layoutHolds(nested, widget))
            return true;
    }
    return false;
}

bool isLaidOut(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return parent && !widget->isWindow() && parent->layout() &&
           layoutHolds(parent->layout(), widget);
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.isEmpty())
        text = widget->accessibleName();
    if (text.isEmpty())
        text = widget->objectName();
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             text.left(50).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

// The smallest size a layout is meant to give the widget (as QLayout computes it).
QSize minimumFor(const QWidget *widget)
{
    const QSizePolicy policy = widget->sizePolicy();
    const QSize hint = widget->sizeHint();
    const QSize minimumHint = widget->minimumSizeHint();
    QSize minimum = widget->minimumSize();
    if (minimum.width() == 0 && policy.horizontalPolicy() != QSizePolicy::Ignored)
        minimum.setWidth((policy.horizontalPolicy() & QSizePolicy::ShrinkFlag) ? minimumHint.width()
                                                                               : hint.width());
    if (minimum.height() == 0 && policy.verticalPolicy() != QSizePolicy::Ignored)
        minimum.setHeight((policy.verticalPolicy() & QSizePolicy::ShrinkFlag) ? minimumHint.height()
                                                                              : hint.height());
    // Wrapped text needs the height of its lines at the width it got.
    if (widget->hasHeightForWidth() && policy.verticalPolicy() != QSizePolicy::Ignored)
        minimum.setHeight(std::max(minimum.height(), widget->heightForWidth(widget->width())));
    return minimum;
}

} // namespace

namespace LayoutCheck {

QStringList problems(QWidget *root)
{
    QStringList found;
    QList<QWidget *> laidOut;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(root) && isLaidOut(widget))
            laidOut.append(widget);
    }
    for (QWidget *widget : std::as_const(laidOut)) {
        const QSize minimum = minimumFor(widget);
        if (widget->width() < minimum.width() || widget->height() < minimum.height())
            found.append(QStringLiteral("%1 squeezed: %2x%3, needs %4x%5")
                             .arg(describe(widget))
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(minimum.width())
                             .arg(minimum.height()));
        const QRect inside = widget->parentWidget()->rect();
        if (!inside.contains(widget->geometry()))
            found.append(QStringLiteral("%1 cut off by its parent %2: at %3,%4 %5x%6 in %7x%8")
                             .arg(describe(widget), describe(widget->parentWidget()))
                             .arg(widget->x())
                             .arg(widget->y())
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(inside.width())
                             .arg(inside.height()));
    }
    for (qsizetype i = 0; i < laidOut.size(); ++i) {
        for (qsizetype j = i + 1; j < laidOut.size(); ++j) {
            QWidget *a = laidOut.at(i);
            QWidget *b = laidOut.at(j);
            if (a->parentWidget() == b->parentWidget() && a->geometry().intersects(b->geometry()))
                found.append(QStringLiteral("%1 and %2 overlap").arg(describe(a), describe(b)));
        }
    }
    return found;
}

} // namespace LayoutCheck
