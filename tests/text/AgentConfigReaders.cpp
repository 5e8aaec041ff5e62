#include "AgentConfigReaders.h"

namespace {

struct AlloyToken
{
    enum Kind
    {
        End,
        Identifier, // dotted names and numbers
        String,
        Punctuation,
    } kind = End;
    QString text;
};

class AlloyTokenizer
{
public:
    explicit AlloyTokenizer(const QString &text)
        : m_text(text)
    {
    }

    bool next(AlloyToken *token, QString *error)
    {
        skipSpaceAndComments();
        token->text.clear();
        if (m_pos >= m_text.size()) {
            token->kind = AlloyToken::End;
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'"')
            return readString(token, error);
        if (QStringLiteral("{}[]=,()").contains(c)) {
            token->kind = AlloyToken::Punctuation;
            token->text = c;
            ++m_pos;
            return true;
        }
        if (c.isLetterOrNumber() || c == u'_') {
            token->kind = AlloyToken::Identifier;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() ||
                                             m_text.at(m_pos) == u'_' || m_text.at(m_pos) == u'.'))
                token->text += m_text.at(m_pos++);
            return true;
        }
        *error = QStringLiteral("unexpected character '%1' at %2").arg(c).arg(m_pos);
        return false;
    }

private:
    void skipSpaceAndComments()
    {
        while (m_pos < m_text.size()) {
            if (m_text.at(m_pos).isSpace()) {
                ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("//")) {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    bool readString(AlloyToken *token, QString *error)
    {
        token->kind = AlloyToken::String;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                return true;
            if (c == u'\n') {
                *error = QStringLiteral("line break inside a string");
                return false;
            }
            if (c != u'\\') {
                token->text += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text.at(m_pos++);
            if (e == u'n')
                token->text += u'\n';
            else if (e == u'r')
                token->text += u'\r';
            else if (e == u't')
                token->text += u'\t';
            else if (e == u'"' || e == u'\\')
                token->text += e;
            else if (e == u'u') {
                token->text += QChar(m_text.mid(m_pos, 4).toUShort(nullptr, 16));
                m_pos += 4;
            } else {
                *error = QStringLiteral("unknown escape \\%1").arg(e);
                return false;
            }
        }
        *error = QStringLiteral("unterminated string");
        return false;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class AlloyParser
{
public:
    explicit AlloyParser(const QString &text)
        : m_tokens(text)
    {
    }

    bool parse(QList<AlloyBlock> *blocks, QString *error)
    {
        m_error = error;
        if (!advance())
            return false;
        AlloyBlock root;
        if (!body(&root, true))
            return false;
        *blocks = root.blocks;
        return true;
    }

private:
    bool advance() { return m_tokens.next(&m_current, m_error); }
    bool fail(const QString &what)
    {
        *m_error = what + QStringLiteral(" near '") + m_current.text + u'\'';
        return false;
    }
    bool isPunct(const char *p) const
    {
        return m_current.kind == AlloyToken::Punctuation && m_current.text == QLatin1String(p);
    }
    bool expect(const char *p)
    {
        if (!isPunct(p))
            return fail(QStringLiteral("expected '%1'").arg(QLatin1String(p)));
        return advance();
    }

    bool body(AlloyBlock *block, bool topLevel)
    {
        while (true) {
            if (topLevel ? m_current.kind == AlloyToken::End : isPunct("}"))
                return true;
            if (m_current.kind != AlloyToken::Identifier)
                return fail(QStringLiteral("expected a name"));
            const QString name = m_current.text;
            if (!advance())
                return false;
            if (isPunct("=")) {
                if (!advance())
                    return false;
                QVariant value;
                if (!expression(&value))
                    return false;
                block->attributes.insert(name, value);
                continue;
            }
            AlloyBlock child;
            child.name = name;
            if (m_current.kind == AlloyToken::String) {
                child.label = m_current.text;
                if (!advance())
                    return false;
            }
            if (!expect("{") || !body(&child, false) || !expect("}"))
                return false;
            block->blocks.append(child);
        }
    }

    bool expression(QVariant *value)
    {
        if (m_current.kind == AlloyToken::String) {
            *value = m_current.text;
            return advance();
        }
        if (m_current.kind == AlloyToken::Identifier) {
            *value = QString(u'@' + m_current.text);
            return advance();
        }
        if (isPunct("[")) {
            QVariantList list;
            if (!advance())
                return false;
            while (!isPunct("]")) {
                QVariant item;
                if (!expression(&item))
                    return false;
                list.append(item);
                if (isPunct(",") && !advance())
                    return false;
            }
            *value = list;
            return advance();
        }
        if (isPunct("{")) {
            QVariantMap map;
            if (!advance())
                return false;
            while (!isPunct("}")) {
                if (m_current.kind != AlloyToken::String &&
                    m_current.kind != AlloyToken::Identifier)
                    return fail(QStringLiteral("expected an object key"));
                const QString key = m_current.text;
                QVariant item;
                if (!advance() || !expect("=") || !expression(&item))
                    return false;
                map.insert(key, item);
                if (isPunct(",") && !advance())
                    return false;
            }
            *value = map;
            return advance();
        }
        return fail(QStringLiteral("expected a value"));
    }

    AlloyTokenizer m_tokens;
    AlloyToken m_current;
    QString *m_error = nullptr;
};

} // namespace

const AlloyBlock *AlloyBlock::child(const QString &childName, const QString &childLabel) const
{
    for (const AlloyBlock &block : blocks) {
        if (block.name == childName && (childLabel.isEmpty() || block.label == childLabel))
            return &block;
    }
    return nullptr;
}

QList<AlloyBlock> readAlloy(const QString &text, QString *error)
{
    QList<AlloyBlock> blocks;
    error->clear();
    if (!AlloyParser(text).parse(&blocks, error))
        return {};
    return blocks;
}

QString FluentBitSection::value(const QString &key) const
{
    const QStringList all = values(key);
    return all.isEmpty() ? QString() : all.first();
}

QStringList FluentBitSection::values(const QString &key) const
{
    QStringList all;
    for (const auto &[entryName, entryValue] : entries) {
        if (entryName.compare(key, Qt::CaseInsensitive) == 0)
            all.append(entryValue);
    }
    return all;
}

QList<FluentBitSection> readFluentBit(const QString &text, QString *error)
{
    QList<FluentBitSection> sections;
    error->clear();
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']') || line.front().isSpace()) {
                *error = QStringLiteral("bad section header on line %1").arg(i + 1);
                return {};
            }
            sections.append({trimmed.mid(1, trimmed.size() - 2), {}});
            continue;
        }
        // Entries are indented and belong to a section; the key ends at the first space.
        const qsizetype space = trimmed.indexOf(u' ');
        if (sections.isEmpty() || !line.front().isSpace() || space < 0) {
            *error = QStringLiteral("bad entry on line %1").arg(i + 1);
            return {};
        }
        sections.last().entries.append({trimmed.left(space), trimmed.mid(space + 1).trimmed()});
    }
    return sections;
}
