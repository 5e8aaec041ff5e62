// The language choice: which language wins, and that the embedded French and English files and
// Qt's own French translation are really loaded.
#include "LanguageLoader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestLanguageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chosenLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system by default")
            << QStringList{QStringLiteral("app")} << QString() << QString();
        QTest::newRow("saved choice")
            << QStringList{QStringLiteral("app")} << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::newRow("option wins")
            << QStringList{QStringLiteral("app"), QStringLiteral("--language"),
                           QStringLiteral("en")}
            << QStringLiteral("fr") << QStringLiteral("en");
        QTest::newRow("option with =")
            << QStringList{QStringLiteral("app"), QStringLiteral("--language=fr")} << QString()
            << QStringLiteral("fr");
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("app"), QStringLiteral("--language")}
            << QStringLiteral("en") << QStringLiteral("en");
    }

    void chosenLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, saved);
        QFETCH(QString, expected);
        QSettings settings;
        settings.clear();
        if (!saved.isNull())
            settings.setValue(QLatin1String(LanguageLoader::SettingsKey), saved);
        QCOMPARE(LanguageLoader::chosenLanguage(arguments, settings), expected);
        settings.clear();
    }

    void installsFrench_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("HeaderBar") << QStringLiteral("Refresh") << -1
                               << QStringLiteral("Actualiser");
        QTest::newRow("singular") << QStringLiteral("StatusSummary") << QStringLiteral("%n tokens")
                                  << 1 << QStringLiteral("1 jeton");
        QTest::newRow("plural") << QStringLiteral("StatusSummary") << QStringLiteral("%n tokens")
                                << 3 << QStringLiteral("3 jetons");
        QTest::newRow("zero is singular in French")
            << QStringLiteral("StatusSummary") << QStringLiteral("%n tokens") << 0
            << QStringLiteral("0 jeton");
    }

    void installsFrench()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        LanguageLoader loader(QCoreApplication::instance());
        QCOMPARE(loader.install(QStringLiteral("fr")), QStringLiteral("fr_FR"));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(),
                                             source.toUtf8().constData(), nullptr, n),
                 expected);
    }

    void englishPluralsRead()
    {
        LanguageLoader loader(QCoreApplication::instance());
        QCOMPARE(loader.install(QStringLiteral("en")), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("StatusSummary", "%n tokens", nullptr, 1),
                 QStringLiteral("1 token"));
        QCOMPARE(QCoreApplication::translate("StatusSummary", "%n tokens", nullptr, 2),
                 QStringLiteral("2 tokens"));
    }

    void qtStandardButtonsAreFrench()
    {
        LanguageLoader loader(QCoreApplication::instance());
        loader.install(QStringLiteral("fr"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
    }

    void menuSavesTheChoice()
    {
        QSettings settings;
        settings.clear();
        LanguageLoader loader(QCoreApplication::instance());
        QWidget parent;
        QMenu *menu = loader.createMenu(&settings, &parent);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions.at(0)->isChecked()); // follows the system by default
        actions.at(2)->trigger();
        QCOMPARE(settings.value(QLatin1String(LanguageLoader::SettingsKey)).toString(),
                 QStringLiteral("fr"));
        QVERIFY(actions.at(2)->isChecked());
        settings.clear();
    }
};

QTEST_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
