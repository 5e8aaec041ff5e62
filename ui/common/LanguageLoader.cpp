#include "LanguageLoader.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

namespace cockpit {

LanguageLoader::LanguageLoader(QCoreApplication *app)
    : QObject(app)
    , m_app(app)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QString LanguageLoader::chosenLanguage(const QStringList &arguments, const QSettings &settings)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(int(qstrlen("--language=")));
    }
    return settings.value(QLatin1String(SettingsKey)).toString();
}

QString LanguageLoader::install(const QString &code)
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    const QLocale system = QLocale::system();
    // Dates and numbers follow the system's conventions when it speaks the chosen language
    // (English chosen on a British system keeps British dates), else that language's own.
    const QLocale locale =
        code.isEmpty() || QLocale(code).language() == system.language() ? system : QLocale(code);
    // English is the source language: its file only holds plural forms ("%Ln tokens"), and it is
    // what a locale without a translation of its own (C, POSIX, German…) falls back to.
    if (m_appTranslator->load(locale, QStringLiteral("cockpit-tokens"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")) ||
        m_appTranslator->load(QStringLiteral(":/i18n/cockpit-tokens_en.qm")))
        QCoreApplication::installTranslator(m_appTranslator);
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    QLocale::setDefault(locale);
    return m_appTranslator->language();
}

QMenu *LanguageLoader::createMenu(QSettings *settings, QWidget *parent)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    auto *group = new QActionGroup(menu);
    const QString current = settings->value(QLatin1String(SettingsKey)).toString();
    // Language names are written in their own language, as users look for them that way.
    const QList<QPair<QString, QString>> choices{
        {QString(), tr("&System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    for (const auto &[code, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, menu, [settings, code = code, parent] {
            if (settings->value(QLatin1String(SettingsKey)).toString() == code)
                return;
            settings->setValue(QLatin1String(SettingsKey), code);
            // Not modal and not exec(): the note must never block the event loop.
            auto *note = new QMessageBox(QMessageBox::Information, tr("Language"),
                                         tr("The new language applies the next time Cockpit "
                                            "Tokens starts."),
                                         QMessageBox::Ok, parent);
            note->setAttribute(Qt::WA_DeleteOnClose);
            note->open();
        });
    }
    return menu;
}

} // namespace cockpit
