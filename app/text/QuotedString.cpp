#include "QuotedString.h"

namespace cockpit {

bool breaksALine(QChar c)
{
    const char16_t code = c.unicode();
    return code < 0x20 || code == 0x7f || code == 0x85 || code == 0x2028 || code == 0x2029;
}

QString backslashQuoted(const QString &text, TemplateIntroducers introducers)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else if (breaksALine(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
            const bool introducer = introducers == TemplateIntroducers::Doubled &&
                                    (c == QLatin1Char('$') || c == QLatin1Char('%')) &&
                                    i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{');
            if (introducer)
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace cockpit
