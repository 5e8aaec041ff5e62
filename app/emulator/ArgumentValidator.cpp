#include "ArgumentValidator.h"

#include "api/Token.h"

#include <QJsonArray>

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
