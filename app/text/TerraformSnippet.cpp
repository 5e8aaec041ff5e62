#include "TerraformSnippet.h"

#include "QuotedString.h"

#include <QSet>

namespace cockpit::TerraformSnippet {
namespace {

const QLatin1String kResourceType("scaleway_cockpit_token");

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// An HCL quoted string: "${" and "%{" stay literal text.
QString quoted(const QString &text)
{
    return backslashQuoted(text, TemplateIntroducers::Doubled);
}

} // namespace

QString resourceName(const QString &tokenName)
{
    QString name;
    name.reserve(tokenName.size());
    for (QChar c : tokenName) {
        const bool allowed =
            isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('_') || c == QLatin1Char('-');
        name += allowed ? c : QLatin1Char('_');
    }
    if (name.isEmpty())
        return QStringLiteral("token");
    // HCL identifiers start with a letter or an underscore; a readable prefix beats a bare "_".
    if (!isAsciiLetter(name.front()) && name.front() != QLatin1Char('_'))
        name.prepend(QLatin1String("token_"));
    return name;
}

QStringList uniqueResourceNames(const QList<Token> &tokens)
{
    QStringList names;
    QSet<QString> used;
    for (const Token &token : tokens) {
        const QString base = resourceName(token.name);
        QString candidate = base;
        for (int suffix = 2; used.contains(candidate); ++suffix)
            candidate = base + QLatin1Char('_') + QString::number(suffix);
        used.insert(candidate);
        names.append(candidate);
    }
    return names;
}

QString importCommand(const Token &token, const QString &name)
{
    return QLatin1String("terraform import ") + kResourceType + QLatin1Char('.') + name +
           QLatin1Char(' ') + token.regionalId();
}

QString importCommand(const Token &token)
{
    return importCommand(token, resourceName(token.name));
}

QString resourceBlock(const Token &token, const QString &name)
{
    const QList<TokenScope> scopes = allTokenScopes();
    qsizetype width = 0;
    for (TokenScope scope : scopes)
        width = qMax(width, terraformScopeFlag(scope).size());

    QString block;
    block += QLatin1String("resource \"") + kResourceType + QLatin1String("\" \"") + name +
             QLatin1String("\" {\n");
    block += QLatin1String("  project_id = ") + quoted(token.projectId) + QLatin1Char('\n');
    block += QLatin1String("  name       = ") + quoted(token.name) + QLatin1Char('\n');
    block += QLatin1String("  region     = ") + quoted(regionId(token.region)) + QLatin1Char('\n');
    block += QLatin1String("\n  scopes {\n");
    for (TokenScope scope : scopes) {
        const QString flag = terraformScopeFlag(scope);
        block += QLatin1String("    ") + flag + QString(width - flag.size(), QLatin1Char(' ')) +
                 QLatin1String(" = ") +
                 (token.scopes.testFlag(scope) ? QLatin1String("true") : QLatin1String("false")) +
                 QLatin1Char('\n');
    }
    block += QLatin1String("  }\n");
    // The provider has no flag for scopes this version does not know: say so rather than
    // silently dropping them.
    for (const QString &unknown : token.unknownScopes) {
        QString safe = unknown;
        safe.replace(QLatin1Char('\n'), QLatin1Char(' '));
        block += QLatin1String("  # Not expressible with the provider's scopes: ") + safe +
                 QLatin1Char('\n');
    }
    block += QLatin1String("}\n");
    return block;
}

QString resourceBlock(const Token &token)
{
    return resourceBlock(token, resourceName(token.name));
}

QString resourceBlocks(const QList<Token> &tokens)
{
    const QStringList names = uniqueResourceNames(tokens);
    QStringList blocks;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        blocks.append(resourceBlock(tokens.at(i), names.at(i)));
    return blocks.join(QLatin1Char('\n'));
}

QString importCommands(const QList<Token> &tokens)
{
    const QStringList names = uniqueResourceNames(tokens);
    QString out;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        out += importCommand(tokens.at(i), names.at(i)) + QLatin1Char('\n');
    return out;
}

QString projectComment(const QString &projectName)
{
    if (projectName.trimmed().isEmpty())
        return {};
    // A comment ends at the line's end: a name cannot carry code onto the next line.
    QString name = projectName;
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return QLatin1String("# Project: ") + name.simplified() + QLatin1Char('\n');
}

} // namespace cockpit::TerraformSnippet
