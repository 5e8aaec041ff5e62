// cockpit-dialog-screenshots: renders every dialog and question of the app in every state the
// appearance tests check (DialogGallery), offscreen, to look at them without a display:
//   cockpit-dialog-screenshots [<output folder>] [--language fr] [--palette light|dark]
// writes one PNG per state, named after it: create-token.png, create-token-api-error.png,
// secret.png, sign-in-key-refused.png, delete-several.png, orphaned-token.png…
#include "DialogGallery.h"
#include "RenderOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QString fileNameFor(const QString &state)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString name = state.toLower().replace(separators, QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name + QStringLiteral(".png");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the Cockpit Tokens dialogs to PNG."));
    parser.addHelpOption();
    const cockpit::RenderOptions renderOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where to write."));
    parser.process(app);
    if (!renderOptions.apply(parser, &app))
        return 2;
    const QDir folder(parser.positionalArguments().value(0, QStringLiteral(".")));
    QDir().mkpath(folder.path());

    bool ok = true;
    for (const QString &state : DialogGallery::names()) {
        DialogGallery gallery;
        QWidget *shown = gallery.open(state);
        const QString path = folder.filePath(fileNameFor(state));
        const bool saved = shown && shown->grab().save(path);
        QTextStream(saved ? stdout : stderr)
            << (saved ? "wrote " : "could not write ") << path << Qt::endl;
        ok = ok && saved;
    }
    return ok ? 0 : 1;
}
