#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

// The field readers the strict decoders of ApiJson are built from (tokens, projects, data
// sources). Each checks one field and, when it is missing or of the wrong type, writes a
// translated description of the problem to *problem and returns false; *out is then untouched.
// For ApiJson's implementation files only.
namespace cockpit::ApiJson::Fields {

// Names the place of a field in an answer ("tokens[3].id") only when something is wrong with it,
// so that parsing thousands of valid items builds no strings.
struct Where
{
    const char *array = nullptr;
    qsizetype index = -1;

    QString field(QLatin1String key) const;
};

// A text of the "cockpit::ApiJson" context, marked with QT_TRANSLATE_NOOP where it is written.
QString translated(const char *text);
bool fail(QString *problem, const QString &text);
// "field <where.key>: expected <what>"; `what` is a QT_TRANSLATE_NOOP of "cockpit::ApiJson".
bool expected(QString *problem, const Where &where, QLatin1String key, const char *what);

bool readObject(const QByteArray &body, QJsonObject *out, QString *problem);
bool requireString(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                   QString *problem);
bool requireUuid(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                 QString *problem);
// Absent and null both read as an empty string.
bool optionalString(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                    QString *problem);
bool requireTimestamp(const QJsonObject &object, QLatin1String key, const Where &where,
                      QDateTime *out, QString *problem);
// Absent and null both read as an invalid QDateTime.
bool optionalTimestamp(const QJsonObject &object, QLatin1String key, const Where &where,
                       QDateTime *out, QString *problem);
// A list's total_count: a whole number from 0 to kMaxTotalCount.
bool requireCount(const QJsonObject &object, QLatin1String key, int *out, QString *problem);
bool requireArray(const QJsonObject &object, QLatin1String key, QJsonArray *out, QString *problem);
bool requireElementObject(const QJsonValue &value, const Where &where, QJsonObject *out,
                          QString *problem);

// The MalformedResponse error that wraps a problem.
ApiError malformed(const QString &problem);

} // namespace cockpit::ApiJson::Fields
