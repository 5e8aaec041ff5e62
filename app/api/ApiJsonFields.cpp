#include "ApiJsonFields.h"

#include "ApiJsonValues.h"
#include "Token.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace cockpit::ApiJson::Fields {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit::ApiJson", text);
}

QString Where::field(QLatin1String key) const
{
    if (!array)
        return key;
    return QLatin1String(array) + QLatin1Char('[') + QString::number(index) + QStringLiteral("].") +
           key;
}

bool fail(QString *problem, const QString &text)
{
    *problem = text;
    return false;
}

bool expected(QString *problem, const Where &where, QLatin1String key, const char *what)
{
    return fail(problem, QCoreApplication::translate("cockpit::ApiJson", "field %1: expected %2")
                             .arg(where.field(key), translated(what)));
}

bool readObject(const QByteArray &body, QJsonObject *out, QString *problem)
{
    if (body.isEmpty())
        return fail(problem, QCoreApplication::translate("cockpit::ApiJson", "the body is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(problem,
                    QCoreApplication::translate("cockpit::ApiJson", "not JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(problem, QCoreApplication::translate("cockpit::ApiJson", "not a JSON object"));
    *out = document.object();
    return true;
}

bool requireString(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                   QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return expected(problem, where, key, QT_TRANSLATE_NOOP("cockpit::ApiJson", "a string"));
    *out = value.toString();
    return true;
}

bool requireUuid(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                 QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || !isUuid(value.toString()))
        return expected(problem, where, key, QT_TRANSLATE_NOOP("cockpit::ApiJson", "a UUID"));
    *out = value.toString();
    return true;
}

// Absent and null both read as an empty string.
bool optionalString(const QJsonObject &object, QLatin1String key, const Where &where, QString *out,
                    QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    return requireString(object, key, where, out, problem);
}

bool requireTimestamp(const QJsonObject &object, QLatin1String key, const Where &where,
                      QDateTime *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    std::optional<QDateTime> parsed;
    if (value.isString())
        parsed = parseTimestamp(value.toString());
    if (!parsed) {
        return expected(problem, where, key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "an RFC 3339 timestamp"));
    }
    *out = *parsed;
    return true;
}

// Absent and null both read as an invalid QDateTime.
bool optionalTimestamp(const QJsonObject &object, QLatin1String key, const Where &where,
                       QDateTime *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = QDateTime();
        return true;
    }
    return requireTimestamp(object, key, where, out, problem);
}

bool requireCount(const QJsonObject &object, QLatin1String key, int *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    const double number = value.isDouble() ? value.toDouble() : -1.0;
    if (!std::isfinite(number) || number < 0 || number > kMaxTotalCount ||
        std::floor(number) != number) {
        return expected(problem, Where(), key,
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "a whole number of items"));
    }
    *out = static_cast<int>(number);
    return true;
}

bool requireArray(const QJsonObject &object, QLatin1String key, QJsonArray *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return expected(problem, Where(), key, QT_TRANSLATE_NOOP("cockpit::ApiJson", "an array"));
    *out = value.toArray();
    return true;
}

bool requireElementObject(const QJsonValue &value, const Where &where, QJsonObject *out,
                          QString *problem)
{
    if (!value.isObject()) {
        return fail(problem,
                    QCoreApplication::translate("cockpit::ApiJson", "%1[%2]: expected an object")
                        .arg(QLatin1String(where.array))
                        .arg(where.index));
    }
    *out = value.toObject();
    return true;
}

ApiError malformed(const QString &problem)
{
    return ApiError::local(
        ApiError::Kind::MalformedResponse,
        QCoreApplication::translate("cockpit::ApiJson", "The server's answer is not valid: %1.")
            .arg(problem));
}

} // namespace cockpit::ApiJson::Fields
