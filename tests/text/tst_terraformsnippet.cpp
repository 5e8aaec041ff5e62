// The Terraform text the row actions copy: resource names, import commands and resource blocks.
// A small HCL checker below parses the output so that the tests assert it is valid HCL using only
// the provider's documented arguments, not just that it contains some substrings.
#include "text/TerraformSnippet.h"

#include <QRegularExpression>
#include <QTest>

using namespace cockpit;

namespace {

// What the checker read from one resource block.
struct ParsedResource
{
    QString type;
    QString label;
    QMap<QString, QString> attributes; // project_id, name, region (unquoted values)
    QMap<QString, bool> scopes;
    QString error; // empty when the text is valid
};

bool isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return pattern.match(text).hasMatch();
}

// Reads an HCL quoted string starting at text[pos] == '"'; returns the literal value and moves
// pos past the closing quote. Refuses unknown escapes and template interpolations ("${", "%{"),
// which would make the value an expression rather than the token's literal name.
bool readQuoted(const QString &text, qsizetype &pos, QString *value, QString *error)
{
    ++pos;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('"')) {
            ++pos;
            return true;
        }
        if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("newline inside a quoted string");
            return false;
        }
        if (c == QLatin1Char('\\')) {
            if (pos + 1 >= text.size()) {
                *error = QStringLiteral("dangling backslash");
                return false;
            }
            const QChar e = text.at(pos + 1);
            if (e == QLatin1Char('n'))
                *value += QLatin1Char('\n');
            else if (e == QLatin1Char('t'))
                *value += QLatin1Char('\t');
            else if (e == QLatin1Char('r'))
                *value += QLatin1Char('\r');
            else if (e == QLatin1Char('"') || e == QLatin1Char('\\'))
                *value += e;
            else {
                *error = QStringLiteral("unknown escape \\") + e;
                return false;
            }
            pos += 2;
            continue;
        }
        if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && pos + 1 < text.size()) {
            const QChar next = text.at(pos + 1);
            if (next == QLatin1Char('{')) {
                *error = QStringLiteral("template interpolation in a literal");
                return false;
            }
            if (next == c && pos + 2 < text.size() && text.at(pos + 2) == QLatin1Char('{')) {
                *value += c;
                *value += QLatin1Char('{');
                pos += 3;
                continue;
            }
        }
        *value += c;
        ++pos;
    }
    *error = QStringLiteral("unterminated string");
    return false;
}

// Parses exactly one `resource "scaleway_cockpit_token" "<label>" { ... }` block: attributes
// `project_id`, `name`, `region` (quoted strings) and one `scopes { flag = true|false ... }`,
// with balanced braces, one statement per line, comments allowed, nothing else.
ParsedResource parseResource(const QString &text)
{
    static const QStringList documentedAttributes{QStringLiteral("project_id"),
                                                  QStringLiteral("name"), QStringLiteral("region")};
    static const QStringList documentedFlags{
        QStringLiteral("write_metrics"),       QStringLiteral("query_metrics"),
        QStringLiteral("setup_metrics_rules"), QStringLiteral("write_logs"),
        QStringLiteral("query_logs"),          QStringLiteral("setup_logs_rules"),
        QStringLiteral("setup_alerts"),        QStringLiteral("write_traces"),
        QStringLiteral("query_traces")};
    static const QRegularExpression header(
        QStringLiteral("^resource (\"[^\"]*\") (\"[^\"]*\") \\{$"));
    static const QRegularExpression attribute(QStringLiteral("^([^ =]+) *= *(.*)$"));

    ParsedResource parsed;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int depth = 0;
    bool sawScopes = false;
    bool closed = false;
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (closed) {
            parsed.error = QStringLiteral("text after the block: ") + line;
            return parsed;
        }
        if (depth == 0) {
            const auto match = header.match(line);
            if (!match.hasMatch()) {
                parsed.error = QStringLiteral("not a resource header: ") + line;
                return parsed;
            }
            QString type, label;
            qsizetype p = 0;
            QString e;
            const QString typeText = match.captured(1), labelText = match.captured(2);
            if (!readQuoted(typeText, p, &type, &e) ||
                (p = 0, !readQuoted(labelText, p, &label, &e))) {
                parsed.error = e;
                return parsed;
            }
            parsed.type = type;
            parsed.label = label;
            depth = 1;
            continue;
        }
        if (line == QLatin1String("}")) {
            --depth;
            if (depth == 0)
                closed = true;
            continue;
        }
        if (depth == 1 && line == QLatin1String("scopes {")) {
            if (sawScopes) {
                parsed.error = QStringLiteral("two scopes blocks");
                return parsed;
            }
            sawScopes = true;
            depth = 2;
            continue;
        }
        const auto match = attribute.match(line);
        if (!match.hasMatch()) {
            parsed.error = QStringLiteral("not an attribute: ") + line;
            return parsed;
        }
        const QString key = match.captured(1);
        const QString valueText = match.captured(2);
        if (!isIdentifier(key)) {
            parsed.error = QStringLiteral("bad attribute name: ") + key;
            return parsed;
        }
        if (depth == 1) {
            if (!documentedAttributes.contains(key) || parsed.attributes.contains(key)) {
                parsed.error = QStringLiteral("undocumented or repeated argument: ") + key;
                return parsed;
            }
            QString value, e;
            qsizetype p = 0;
            if (!valueText.startsWith(QLatin1Char('"')) || !readQuoted(valueText, p, &value, &e) ||
                p != valueText.size()) {
                parsed.error = QStringLiteral("bad string value for ") + key + QLatin1Char(' ') + e;
                return parsed;
            }
            parsed.attributes.insert(key, value);
        } else {
            if (!documentedFlags.contains(key) || parsed.scopes.contains(key)) {
                parsed.error = QStringLiteral("undocumented or repeated scope flag: ") + key;
                return parsed;
            }
            if (valueText != QLatin1String("true") && valueText != QLatin1String("false")) {
                parsed.error = QStringLiteral("scope flag is not a boolean: ") + valueText;
                return parsed;
            }
            parsed.scopes.insert(key, valueText == QLatin1String("true"));
        }
    }
    if (!closed)
        parsed.error = QStringLiteral("unbalanced braces");
    return parsed;
}

Token makeToken(const QString &name, TokenScopes scopes, Region region = Region::FrPar)
{
    Token token;
    token.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
    token.projectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
    token.name = name;
    token.region = region;
    token.scopes = scopes;
    return token;
}

} // namespace

class TestTerraformSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceName_data();
    void resourceName();
    void importCommand_data();
    void importCommand();
    void resourceBlock_data();
    void resourceBlock();
    void unknownScopesBecomeAComment();
    void uniqueNamesForSeveralTokens();
    void checkerRejectsInvalidHcl_data();
    void checkerRejectsInvalidHcl();
};

void TestTerraformSnippet::resourceName_data()
{
    QTest::addColumn<QString>("tokenName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already valid")
        << QStringLiteral("grafana-reader") << QStringLiteral("grafana-reader");
    QTest::newRow("underscores") << QStringLiteral("tf_tests_cockpit_token_basic")
                                 << QStringLiteral("tf_tests_cockpit_token_basic");
    QTest::newRow("leading digit")
        << QStringLiteral("3rd-agent") << QStringLiteral("token_3rd-agent");
    QTest::newRow("leading dash") << QStringLiteral("-agent") << QStringLiteral("token_-agent");
    QTest::newRow("leading underscore") << QStringLiteral("_agent") << QStringLiteral("_agent");
    QTest::newRow("spaces and dots")
        << QStringLiteral("my agent.v2") << QStringLiteral("my_agent_v2");
    QTest::newRow("non-ASCII letters") << QStringLiteral("éte") << QStringLiteral("_te");
    QTest::newRow("quote and brace") << QStringLiteral("a\"b{c}") << QStringLiteral("a_b_c_");
    QTest::newRow("empty") << QString() << QStringLiteral("token");
    QTest::newRow("all digits") << QStringLiteral("123") << QStringLiteral("token_123");
}

void TestTerraformSnippet::resourceName()
{
    QFETCH(QString, tokenName);
    QFETCH(QString, expected);
    const QString name = TerraformSnippet::resourceName(tokenName);
    QCOMPARE(name, expected);
    QVERIFY(isIdentifier(name));
}

void TestTerraformSnippet::importCommand_data()
{
    QTest::addColumn<QString>("tokenName");
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fr-par") << QStringLiteral("agent") << Region::FrPar
                            << QStringLiteral("terraform import scaleway_cockpit_token.agent "
                                              "fr-par/11111111-2222-3333-4444-555555555555");
    QTest::newRow("pl-waw, sanitized")
        << QStringLiteral("9-lives") << Region::PlWaw
        << QStringLiteral("terraform import scaleway_cockpit_token.token_9-lives "
                          "pl-waw/11111111-2222-3333-4444-555555555555");
}

void TestTerraformSnippet::importCommand()
{
    QFETCH(QString, tokenName);
    QFETCH(Region, region);
    QFETCH(QString, expected);
    QCOMPARE(TerraformSnippet::importCommand(makeToken(tokenName, {}, region)), expected);
}

void TestTerraformSnippet::resourceBlock_data()
{
    QTest::addColumn<QString>("tokenName");
    QTest::addColumn<TokenScopes>("scopes");
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("label");

    QTest::newRow("push metrics only (a default kept true, the other default set false)")
        << QStringLiteral("agent") << TokenScopes(TokenScope::WriteOnlyMetrics) << Region::FrPar
        << QStringLiteral("agent");
    QTest::newRow("no scopes: both defaults must be written false")
        << QStringLiteral("tf_tests_cockpit_token_no_scopes") << TokenScopes() << Region::NlAms
        << QStringLiteral("tf_tests_cockpit_token_no_scopes");
    TokenScopes all;
    for (TokenScope scope : allTokenScopes())
        all |= scope;
    QTest::newRow("all scopes") << QStringLiteral("admin") << all << Region::PlWaw
                                << QStringLiteral("admin");
    QTest::newRow("query only, name needs sanitizing")
        << QStringLiteral("2nd-grafana")
        << (TokenScope::ReadOnlyMetrics | TokenScope::ReadOnlyLogs | TokenScope::ReadOnlyTraces)
        << Region::FrPar << QStringLiteral("token_2nd-grafana");
    QTest::newRow("name with HCL specials is escaped, not interpolated")
        << QStringLiteral("a\"b\\c${x}%{y}") << TokenScopes(TokenScope::FullAccessAlertManager)
        << Region::FrPar << QStringLiteral("a_b_c__x___y_");
}

void TestTerraformSnippet::resourceBlock()
{
    QFETCH(QString, tokenName);
    QFETCH(TokenScopes, scopes);
    QFETCH(Region, region);
    QFETCH(QString, label);

    const Token token = makeToken(tokenName, scopes, region);
    const QString block = TerraformSnippet::resourceBlock(token);
    const ParsedResource parsed = parseResource(block);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error + QLatin1Char('\n') + block));
    QCOMPARE(parsed.type, QStringLiteral("scaleway_cockpit_token"));
    QCOMPARE(parsed.label, label);
    QVERIFY(isIdentifier(parsed.label));
    QCOMPARE(parsed.attributes.value(QStringLiteral("name")), tokenName);
    QCOMPARE(parsed.attributes.value(QStringLiteral("project_id")), token.projectId);
    QCOMPARE(parsed.attributes.value(QStringLiteral("region")), regionId(region));
    // Every flag is present and says exactly whether the token has the scope, so that the
    // provider's defaults (write_metrics and write_logs true) cannot add a scope.
    QCOMPARE(parsed.scopes.size(), 9);
    for (TokenScope scope : allTokenScopes()) {
        const QString flag = terraformScopeFlag(scope);
        QVERIFY2(parsed.scopes.contains(flag), qPrintable(flag));
        QCOMPARE(parsed.scopes.value(flag), scopes.testFlag(scope));
    }
    // And the import command names the same resource.
    QVERIFY(TerraformSnippet::importCommand(token).contains(
        QStringLiteral("scaleway_cockpit_token.") + label + QLatin1Char(' ')));
}

void TestTerraformSnippet::unknownScopesBecomeAComment()
{
    Token token = makeToken(QStringLiteral("future"), TokenScope::WriteOnlyLogs);
    token.unknownScopes = {QStringLiteral("write_only_profiles")};
    const QString block = TerraformSnippet::resourceBlock(token);
    const ParsedResource parsed = parseResource(block);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(block.contains(QStringLiteral("# Not expressible with the provider's scopes: "
                                          "write_only_profiles")));
    QCOMPARE(parsed.scopes.value(QStringLiteral("write_logs")), true);
    QCOMPARE(parsed.scopes.value(QStringLiteral("write_metrics")), false);
}

void TestTerraformSnippet::uniqueNamesForSeveralTokens()
{
    const QList<Token> tokens{
        makeToken(QStringLiteral("agent"), {}), makeToken(QStringLiteral("agent"), {}),
        makeToken(QStringLiteral("a b"), {}), makeToken(QStringLiteral("a_b"), {}),
        makeToken(QStringLiteral("agent_2"), {})};
    const QStringList names = TerraformSnippet::uniqueResourceNames(tokens);
    QCOMPARE(names,
             (QStringList{QStringLiteral("agent"), QStringLiteral("agent_2"), QStringLiteral("a_b"),
                          QStringLiteral("a_b_2"), QStringLiteral("agent_2_2")}));

    // Blocks for several tokens, separated by blank lines, each valid on its own.
    const QString blocks = TerraformSnippet::resourceBlocks(tokens.mid(0, 2));
    const QStringList parts = blocks.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    // Each block has one blank line inside (before scopes), so split by the resource keyword.
    const QStringList resources = blocks.split(QStringLiteral("resource \""), Qt::SkipEmptyParts);
    QCOMPARE(resources.size(), 2);
    QCOMPARE(parseResource(QStringLiteral("resource \"") + resources.at(1)).label,
             QStringLiteral("agent_2"));
    QVERIFY(parts.size() >= 2);

    const QStringList imports = TerraformSnippet::importCommands(tokens.mid(0, 2))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(imports.size(), 2);
    QVERIFY(imports.at(1).startsWith(
        QStringLiteral("terraform import scaleway_cockpit_token.agent_2 fr-par/")));
}

// The checker must be able to fail, or the tests above prove nothing.
void TestTerraformSnippet::checkerRejectsInvalidHcl_data()
{
    QTest::addColumn<QString>("text");
    const QString good = TerraformSnippet::resourceBlock(makeToken(QStringLiteral("x-y"), {}));
    QTest::newRow("missing brace") << good.left(good.lastIndexOf(QLatin1Char('}')));
    QTest::newRow("undocumented argument")
        << QString(good).replace(QStringLiteral("  region"), QStringLiteral("  zone  "));
    QTest::newRow("unknown flag") << QString(good).replace(QStringLiteral("setup_alerts"),
                                                           QStringLiteral("setup_alarms"));
    QTest::newRow("interpolation")
        << QString(good).replace(QStringLiteral("\"x-y\""), QStringLiteral("\"${x}\""));
    QTest::newRow("unterminated string")
        << QString(good).replace(QStringLiteral("\"x-y\""), QStringLiteral("\"x-y"));
    QTest::newRow("bad label") << QString(good).replace(QStringLiteral("\"x-y\" {"),
                                                        QStringLiteral("\"1x\" {"));
    QTest::newRow("non-boolean flag")
        << QString(good).replace(QStringLiteral("= false"), QStringLiteral("= \"false\""));
}

void TestTerraformSnippet::checkerRejectsInvalidHcl()
{
    QFETCH(QString, text);
    const ParsedResource parsed = parseResource(text);
    const bool labelOk = isIdentifier(parsed.label);
    QVERIFY2(!parsed.error.isEmpty() || !labelOk, qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTerraformSnippet)
#include "tst_terraformsnippet.moc"
