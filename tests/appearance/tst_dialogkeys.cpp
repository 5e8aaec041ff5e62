// The keys of every dialog in every state DialogGallery reaches, the states an error brings
// included, in English and French (issue 25 items 2 and 7):
// - each Alt+letter belongs to one control only (a mnemonic claimed twice activates neither);
// - Enter in a field acts on the main button of the form the field is in: the nearest group of
//   buttons around it, whose main button is its default one (or the one it marks with the
//   "mainButton" property, for a form inside a dialog). Enter never clicks a button of another
//   form, and never closes the window while that button cannot act.
#include "DialogGallery.h"
#include "WidgetChecks.h"
#include "common/LanguageLoader.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMultiHash>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// The fields Enter can be pressed in.
QList<QWidget *> fieldsOf(QWidget *root)
{
    QList<QWidget *> fields;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        auto *edit = qobject_cast<QLineEdit *>(widget);
        const bool inComposite = qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                                 qobject_cast<QComboBox *>(widget->parentWidget());
        if ((edit && !edit->isReadOnly() && !inComposite) ||
            qobject_cast<QAbstractSpinBox *>(widget) ||
            (qobject_cast<QComboBox *>(widget) && !qobject_cast<QComboBox *>(widget)->isEditable()))
            fields.append(widget);
    }
    return fields;
}

QList<QPushButton *> visibleButtons(QWidget *root)
{
    QList<QPushButton *> buttons;
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->isVisible())
            buttons.append(button);
    }
    return buttons;
}

// The main button of the form around `field`, and that form's buttons.
QPushButton *mainButtonFor(QWidget *field, QWidget *window, QList<QPushButton *> *formButtons)
{
    for (QWidget *around = field->parentWidget(); around; around = around->parentWidget()) {
        const QList<QPushButton *> buttons = visibleButtons(around);
        if (!buttons.isEmpty() || around == window) {
            *formButtons = buttons;
            for (QPushButton *button : buttons) {
                if (button->property("mainButton").toBool())
                    return button;
            }
            for (QPushButton *button : buttons) {
                if (button->isDefault())
                    return button;
            }
            return nullptr;
        }
        if (around == window)
            break;
    }
    return nullptr;
}

} // namespace

class TestDialogKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMnemonicOnce_data() { states(); }
    void everyMnemonicOnce();
    void enterActsOnTheFormsMainButton_data() { states(); }
    void enterActsOnTheFormsMainButton();

private:
    static void states();
};

void TestDialogKeys::states()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        for (const QString &name : DialogGallery::names())
            QTest::addRow("%s: %s", qPrintable(language), qPrintable(name)) << language << name;
    }
}

void TestDialogKeys::everyMnemonicOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    cockpit::LanguageLoader languages(QCoreApplication::instance());
    languages.install(language);
    DialogGallery gallery;
    QWidget *shown = gallery.open(state);
    QVERIFY(shown);
    const QStringList clashes = WidgetChecks::keyClashes(shown);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestDialogKeys::enterActsOnTheFormsMainButton()
{
    QFETCH(QString, language);
    QFETCH(QString, state);
    cockpit::LanguageLoader languages(QCoreApplication::instance());
    languages.install(language);
    int fieldCount = 0;
    {
        DialogGallery gallery;
        QWidget *shown = gallery.open(state);
        QVERIFY(shown);
        if (qobject_cast<QMessageBox *>(shown))
            QSKIP("a question has no field");
        fieldCount = int(fieldsOf(shown).size());
    }
    // A fresh dialog for each field: Enter may change its state.
    for (int i = 0; i < fieldCount; ++i) {
        DialogGallery gallery;
        QWidget *shown = gallery.open(state);
        QVERIFY(shown);
        const QList<QWidget *> fields = fieldsOf(shown);
        if (i >= fields.size())
            break;
        QWidget *field = fields.at(i);
        // Focus first: a button that had it was the default only while it had it.
        field->setFocus(Qt::TabFocusReason);
        QList<QPushButton *> formButtons;
        QPushButton *main = mainButtonFor(field, shown, &formButtons);
        const bool mainEnabled = main && main->isEnabled(); // before Enter changes the state
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        const QList<QPushButton *> all = visibleButtons(shown);
        for (QPushButton *button : all)
            spies.push_back(std::make_unique<QSignalSpy>(button, &QAbstractButton::clicked));
        QTest::keyClick(field, Qt::Key_Return);
        QStringList clicked;
        for (qsizetype b = 0; b < all.size(); ++b) {
            if (!spies.at(size_t(b))->isEmpty())
                clicked.append(WidgetChecks::describe(all.at(b)));
        }
        const QString where = QStringLiteral("Enter in %1: ").arg(WidgetChecks::describe(field));
        if (mainEnabled) {
            QVERIFY2(clicked == QStringList{WidgetChecks::describe(main)},
                     qPrintable(where + QStringLiteral("clicked [%1], not %2")
                                            .arg(clicked.join(QStringLiteral(", ")),
                                                 WidgetChecks::describe(main))));
        } else if (!main) {
            QVERIFY2(formButtons.isEmpty() || clicked.isEmpty(),
                     qPrintable(where + QStringLiteral("its form has no main button, and it "
                                                       "clicked [%1]")
                                            .arg(clicked.join(QStringLiteral(", ")))));
        } else {
            QVERIFY2(clicked.isEmpty() && shown->isVisible(),
                     qPrintable(where + QStringLiteral("%1 is disabled, yet it clicked [%2]")
                                            .arg(WidgetChecks::describe(main),
                                                 clicked.join(QLatin1Char(',')))));
        }
    }
}

QTEST_MAIN(TestDialogKeys)
#include "tst_dialogkeys.moc"
