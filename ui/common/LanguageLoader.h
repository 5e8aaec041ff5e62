#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QMenu;
class QSettings;
class QTranslator;
class QWidget;

namespace cockpit {

// Installs the app's translation and Qt's own (standard buttons, context menus) for one language,
// and offers the language choice as a menu. The choice is kept in the settings; it applies at the
// next start, because most text is set once when the widgets are built.
class LanguageLoader : public QObject
{
    Q_OBJECT

public:
    // The settings key holding "" (follow the system), "en" or "fr".
    static constexpr const char *SettingsKey = "ui/language";

    explicit LanguageLoader(QCoreApplication *app);

    // `--language <code>` from the raw arguments wins over the saved choice: it must be known
    // before the command line parser runs, so the parser's own help text is translated too.
    static QString chosenLanguage(const QStringList &arguments, const QSettings &settings);

    // Installs the translators for `code` ("" = the system locale). Returns the language in use.
    QString install(const QString &code);

    // A "Language" submenu (System / English / Français) that saves the choice in `settings`.
    QMenu *createMenu(QSettings *settings, QWidget *parent);

private:
    QCoreApplication *m_app;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
};

} // namespace cockpit
