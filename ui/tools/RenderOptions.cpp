#include "RenderOptions.h"

#include "common/AppStyle.h"
#include "common/LanguageLoader.h"
#include "common/Palette.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace cockpit {

RenderOptions::RenderOptions(QCommandLineParser *parser)
    : m_language(QStringLiteral("language"), QStringLiteral("Language code, e.g. fr."),
                 QStringLiteral("code"), QStringLiteral("en"))
    , m_palette(QStringLiteral("palette"),
                QStringLiteral("light or dark: the Fusion style with that palette (default: the "
                               "platform's)."),
                QStringLiteral("name"))
{
    parser->addOptions({m_language, m_palette});
}

bool RenderOptions::apply(const QCommandLineParser &parser, QCoreApplication *app) const
{
    if (parser.isSet(m_palette) && !AppStyle::useNamedPalette(parser.value(m_palette))) {
        QTextStream(stderr) << "unknown palette " << parser.value(m_palette) << Qt::endl;
        return false;
    }
    // Owned by the application, so the translators stay installed until the end.
    auto *languages = new LanguageLoader(app);
    languages->install(parser.value(m_language));
    return true;
}

} // namespace cockpit
