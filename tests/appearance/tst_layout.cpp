// Every window keeps its controls whole in every state it reaches: each dialog and question of
// DialogGallery (messages shown, API errors, busy, unknown outcome, no keychain...) and the main
// window (with banners, at its default and its smallest size), in English and French, in the
// light and the dark palette. Fails on a widget squeezed below its minimum (wrapped text
// included), two widgets that overlap, or a widget cut off by its parent (LayoutCheck).
#include "DialogGallery.h"
#include "LayoutCheck.h"
#include "WindowHarness.h"
#include "common/AppStyle.h"
#include "common/LanguageLoader.h"
#include "common/Palette.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using cockpit::EmulatorFault;

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsBrokenLayouts();
    void dialogs_data();
    void dialogs();
    void mainWindow_data();
    void mainWindow();
    void windowFitsHalfAScreen();

private:
    cockpit::LanguageLoader *m_languages = nullptr;
};

void TestLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = new cockpit::LanguageLoader(QCoreApplication::instance());
}

// The check itself can fail: a window too small for its layout is reported.
void TestLayout::detectsBrokenLayouts()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *text = new QLabel(QStringLiteral("A long sentence that wraps onto several lines when "
                                           "its window is narrow, as error messages do."));
    text->setWordWrap(true);
    layout->addWidget(text);
    for (int i = 0; i < 6; ++i)
        layout->addWidget(new QCheckBox(QStringLiteral("Option %1").arg(i)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Far smaller than its layout's minimum, as a window that never grows would be.
    window.setMinimumSize(0, 0);
    window.layout()->setSizeConstraint(QLayout::SetNoConstraint);
    window.resize(120, 60);
    DialogGallery::settle();
    QVERIFY(!LayoutCheck::problems(&window).isEmpty());
}

void TestLayout::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("dialog");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
            for (const QString &dialog : DialogGallery::names())
                QTest::addRow("%s, %s, %s", qPrintable(language), qPrintable(palette),
                              qPrintable(dialog))
                    << language << palette << dialog;
        }
    }
}

void TestLayout::dialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, palette);
    QFETCH(QString, dialog);
    QVERIFY(!m_languages->install(language).isEmpty());
    QVERIFY(cockpit::AppStyle::useNamedPalette(palette));
    DialogGallery gallery;
    QWidget *shown = gallery.open(dialog);
    QVERIFY(shown);
    const QStringList problems = LayoutCheck::problems(shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayout::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QTest::addRow("%s, default size", qPrintable(language)) << language << 1240;
        QTest::addRow("%s, 900 px", qPrintable(language)) << language << 900;
        QTest::addRow("%s, smallest size", qPrintable(language)) << language << 0;
    }
}

void TestLayout::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QVERIFY(!m_languages->install(language).isEmpty());
    QVERIFY(cockpit::AppStyle::useNamedPalette(QStringLiteral("light")));
    WindowHarness h;
    QVERIFY(h.start());
    h.window->resize(width > 0 ? width : h.window->minimumSizeHint().width(), 720);
    h.window->tableView()->selectTokens({h.shownIds().value(1)});
    DialogGallery::settle();
    QStringList problems = LayoutCheck::problems(h.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // With the error banner and its Retry button.
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 3, "GET");
    h.window->refresh();
    QVERIFY(h.waitForLoad());
    DialogGallery::settle();
    problems = LayoutCheck::problems(h.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Half of a 1920-px screen, in either language: the header and the tool bar fold onto two lines
// rather than forcing the window wider.
void TestLayout::windowFitsHalfAScreen()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(!m_languages->install(language).isEmpty());
        WindowHarness h;
        QVERIFY(h.start());
        const int smallest = h.window->minimumSizeHint().width();
        QVERIFY2(smallest <= 900,
                 qPrintable(QStringLiteral("%1: %2 px").arg(language).arg(smallest)));
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
