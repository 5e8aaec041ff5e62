// Text fits, in English and in French: every dialog at the size it opens with, and the main
// window at 1240x720, show each text whole. Fails on a visible label narrower than its text (or,
// word-wrapped, shorter than its wrapped lines), a button narrower than its size hint (text,
// icon, check box indicator and padding), a combo box too narrow for its current text, a group
// box narrower than its title, or a header section narrower than its title and sort arrow.
#include "DialogGallery.h"
#include "WindowHarness.h"
#include "common/LanguageLoader.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyleOption>
#include <QToolButton>

using cockpit::EmulatorFault;

namespace {

QString describe(const QWidget *widget, const QString &text, int width, int needed)
{
    return QStringLiteral("%1 \"%2\": %3 px wide, needs %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60))
        .arg(width)
        .arg(needed);
}

// How much wider a (non-editable) combo box must be to show its current text: the text is drawn,
// unelided, in the style's edit field, less a pixel each side (QCommonStyle, CE_ComboBoxLabel).
int comboShortfall(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = false;
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                       QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 2;
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    return needed - field.width();
}

int headerSectionWidthFor(const QHeaderView *header, int logical)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = logical;
    option.orientation = header->orientation();
    option.text = header->model()->headerData(logical, header->orientation()).toString();
    option.textAlignment = header->defaultAlignment();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
        option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                                   ? QStyleOptionHeader::SortDown
                                   : QStyleOptionHeader::SortUp;
    return header->style()
        ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
        .width();
}

} // namespace

class TestTextFit : public QObject
{
    Q_OBJECT

public:
    // One line per text that does not fit.
    static QStringList clippedTexts(QWidget *root);
    static bool checkFit(QWidget *widget, QStringList *clipped);

private Q_SLOTS:
    void initTestCase();
    void detectsClipping();
    void dialogs_data();
    void dialogs();
    void mainWindow_data();
    void mainWindow();

private:
    cockpit::LanguageLoader *m_languages = nullptr;
};

// Appends to `clipped` when `widget` cannot show its text whole; false for a widget that shows
// no text this check reads.
bool TestTextFit::checkFit(QWidget *widget, QStringList *clipped)
{
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        if (label->text().isEmpty())
            return false;
        if (!label->wordWrap()) {
            const int needed = label->minimumSizeHint().width();
            if (label->width() < needed)
                clipped->append(describe(label, label->text(), label->width(), needed));
        } else {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                clipped->append(describe(label, label->text(), label->height(), needed) +
                                QStringLiteral(" (height, wrapped)"));
        }
        return true;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        // An icon-only tool button (e.g. a line edit's reveal action) shows no text.
        const auto *tool = qobject_cast<QToolButton *>(button);
        if (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly))
            return false;
        const int needed = button->sizeHint().width();
        if (button->width() < needed)
            clipped->append(describe(button, button->text(), button->width(), needed));
        return true;
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        // An editable combo box scrolls its text like any line edit.
        if (combo->isEditable())
            return false;
        const int shortfall = comboShortfall(combo);
        if (shortfall > 0)
            clipped->append(
                describe(combo, combo->currentText(), combo->width(), combo->width() + shortfall));
        return true;
    }
    if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        const int needed = group->minimumSizeHint().width();
        if (group->width() < needed)
            clipped->append(describe(group, group->title(), group->width(), needed));
        return true;
    }
    if (auto *header = qobject_cast<QHeaderView *>(widget)) {
        if (!header->model() || header->orientation() != Qt::Horizontal)
            return false;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const int needed = headerSectionWidthFor(header, logical);
            if (header->sectionSize(logical) < needed)
                clipped->append(
                    describe(header,
                             header->model()->headerData(logical, Qt::Horizontal).toString(),
                             header->sectionSize(logical), needed) +
                    QStringLiteral(" (header section)"));
        }
        return true;
    }
    return false;
}

QStringList TestTextFit::clippedTexts(QWidget *root)
{
    DialogGallery::settle();
    QStringList clipped;
    int checked = 0;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(root) && checkFit(widget, &clipped))
            ++checked;
    }
    // A walk that found nothing to measure would pass whatever the layout.
    if (checked == 0)
        clipped.append(QStringLiteral("no visible text found"));
    if (qEnvironmentVariableIsSet("COCKPIT_APPEARANCE_VERBOSE"))
        qInfo("%d texts checked", checked);
    return clipped;
}

void TestTextFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new cockpit::LanguageLoader(QCoreApplication::instance());
}

// The check itself can fail: squeezed controls are reported, one line each.
void TestTextFit::detectsClipping()
{
    m_languages->install(QStringLiteral("en"));
    QWidget window;
    auto *button = new QPushButton(QStringLiteral("A rather long button text"), &window);
    button->setFixedWidth(40);
    auto *label = new QLabel(QStringLiteral("A rather long label text"), &window);
    label->setFixedWidth(30);
    label->move(0, 40);
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("A rather long choice"));
    combo->setFixedWidth(50);
    combo->move(0, 80);
    window.resize(200, 120);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clipped = clippedTexts(&window);
    QCOMPARE(clipped.size(), 3);
}

void TestTextFit::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        for (const QString &dialog : DialogGallery::names())
            QTest::addRow("%s, %s", qPrintable(language), qPrintable(dialog)) << language << dialog;
    }
}

void TestTextFit::dialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, dialog);
    QVERIFY(!m_languages->install(language).isEmpty());
    DialogGallery gallery;
    QWidget *shown = gallery.open(dialog);
    QVERIFY(shown);
    const QStringList clipped = clippedTexts(shown);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestTextFit::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTextFit::mainWindow()
{
    QFETCH(QString, language);
    QVERIFY(!m_languages->install(language).isEmpty());
    WindowHarness h;
    h.window->resize(1240, 720);
    QVERIFY(h.start());
    h.window->tableView()->selectTokens({h.shownIds().value(1)});
    QStringList clipped = clippedTexts(h.window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));

    // With the error banner and its Retry button.
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 3, "GET");
    h.window->refresh();
    QVERIFY(h.waitForLoad());
    clipped = clippedTexts(h.window.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
