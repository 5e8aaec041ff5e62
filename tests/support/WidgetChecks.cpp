#include "WidgetChecks.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiHash>
#include <QPixmap>
#include <QPushButton>
#include <QWidget>

namespace WidgetChecks {

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    QString name = widget->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        name.isEmpty() && button)
        name = button->text();
    return QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" “") + name +
           QStringLiteral("”");
}

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QStringList keyClashes(QWidget *root)
{
    QMultiHash<QString, QString> owners;
    const auto add = [&owners](const QKeySequence &key, const QString &owner) {
        if (!key.isEmpty())
            owners.insert(key.toString(QKeySequence::PortableText), owner);
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(QKeySequence::mnemonic(label->text()), describe(label->buddy()));
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(QKeySequence::mnemonic(button->text()), describe(button));
            add(button->shortcut(), describe(button));
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *action : window->menuBar()->actions())
            add(QKeySequence::mnemonic(action->text()), QStringLiteral("menu ") + action->text());
    }
    QStringList clashes;
    for (const QString &key : owners.uniqueKeys()) {
        QStringList who = owners.values(key);
        who.removeDuplicates();
        if (who.size() > 1)
            clashes.append(key + QStringLiteral(": ") + who.join(QStringLiteral(", ")));
    }
    return clashes;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COCKPIT_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace WidgetChecks
