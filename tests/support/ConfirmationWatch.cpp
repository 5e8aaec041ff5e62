#include "ConfirmationWatch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace {

QString label(const QAbstractButton *button)
{
    return button ? button->text() : QStringLiteral("(none)");
}

} // namespace

ConfirmationWatch::ConfirmationWatch(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

ConfirmationWatch::~ConfirmationWatch()
{
    qApp->removeEventFilter(this);
}

bool ConfirmationWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *box = qobject_cast<QMessageBox *>(watched);
    if (!box)
        return false;
    ++m_seen;
    // Once shown: the box picks its default and escape buttons while it shows.
    QMetaObject::invokeMethod(
        this, [this, watchedBox = QPointer<QMessageBox>(box)] { check(watchedBox); },
        Qt::QueuedConnection);
    return false;
}

void ConfirmationWatch::check(QMessageBox *box)
{
    if (!box)
        return;
    bool destroys = false;
    for (QAbstractButton *button : box->buttons())
        destroys = destroys || box->buttonRole(button) == QMessageBox::DestructiveRole;
    if (!destroys)
        return;
    const auto isDestructive = [box](QAbstractButton *button) {
        return !button || box->buttonRole(button) == QMessageBox::DestructiveRole;
    };
    QAbstractButton *byDefault = box->defaultButton();
    QAbstractButton *onEscape = box->escapeButton();
    if (isDestructive(byDefault) || isDestructive(onEscape)) {
        ++m_violations;
        qCritical("UNSAFE CONFIRMATION \"%s\" (%s): default button \"%s\", escape button \"%s\"",
                  qPrintable(box->windowTitle()), qPrintable(box->objectName()),
                  qPrintable(label(byDefault)), qPrintable(label(onEscape)));
    }
}
