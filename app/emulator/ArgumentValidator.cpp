#include "ArgumentValidator.h"

#include "api/Token.h"

#include <QJsonArray>

#include <cmath>

// Help messages are the API's protocol text (English), not user interface text.

namespace cockpit {
namespace {

QString requiredHelp()
{
    return QStringLiteral("this field is required");
}

QString uuidHelp()
{
    return QStringLiteral("must be a valid UUID");
}

} // namespace

void ArgumentValidator::add(const QString &argumentName, const QString &reason,
                            const QString &helpMessage)
{
    m_errors.append({argumentName, reason, helpMessage});
}

void ArgumentValidator::checkUuid(const QString &name, const QString &value)
{
    if (!isUuid(value))
        add(name, QStringLiteral("format"), uuidHelp());
}

QString ArgumentValidator::queryUuid(const QUrlQuery &query, const QString &name, bool required)
{
    if (!query.hasQueryItem(name) || query.queryItemValue(name).isEmpty()) {
        if (required)
            add(name, QStringLiteral("required"), requiredHelp());
        return {};
    }
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (!isUuid(value)) {
        add(name, QStringLiteral("format"), uuidHelp());
        return {};
    }
    return value.toLower();
}

int ArgumentValidator::queryInteger(const QUrlQuery &query, const QString &name, int minimum,
                                    int maximum, int fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool isNumber = false;
    const int value = query.queryItemValue(name, QUrl::FullyDecoded).toInt(&isNumber);
    if (!isNumber) {
        add(name, QStringLiteral("format"), QStringLiteral("must be an integer"));
        return fallback;
    }
    if (value < minimum || value > maximum) {
        add(name, QStringLiteral("constraint"),
            maximum == INT_MAX
                ? QStringLiteral("must be greater than or equal to %1").arg(minimum)
                : QStringLiteral("must be between %1 and %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return value;
}

TokenOrder ArgumentValidator::queryOrder(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return TokenOrder::CreatedAtAsc;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (value == QLatin1String("created_at_asc"))
        return TokenOrder::CreatedAtAsc;
    if (value == QLatin1String("created_at_desc"))
        return TokenOrder::CreatedAtDesc;
    if (value == QLatin1String("name_asc"))
        return TokenOrder::NameAsc;
    if (value == QLatin1String("name_desc"))
        return TokenOrder::NameDesc;
    add(name, QStringLiteral("unknown"),
        QStringLiteral("must be one of created_at_asc, created_at_desc, name_asc, name_desc"));
    return TokenOrder::CreatedAtAsc;
}

TokenScopes ArgumentValidator::queryScopes(const QUrlQuery &query, const QString &name)
{
    TokenScopes scopes;
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    for (const QString &value : values) {
        if (const auto scope = tokenScopeFromId(value))
            scopes |= *scope;
        else
            add(name, QStringLiteral("unknown"),
                QStringLiteral("unknown token scope \"%1\"").arg(value));
    }
    return scopes;
}

QString ArgumentValidator::bodyUuid(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
        add(name, QStringLiteral("required"), requiredHelp());
        return {};
    }
    if (!value.isString() || !isUuid(value.toString())) {
        add(name, QStringLiteral("format"), uuidHelp());
        return {};
    }
    return value.toString().toLower();
}

QString ArgumentValidator::bodyTokenName(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull()) {
        add(name, QStringLiteral("required"), requiredHelp());
        return {};
    }
    if (!value.isString()) {
        add(name, QStringLiteral("format"), QStringLiteral("must be a string"));
        return {};
    }
    if (!isValidTokenName(value.toString())) {
        add(name, QStringLiteral("constraint"),
            QStringLiteral("must be 3 to 50 characters long and contain only letters, digits, "
                           "dashes and underscores"));
        return {};
    }
    return value.toString();
}

TokenScopes ArgumentValidator::bodyScopes(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        add(name, QStringLiteral("format"), QStringLiteral("must be a list of token scopes"));
        return {};
    }
    TokenScopes scopes;
    const QJsonArray values = value.toArray();
    for (const QJsonValue &entry : values) {
        const auto scope = entry.isString() ? tokenScopeFromId(entry.toString()) : std::nullopt;
        if (scope)
            scopes |= *scope;
        else
            add(name, QStringLiteral("unknown"),
                QStringLiteral("unknown token scope \"%1\"").arg(entry.toVariant().toString()));
    }
    return scopes;
}

} // namespace cockpit

namespace cockpit {

DataSourceOrigin ArgumentValidator::queryOrigin(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return DataSourceOrigin::Unknown;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (value == dataSourceOriginId(DataSourceOrigin::Unknown))
        return DataSourceOrigin::Unknown;
    if (const auto origin = dataSourceOriginFromId(value))
        return *origin;
    add(name, QStringLiteral("unknown"),
        QStringLiteral("must be one of unknown_origin, scaleway, external, custom"));
    return DataSourceOrigin::Unknown;
}

QList<DataSourceType> ArgumentValidator::queryDataSourceTypes(const QUrlQuery &query,
                                                              const QString &name)
{
    QList<DataSourceType> types;
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    for (const QString &value : values) {
        // The zero value selects nothing more than no value at all (inferred).
        if (value == dataSourceTypeId(DataSourceType::Unknown))
            continue;
        if (const auto type = dataSourceTypeFromId(value)) {
            if (!types.contains(*type))
                types.append(*type);
        } else {
            add(name, QStringLiteral("unknown"),
                QStringLiteral("unknown data source type \"%1\"").arg(value));
        }
    }
    return types;
}

DataSourceOrder ArgumentValidator::queryDataSourceOrder(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return DataSourceOrder::CreatedAtAsc;
    if (const auto order = dataSourceOrderFromId(query.queryItemValue(name, QUrl::FullyDecoded)))
        return *order;
    add(name, QStringLiteral("unknown"),
        QStringLiteral("must be one of created_at_asc, created_at_desc, name_asc, name_desc, "
                       "type_asc, type_desc"));
    return DataSourceOrder::CreatedAtAsc;
}

std::optional<QString> ArgumentValidator::bodyDataSourceName(const QJsonObject &body,
                                                             const QString &name, bool required)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            add(name, QStringLiteral("required"), requiredHelp());
        return std::nullopt;
    }
    if (!value.isString()) {
        add(name, QStringLiteral("format"), QStringLiteral("must be a string"));
        return std::nullopt;
    }
    if (!isValidDataSourceName(value.toString())) {
        add(name, QStringLiteral("constraint"),
            QStringLiteral("must be 3 to 50 characters long and contain only letters, digits, "
                           "dashes, underscores, dots and spaces"));
        return std::nullopt;
    }
    return value.toString();
}

DataSourceType ArgumentValidator::bodyDataSourceType(const QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull() ||
        value.toString() == dataSourceTypeId(DataSourceType::Unknown)) {
        add(name, QStringLiteral("required"), requiredHelp());
        return DataSourceType::Unknown;
    }
    const auto type = value.isString() ? dataSourceTypeFromId(value.toString()) : std::nullopt;
    if (!type) {
        add(name, QStringLiteral("unknown"),
            QStringLiteral("must be one of metrics, logs, traces"));
        return DataSourceType::Unknown;
    }
    return *type;
}

std::optional<int> ArgumentValidator::bodyRetentionDays(const QJsonObject &body,
                                                        const QString &name,
                                                        const RetentionRange &range)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.isDouble() ? value.toDouble() : 0.5;
    if (!std::isfinite(number) || std::floor(number) != number) {
        add(name, QStringLiteral("format"), QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    if (number < range.minDays || number > range.maxDays) {
        add(name, QStringLiteral("constraint"),
            QStringLiteral("must be between %1 and %2").arg(range.minDays).arg(range.maxDays));
        return std::nullopt;
    }
    return int(number);
}

} // namespace cockpit
