#pragma once

#include "api/Token.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cockpit {

// The table's rows as files for audits and spreadsheets: every column, times in ISO 8601 UTC,
// scopes as the API spells them, the regional ID Terraform and the CLI use. A Token carries no
// secret, so an export cannot contain one.
namespace TokenExport {

// The columns, in order: the CSV's header and the JSON objects' keys.
QStringList columns();

// The values of one token, in columns() order; scopes joined by spaces.
QStringList values(const Token &token, const QHash<QString, QString> &projectNames);

// RFC 4180: UTF-8 with a byte-order mark (so that LibreOffice Calc and Excel pick UTF-8), CRLF
// line ends, a field quoted when it holds a comma, a quote, a line break or edge spaces, its
// quotes doubled.
QByteArray toCsv(const QList<Token> &tokens, const QHash<QString, QString> &projectNames);

// A JSON array of objects with the columns as keys; "scopes" is an array of strings.
QByteArray toJson(const QList<Token> &tokens, const QHash<QString, QString> &projectNames);

} // namespace TokenExport
} // namespace cockpit
