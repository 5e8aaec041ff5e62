#pragma once

#include <QCommandLineOption>

class QCommandLineParser;
class QCoreApplication;

namespace cockpit {

// The options every program that renders the app to PNG takes: --language (English unless
// asked, so that pictures do not depend on the machine's locale) and --palette light|dark.
class RenderOptions
{
public:
    // Adds both options to `parser`.
    explicit RenderOptions(QCommandLineParser *parser);

    // After the parser has processed the arguments: applies the palette and installs the
    // language. False, with a message on stderr, for an unknown palette.
    bool apply(const QCommandLineParser &parser, QCoreApplication *app) const;

private:
    QCommandLineOption m_language;
    QCommandLineOption m_palette;
};

} // namespace cockpit
