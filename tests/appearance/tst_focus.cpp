// Where the keyboard focus is can be seen, in the light and the dark palette: for each kind of
// control of the main window (the token table, the pickers, the search box, the buttons), the
// pixels that change when it takes the focus must be there and differ from what they were by at
// least 3:1 (WCAG 2.4.13, focus appearance; 1.4.11, non-text contrast).
#include "WindowHarness.h"
#include "common/AppStyle.h"
#include "common/Palette.h"
#include "tokens/TokenToolBar.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>

namespace {

struct FocusChange
{
    int changedPixels = 0;
    double bestContrast = 1.0;
};

// The pixels of `widget` (and a 3-px ring around it, where styles draw focus frames) with and
// without the focus.
FocusChange focusChange(QWidget *window, QWidget *widget, QWidget *elsewhere)
{
    const QRect area =
        QRect(widget->mapTo(window, QPoint()), widget->size()).adjusted(-3, -3, 3, 3);
    const auto grab = [&] {
        QCoreApplication::processEvents();
        return window->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
    };
    // As after Tab presses: styles draw the focus once the keyboard has moved it.
    elsewhere->setFocus(Qt::TabFocusReason);
    window->setAttribute(Qt::WA_KeyboardFocusChange);
    const QImage without = grab();
    widget->setFocus(Qt::TabFocusReason);
    window->setAttribute(Qt::WA_KeyboardFocusChange);
    widget->update();
    const QImage with = grab();
    FocusChange change;
    for (int y = 0; y < std::min(with.height(), without.height()); ++y) {
        for (int x = 0; x < std::min(with.width(), without.width()); ++x) {
            const QRgb a = without.pixel(x, y);
            const QRgb b = with.pixel(x, y);
            if (a == b)
                continue;
            ++change.changedPixels;
            change.bestContrast = std::max(change.bestContrast,
                                           cockpit::Palette::contrastRatio(QColor(a), QColor(b)));
        }
    }
    return change;
}

} // namespace

class TestFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void focusIsVisible_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void focusIsVisible()
    {
        QFETCH(QString, palette);
        QVERIFY(cockpit::AppStyle::useNamedPalette(palette));
        WindowHarness h;
        QVERIFY(h.start());
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        cockpit::HeaderBar *header = h.window->header();
        // The table with a current row that is not selected: the focus is all that marks it.
        cockpit::TokenTableView *table = h.window->tableView();
        table->selectionModel()->clearSelection();
        table->selectionModel()->setCurrentIndex(table->model()->index(1, 0),
                                                 QItemSelectionModel::NoUpdate);
        const QList<QWidget *> controls{table,
                                        header->profileBox(),
                                        header->projectBox(),
                                        header->regionBox(),
                                        header->searchBox(),
                                        header->createButton(),
                                        h.window->tokenToolBar()->permissionFilter()};
        for (QWidget *control : controls) {
            QWidget *elsewhere = control == header->searchBox()
                                     ? static_cast<QWidget *>(header->regionBox())
                                     : header->searchBox();
            const FocusChange change = focusChange(h.window.get(), control, elsewhere);
            const QString what = QString::fromLatin1(control->metaObject()->className()) +
                                 QLatin1Char(' ') + control->accessibleName();
            QVERIFY2(change.changedPixels >= 20,
                     qPrintable(QStringLiteral("%1: %2 pixels change with the focus")
                                    .arg(what)
                                    .arg(change.changedPixels)));
            QVERIFY2(change.bestContrast >= 3.0,
                     qPrintable(QStringLiteral("%1: the focus changes its pixels by %2:1 at best")
                                    .arg(what)
                                    .arg(change.bestContrast, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
