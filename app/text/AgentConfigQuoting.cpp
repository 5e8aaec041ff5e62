// The quoting of each generated format, and the comment lines every file starts with.
#include "AgentConfigWriters.h"
#include "QuotedString.h"

namespace cockpit::AgentConfigWriters {
namespace {

// Names are restricted by the API, but a comment must never be broken by whatever it quotes.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (breaksALine(c))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

QString yamlQuoted(const QString &text)
{
    return backslashQuoted(text);
}

QString alloyQuoted(const QString &text)
{
    return backslashQuoted(text);
}

QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

bool fluentBitSafe(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    if (text.contains(QLatin1String("${")))
        return false;
    for (const QChar c : text) {
        if (breaksALine(c))
            return false;
    }
    return true;
}

QString preamble(const Target &target, const QString &comment, const QString &agentLine)
{
    const DataSource &source = target.source;
    const QString prefix = comment + QLatin1Char(' ');
    QString text;
    text += prefix + oneLine(agentLine) + QLatin1Char('\n');
    text += prefix +
            QStringLiteral("Cockpit data source \"%1\" (%2, %3, %4)")
                .arg(oneLine(source.name), dataSourceTypeId(source.type), regionId(source.region),
                     oneLine(source.id)) +
            QLatin1Char('\n');
    text += prefix +
            QStringLiteral("Token \"%1\" (%2)")
                .arg(oneLine(target.token.name), oneLine(target.token.id)) +
            QLatin1Char('\n');
    text += prefix +
            QStringLiteral("This file holds the token's secret key: keep it private (mode 0600).") +
            QLatin1Char('\n');
    return text;
}

} // namespace cockpit::AgentConfigWriters
