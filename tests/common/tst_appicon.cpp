// The application icon the windows carry (title bars, task bars, the About box): embedded in the
// program, so it shows even when no icon theme has the application id, at every size asked.
#include "common/AppIcon.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTest>

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedFilesArePresent_data()
    {
        QTest::addColumn<QString>("path");
        const QString base = QStringLiteral(":/icons/" COCKPIT_APP_ID);
        QTest::newRow("svg") << base + QStringLiteral(".svg");
        for (int size : {48, 128, 256})
            QTest::newRow(qPrintable(QString::number(size)))
                << base + QStringLiteral("-%1.png").arg(size);
    }
    void embeddedFilesArePresent()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY(file.size() > 100);
    }

    void rendersAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }
    void rendersAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon = cockpit::AppIcon::icon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not blank: the centre of the icon is opaque.
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0);
    }

    void theSvgItselfRenders()
    {
        // Through the SVG icon engine (libqt6svg6, a Depends of the package), not the PNGs.
        const QIcon svg(QStringLiteral(":/icons/" COCKPIT_APP_ID ".svg"));
        const QImage image = svg.pixmap(QSize(20, 20), 1.0).toImage();
        QCOMPARE(image.size(), QSize(20, 20));
        QVERIFY(qAlpha(image.pixel(10, 10)) > 0);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
