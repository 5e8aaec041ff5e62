// Every control of the main window a keyboard or a screen reader can reach has an accessible
// name, in each state of the window (tokens shown, a token selected, empty, error).
#include "WindowHarness.h"
#include "frame/MessageBanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>

using cockpit::EmulatorFault;

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlIsNamed();
    void everyControlIsDescribed();

private:
    static QList<QWidget *> reachableControls(QWidget *root);
    static QStringList unnamedControls(QWidget *root);
    static QStringList undescribedControls(QWidget *root);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QList<QWidget *> TestAccessibility::reachableControls(QWidget *root)
{
    QList<QWidget *> controls;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QScrollBar *>(widget))
            continue; // named by Qt from its orientation
        // The line edit inside an editable combo box is part of the combo.
        if (qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
            qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QLabel *>(widget))
            controls.append(widget);
    }
    return controls;
}

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : reachableControls(root)) {
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) +
                           QLatin1Char(' ') + widget->objectName());
    }
    return unnamed;
}

QStringList TestAccessibility::undescribedControls(QWidget *root)
{
    // What a screen reader says after the name: the accessible description, else the tooltip.
    QStringList undescribed;
    for (QWidget *widget : reachableControls(root)) {
        if (qobject_cast<QLabel *>(widget))
            continue; // selectable text: its text is what there is to say
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())
            undescribed.append(QString::fromLatin1(widget->metaObject()->className()) +
                               QLatin1String(" \"") + widget->accessibleName() + QLatin1Char('"'));
    }
    return undescribed;
}

void TestAccessibility::everyControlIsNamed()
{
    WindowHarness h;
    QVERIFY(h.start());
    QStringList unnamed = unnamedControls(h.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    h.window->tableView()->selectTokens({h.shownIds().first()});
    unnamed = unnamedControls(h.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 3, "GET");
    h.window->refresh();
    QVERIFY(h.waitForLoad());
    QVERIFY(h.window->banners()->errorBanner()->isVisible());
    QTest::keyClicks(h.window->header()->searchBox(), QStringLiteral("nothing-matches"));
    QVERIFY(h.window->isShowingEmptyState());
    unnamed = unnamedControls(h.window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::everyControlIsDescribed()
{
    WindowHarness h;
    QVERIFY(h.start());
    h.window->tableView()->selectTokens({h.shownIds().first()});
    const QStringList undescribed = undescribedControls(h.window.get());
    QVERIFY2(undescribed.isEmpty(), qPrintable(undescribed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
