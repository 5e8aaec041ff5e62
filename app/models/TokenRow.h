#pragma once

#include "api/Token.h"

#include <QString>
#include <QStringView>

namespace cockpit {

// One row of TokenTableModel: the token and what filtering and sorting need, computed once
// when the row is made rather than on every keystroke or comparison.
struct TokenRow
{
    Token token;
    // The lower-case name: the name's sort key and part of what the text filter searches. It
    // shares the name's memory when the name is already lower case.
    QString foldedName;
    QString summary;     // the Permissions column's text (shared between equal scope sets)
    QString projectName; // the Project column's text: the project's name, else its ID
    qint64 createdMs = 0;
};

} // namespace cockpit
