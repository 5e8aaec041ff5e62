#pragma once

#include <QString>

namespace cockpit {

// A double-quoted string literal with backslash escapes, as YAML, Alloy (River) and HCL all read
// it: \" \\ \n \r \t, and \uXXXX for any other control character.
enum class TemplateIntroducers
{
    Literal, // "${" stays as it is (YAML, Alloy)
    Doubled, // "$${" and "%%{", so HCL reads them as text, not as a template
};
QString backslashQuoted(const QString &text,
                        TemplateIntroducers introducers = TemplateIntroducers::Literal);

} // namespace cockpit
