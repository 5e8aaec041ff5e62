#pragma once

#include <QString>

namespace cockpit {

// True for what some reader of a generated file may take as the end of a line: the C0 controls,
// DEL, and the Unicode line breaks NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
// (U+2029), which YAML 1.1 readers (PyYAML, Prometheus' promtool) break lines at.
bool breaksALine(QChar c);

// A double-quoted string literal with backslash escapes, as YAML, Alloy (River) and HCL all read
// it: \" \\ \n \r \t, and \uXXXX for any other character of breaksALine().
enum class TemplateIntroducers
{
    Literal, // "${" stays as it is (YAML, Alloy)
    Doubled, // "$${" and "%%{", so HCL reads them as text, not as a template
};
QString backslashQuoted(const QString &text,
                        TemplateIntroducers introducers = TemplateIntroducers::Literal);

} // namespace cockpit
