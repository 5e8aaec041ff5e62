// Text stays readable in a light and in a dark palette: every visible text of the main window
// (tokens, a selection, saved-secret markers, the error and partial banners, the empty state)
// and of every dialog (with its field messages shown) has at least WCAG AA contrast against
// the pixels it is painted on. Each case runs twice: built under the palette, and built under
// the other one and then switched at run time, as when the desktop theme changes.
//
// Foreground: the colour the widget paints its text with (its palette's foreground role).
// Background: the most frequent colour of the widget's own pixels in a grab of its window, so
// banners' tints and buttons' faces count, not just the palette's window colour.
// Threshold: 4.5:1; 3:1 for large text (at least 18 pt, or 14 pt bold), as WCAG allows. Disabled
// controls are exempt (WCAG 1.4.3 excludes inactive components). Icons such as the saved-secret
// key must reach 3:1 (WCAG 1.4.11, graphical objects).
#include "DialogGallery.h"
#include "WindowHarness.h"
#include "common/AppStyle.h"
#include "common/Palette.h"
#include "frame/MessageBanner.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>

using cockpit::EmulatorFault;

namespace {

// The colour most of an area is painted in. Pixels are counted in buckets of 8 levels a channel,
// so a gradient (a button's face) counts as one colour rather than one per row, and the bucket's
// average is returned.
QColor mostFrequentColor(const QImage &image, const QRect &area)
{
    struct Bucket
    {
        int count = 0;
        qint64 red = 0, green = 0, blue = 0;
    };
    QHash<QRgb, Bucket> buckets;
    const QRect rect = area.intersected(image.rect());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            Bucket &bucket = buckets[(pixel & 0xf8f8f8u)];
            ++bucket.count;
            bucket.red += qRed(pixel);
            bucket.green += qGreen(pixel);
            bucket.blue += qBlue(pixel);
        }
    }
    Bucket best;
    for (const Bucket &bucket : std::as_const(buckets)) {
        if (bucket.count > best.count)
            best = bucket;
    }
    if (best.count == 0)
        return {};
    return QColor(int(best.red / best.count), int(best.green / best.count),
                  int(best.blue / best.count));
}

// A translucent colour (Qt's default placeholder text is half-transparent) as painted.
QColor paintedColor(const QColor &color, const QColor &background)
{
    if (color.alpha() == 255)
        return color;
    QColor opaque = color;
    opaque.setAlpha(255);
    return cockpit::Palette::mix(background, opaque, color.alphaF());
}

bool isLargeText(const QFont &font)
{
    const double points =
        font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
    return points >= 18.0 || (points >= 14.0 && font.bold());
}

QString describe(const QWidget *widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(60));
}

// The text a widget shows, or empty for widgets this check does not read.
QString shownText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        return group->title();
    return {};
}

} // namespace

class TestPalettes : public QObject
{
    Q_OBJECT

public:
    // One line per text below its threshold: what, its colours and the ratio.
    static QStringList lowContrastTexts(QWidget *window);

private Q_SLOTS:
    void initTestCase();
    void detectsLowContrast();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();
    void cleanupTestCase();

private:
    static void addPaletteRows();
    // Applies the row's palette: directly, or the other one first then this one once `built`
    // has run (the widgets follow a theme switch).
    template <typename Build>
    static void underPalette(const QString &palette, bool switched, Build built);
};

QStringList TestPalettes::lowContrastTexts(QWidget *window)
{
    DialogGallery::settle();
    const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal scale = image.width() / qreal(qMax(1, window->width()));
    QStringList problems;
    int checked = 0;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled())
            continue;
        const QString text = shownText(widget);
        if (text.trimmed().isEmpty())
            continue;
        ++checked;
        const QRect area(widget->mapTo(window, QPoint(0, 0)) * scale, widget->size() * scale);
        const QColor background = mostFrequentColor(image, area);
        const QColor foreground =
            paintedColor(widget->palette().color(widget->foregroundRole()), background);
        const double ratio = cockpit::Palette::contrastRatio(foreground, background);
        const double minimum =
            isLargeText(widget->font()) ? 3.0 : cockpit::Palette::MinimumTextContrast;
        if (ratio < minimum)
            problems.append(QStringLiteral("%1: %2 on %3 is %4:1 (needs %5)")
                                .arg(describe(widget, text), foreground.name(), background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum));
    }
    // Header sections: the palette's button text on the painted section.
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisibleTo(window))
            continue;
        const QRect area(header->mapTo(window, QPoint(0, 0)) * scale, header->size() * scale);
        const QColor background = mostFrequentColor(image, area);
        const QColor foreground =
            paintedColor(header->palette().color(QPalette::ButtonText), background);
        const double ratio = cockpit::Palette::contrastRatio(foreground, background);
        if (ratio < cockpit::Palette::MinimumTextContrast)
            problems.append(QStringLiteral("header: %1 on %2 is %3:1")
                                .arg(foreground.name(), background.name())
                                .arg(ratio, 0, 'f', 2));
    }
    // A walk that found nothing to read would pass whatever the colours.
    if (checked == 0)
        problems.append(QStringLiteral("no visible text found"));
    if (qEnvironmentVariableIsSet("COCKPIT_APPEARANCE_VERBOSE"))
        qInfo("%d texts checked", checked);
    return problems;
}

void TestPalettes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QStyleFactory::keys().contains(QStringLiteral("Fusion"), Qt::CaseInsensitive));
}

void TestPalettes::cleanupTestCase()
{
    cockpit::AppStyle::useNamedPalette(QStringLiteral("light"));
}

// The check itself can fail: the old fixed error red on the dark palette is caught.
void TestPalettes::detectsLowContrast()
{
    QVERIFY(cockpit::AppStyle::useNamedPalette(QStringLiteral("dark")));
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Use 3 to 50 characters"), &window);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    window.resize(300, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = lowContrastTexts(&window);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("#c01c28")), qPrintable(problems.first()));
}

void TestPalettes::addPaletteRows()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<bool>("switched");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        QTest::addRow("%s", qPrintable(palette)) << palette << false;
        QTest::addRow("%s after a switch", qPrintable(palette)) << palette << true;
    }
}

template <typename Build>
void TestPalettes::underPalette(const QString &palette, bool switched, Build built)
{
    const QString other =
        palette == QLatin1String("dark") ? QStringLiteral("light") : QStringLiteral("dark");
    QVERIFY(cockpit::AppStyle::useNamedPalette(switched ? other : palette));
    built();
    if (switched) {
        QVERIFY(cockpit::AppStyle::useNamedPalette(palette));
        DialogGallery::settle();
    }
}

void TestPalettes::mainWindow_data()
{
    addPaletteRows();
}

void TestPalettes::mainWindow()
{
    QFETCH(QString, palette);
    QFETCH(bool, switched);
    std::unique_ptr<WindowHarness> h;
    underPalette(palette, switched, [&h] {
        h = std::make_unique<WindowHarness>();
        h->window->resize(1280, 760);
        QVERIFY(h->start());
    });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(h);
    cockpit::MainWindow *window = h->window.get();

    // Tokens, one selected, two marked with a saved secret (one of them selected).
    const QStringList ids = h->shownIds();
    QVERIFY(ids.size() >= 3);
    const QList<cockpit::Token> tokens = window->tokenModel()->tokens();
    for (const cockpit::Token &token : tokens) {
        if (token.id == ids.at(1) || token.id == ids.at(2))
            window->desktopServices().savedSecrets->insert(
                cockpit::tokenSecretKey(token.regionalId()));
    }
    window->tableView()->selectTokens({ids.at(1)});
    QStringList problems = lowContrastTexts(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The key marker stands out from its row, selected (row 1) or not (row 2).
    QTableView *table = window->tableView();
    const QImage rows = table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    for (int row : {1, 2}) {
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        const QRect marker(cell.left(), cell.top(), cell.height(), cell.height());
        const QColor background = mostFrequentColor(rows, cell);
        double best = 1.0;
        for (int y = marker.top(); y <= marker.bottom(); ++y) {
            for (int x = marker.left(); x <= marker.right(); ++x)
                best = qMax(best, cockpit::Palette::contrastRatio(QColor::fromRgb(rows.pixel(x, y)),
                                                                  background));
        }
        QVERIFY2(
            best >= 3.0,
            qPrintable(
                QStringLiteral("the key marker of row %1 is %2:1").arg(row).arg(best, 0, 'f', 2)));
    }

    // Kept to look at: the window in this palette.
    const QString folder = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("tst_palettes-output"));
    QDir().mkpath(folder);
    const QString png = QDir(folder).filePath(
        QStringLiteral("main-window-%1%2.png")
            .arg(palette, switched ? QStringLiteral("-switched") : QString()));
    QVERIFY(window->grab().save(png));
    qInfo("rendered %s", qPrintable(png));

    // The error banner, over the rows of the last load.
    h->emulator.injectFault(EmulatorFault::ServerErrorJson, 3, "GET");
    window->refresh();
    QVERIFY(h->waitForLoad());
    QVERIFY(window->banners()->errorBanner()->isVisible());
    problems = lowContrastTexts(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // One region failing: the warning banner.
    h->emulator.injectFault(EmulatorFault::ServerError, 1, "GET");
    window->refresh();
    QVERIFY(h->waitForLoad());
    QVERIFY(window->banners()->warningBanner()->isVisible());
    problems = lowContrastTexts(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The empty state, on the base colour.
    QTest::keyClicks(window->header()->searchBox(), QStringLiteral("nothing-matches"));
    QVERIFY(window->isShowingEmptyState());
    problems = lowContrastTexts(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestPalettes::dialogs_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("palette");
    QTest::addColumn<bool>("switched");
    for (const QString &dialog : DialogGallery::names()) {
        for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::addRow("%s, %s", qPrintable(dialog), qPrintable(palette))
                << dialog << palette << false;
            QTest::addRow("%s, %s after a switch", qPrintable(dialog), qPrintable(palette))
                << dialog << palette << true;
        }
    }
}

void TestPalettes::dialogs()
{
    QFETCH(QString, dialog);
    QFETCH(QString, palette);
    QFETCH(bool, switched);
    DialogGallery gallery;
    QWidget *shown = nullptr;
    underPalette(palette, switched, [&] { shown = gallery.open(dialog); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(shown);
    const QStringList problems = lowContrastTexts(shown);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"
