// The language choice: which language wins, and that the embedded French and English files and
// Qt's own French translation are really loaded.
#include "common/LanguageLoader.h"

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
            settings.setValue(QLatin1String(cockpit::LanguageLoader::SettingsKey), saved);
        QCOMPARE(cockpit::LanguageLoader::chosenLanguage(arguments, settings), expected);
        settings.clear();
    }

    void installsFrench_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("cockpit::HeaderBar") << QStringLiteral("Refresh")
                               << -1 << QStringLiteral("Actualiser");
        QTest::newRow("singular") << QStringLiteral("cockpit::StatusSummary")
                                  << QStringLiteral("%Ln tokens") << 1 << QStringLiteral("1 jeton");
        QTest::newRow("plural") << QStringLiteral("cockpit::StatusSummary")
                                << QStringLiteral("%Ln tokens") << 3 << QStringLiteral("3 jetons");
        QTest::newRow("zero is singular in French")
            << QStringLiteral("cockpit::StatusSummary") << QStringLiteral("%Ln tokens") << 0
            << QStringLiteral("0 jeton");
    }

    void installsFrench()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        QCOMPARE(loader.install(QStringLiteral("fr")), QStringLiteral("fr_FR"));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(),
                                             source.toUtf8().constData(), nullptr, n),
                 expected);
    }

    void englishPluralsRead()
    {
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        QVERIFY(loader.install(QStringLiteral("en")).startsWith(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("cockpit::StatusSummary", "%Ln tokens", nullptr, 1),
                 QStringLiteral("1 token"));
        QCOMPARE(QCoreApplication::translate("cockpit::StatusSummary", "%Ln tokens", nullptr, 2),
                 QStringLiteral("2 tokens"));
    }

    void qtStandardButtonsAreFrench()
    {
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        loader.install(QStringLiteral("fr"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuler"));
    }

    void menuSavesTheChoice()
    {
        QSettings settings;
        settings.clear();
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        QWidget parent;
        QMenu *menu = loader.createMenu(&settings, &parent);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions.at(0)->isChecked()); // follows the system by default
        actions.at(2)->trigger();
        QCOMPARE(settings.value(QLatin1String(cockpit::LanguageLoader::SettingsKey)).toString(),
                 QStringLiteral("fr"));
        QVERIFY(actions.at(2)->isChecked());
        settings.clear();
    }

    // A language without a translation of its own (and the C locale of a bare system) reads
    // English with its plural forms, not the "(s)" of the source text.
    void otherLanguagesFallBackToEnglish()
    {
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        loader.install(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("cockpit::StatusSummary", "%Ln tokens", nullptr, 1),
                 QStringLiteral("1 token"));
        QCOMPARE(QCoreApplication::translate(
                     "cockpit::SecretDialog",
                     "Copied. The clipboard will be cleared in %n second(s).", nullptr, 1),
                 QStringLiteral("Copied. The clipboard will be cleared in 1 second."));
        loader.install(QStringLiteral("C"));
        QCOMPARE(QCoreApplication::translate("cockpit::StatusSummary", "%Ln tokens", nullptr, 2),
                 QStringLiteral("2 tokens"));
    }

    // Choosing the system's own language keeps the system's formats (tests/translations runs
    // this file again with a British system locale).
    void theSystemsLanguageKeepsItsFormats()
    {
        cockpit::LanguageLoader loader(QCoreApplication::instance());
        const QLocale system = QLocale::system();
        loader.install(QStringLiteral("en"));
        if (system.language() == QLocale::English)
            QCOMPARE(QLocale().name(), system.name());
        else
            QCOMPARE(QLocale().language(), QLocale::English);
        loader.install(QString());
        QCOMPARE(QLocale().name(), system.name());
    }
};

QTEST_MAIN(TestLanguageLoader)
#include "tst_languageloader.moc"
