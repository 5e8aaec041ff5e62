#include "ApiJson.h"

#include "UtcDateTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace cockpit::ApiJson {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit::ApiJson", text);
}

// Names the place of a field in an answer ("tokens[3].id") only when something is wrong with it,
// so that parsing thousands of valid tokens builds no strings.
struct Where
{
    const char *array = nullptr;
    qsizetype index = -1;

    QString field(QLatin1String key) const
    {
        if (!array)
            return key;
        return QLatin1String(array) + QLatin1Char('[') + QString::number(index) +
               QStringLiteral("].") + key;
    }
};

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

// A secret_key outside a create's answer is not kept, but it must still be of a documented type.
bool ignoredSecret(const QJsonObject &object, const Where &where, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String("secret_key"));
    if (value.isUndefined() || value.isNull() || value.isString())
        return true;
    return expected(problem, where, QLatin1String("secret_key"),
                    QT_TRANSLATE_NOOP("cockpit::ApiJson", "a string or null"));
}

bool readToken(const QJsonObject &object, std::optional<Region> region, const Where &where,
               Token *out, QString *problem)
{
    Token token;
    if (!requireUuid(object, QLatin1String("id"), where, &token.id, problem) ||
        !requireUuid(object, QLatin1String("project_id"), where, &token.projectId, problem) ||
        !requireString(object, QLatin1String("name"), where, &token.name, problem) ||
        !requireTimestamp(object, QLatin1String("created_at"), where, &token.createdAt, problem) ||
        !optionalTimestamp(object, QLatin1String("updated_at"), where, &token.updatedAt, problem) ||
        !ignoredSecret(object, where, problem)) {
        return false;
    }

    const QJsonValue regionValue = object.value(QLatin1String("region"));
    const std::optional<Region> tokenRegion =
        regionValue.isString() ? regionFromId(regionValue.toString()) : std::nullopt;
    if (!tokenRegion || (region && *tokenRegion != *region)) {
        const char *what = region ? QT_TRANSLATE_NOOP("cockpit::ApiJson", "the region asked for")
                                  : QT_TRANSLATE_NOOP("cockpit::ApiJson", "a known region");
        return expected(problem, where, QLatin1String("region"), what);
    }
    token.region = *tokenRegion;

    const QJsonValue scopesValue = object.value(QLatin1String("scopes"));
    if (!scopesValue.isArray()) {
        return expected(problem, where, QLatin1String("scopes"),
                        QT_TRANSLATE_NOOP("cockpit::ApiJson", "an array of strings"));
    }
    const QJsonArray scopes = scopesValue.toArray();
    for (const QJsonValue &scope : scopes) {
        if (!scope.isString()) {
            return expected(problem, where, QLatin1String("scopes"),
                            QT_TRANSLATE_NOOP("cockpit::ApiJson", "an array of strings"));
        }
        const QString id = scope.toString();
        if (const std::optional<TokenScope> known = tokenScopeFromId(id))
            token.scopes |= *known;
        else if (!token.unknownScopes.contains(id))
            token.unknownScopes.append(id);
    }
    *out = std::move(token);
    return true;
}

bool readProject(const QJsonObject &object, const Where &where, Project *out, QString *problem)
{
    Project project;
    if (!requireUuid(object, QLatin1String("id"), where, &project.id, problem) ||
        !requireString(object, QLatin1String("name"), where, &project.name, problem) ||
        !requireUuid(object, QLatin1String("organization_id"), where, &project.organizationId,
                     problem) ||
        !optionalString(object, QLatin1String("description"), where, &project.description,
                        problem) ||
        !requireTimestamp(object, QLatin1String("created_at"), where, &project.createdAt,
                          problem) ||
        !optionalTimestamp(object, QLatin1String("updated_at"), where, &project.updatedAt,
                           problem)) {
        return false;
    }
    *out = std::move(project);
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

// Digits at text[pos, pos+count) as a number; -1 when any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM), checked by hand: it is fast and rejects the
    // variants QDateTime::fromString would quietly accept (no seconds, no zone).
    if (text.size() < 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-') ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t')) ||
        text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':')) {
        return std::nullopt;
    }
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;

    qsizetype pos = 19;
    int millis = 0;
    if (text.at(pos) == QLatin1Char('.')) {
        const qsizetype start = ++pos;
        while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128) {
            if (pos - start < 3)
                millis = millis * 10 + (text.at(pos).unicode() - '0');
            ++pos;
        }
        const qsizetype count = pos - start;
        if (count == 0 || count > 9)
            return std::nullopt;
        for (qsizetype i = count; i < 3; ++i)
            millis *= 10;
    }

    int offsetSeconds = 0;
    if (pos >= text.size())
        return std::nullopt;
    const QChar zone = text.at(pos);
    if (zone == QLatin1Char('Z') || zone == QLatin1Char('z')) {
        if (pos + 1 != text.size())
            return std::nullopt;
    } else if (zone == QLatin1Char('+') || zone == QLatin1Char('-')) {
        if (pos + 6 != text.size() || text.at(pos + 3) != QLatin1Char(':'))
            return std::nullopt;
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60;
        if (zone == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
    } else {
        return std::nullopt;
    }

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return UtcDateTime::fromDateAndTime(date, time).addSecs(-offsetSeconds);
}

ApiError parseTokenPage(const QByteArray &body, Region region, TokenPage *out)
{
    QString problem;
    QJsonObject object;
    QJsonArray array;
    TokenPage page;
    if (!readObject(body, &object, &problem) ||
        !requireCount(object, QLatin1String("total_count"), &page.totalCount, &problem) ||
        !requireArray(object, QLatin1String("tokens"), &array, &problem)) {
        return malformed(problem);
    }
    page.tokens.reserve(array.size());
    Where where{"tokens", 0};
    for (; where.index < array.size(); ++where.index) {
        QJsonObject tokenObject;
        Token token;
        if (!requireElementObject(array.at(where.index), where, &tokenObject, &problem) ||
            !readToken(tokenObject, region, where, &token, &problem)) {
            return malformed(problem);
        }
        // The tokens of a page share one project: share its ID's memory too.
        if (!page.tokens.isEmpty() && page.tokens.constLast().projectId == token.projectId)
            token.projectId = page.tokens.constLast().projectId;
        page.tokens.append(std::move(token));
    }
    if (page.tokens.size() > page.totalCount) {
        return malformed(
            QCoreApplication::translate("cockpit::ApiJson",
                                        "total_count %1 is less than the %2 tokens of the page")
                .arg(page.totalCount)
                .arg(page.tokens.size()));
    }
    *out = std::move(page);
    return {};
}

ApiError parseToken(const QByteArray &body, std::optional<Region> region, Token *out)
{
    QString problem;
    QJsonObject object;
    Token token;
    if (!readObject(body, &object, &problem) ||
        !readToken(object, region, Where(), &token, &problem))
        return malformed(problem);
    *out = std::move(token);
    return {};
}

ApiError parseCreatedToken(const QByteArray &body, Region region, CreatedToken *out)
{
    QString problem;
    QJsonObject object;
    CreatedToken created;
    if (!readObject(body, &object, &problem) ||
        !readToken(object, region, Where(), &created.token, &problem)) {
        return malformed(problem);
    }
    const QJsonValue secret = object.value(QLatin1String("secret_key"));
    if (!secret.isString() || secret.toString().isEmpty()) {
        expected(&problem, Where(), QLatin1String("secret_key"),
                 QT_TRANSLATE_NOOP("cockpit::ApiJson", "the new token's secret"));
        return malformed(problem);
    }
    created.secretKey = Secret(secret.toString());
    *out = std::move(created);
    return {};
}

ApiError parseProjectPage(const QByteArray &body, ProjectPage *out)
{
    QString problem;
    QJsonObject object;
    QJsonArray array;
    ProjectPage page;
    if (!readObject(body, &object, &problem) ||
        !requireCount(object, QLatin1String("total_count"), &page.totalCount, &problem) ||
        !requireArray(object, QLatin1String("projects"), &array, &problem)) {
        return malformed(problem);
    }
    page.projects.reserve(array.size());
    Where where{"projects", 0};
    for (; where.index < array.size(); ++where.index) {
        QJsonObject projectObject;
        Project project;
        if (!requireElementObject(array.at(where.index), where, &projectObject, &problem) ||
            !readProject(projectObject, where, &project, &problem)) {
            return malformed(problem);
        }
        page.projects.append(std::move(project));
    }
    if (page.projects.size() > page.totalCount) {
        return malformed(
            QCoreApplication::translate("cockpit::ApiJson",
                                        "total_count %1 is less than the %2 projects of the page")
                .arg(page.totalCount)
                .arg(page.projects.size()));
    }
    *out = std::move(page);
    return {};
}

ApiError parseProject(const QByteArray &body, Project *out)
{
    QString problem;
    QJsonObject object;
    Project project;
    if (!readObject(body, &object, &problem) || !readProject(object, Where(), &project, &problem))
        return malformed(problem);
    *out = std::move(project);
    return {};
}

ApiError parseApiKey(const QByteArray &body, ApiKeyInfo *out)
{
    QString problem;
    QJsonObject object;
    ApiKeyInfo key;
    const Where where;
    if (!readObject(body, &object, &problem) ||
        !requireString(object, QLatin1String("access_key"), where, &key.accessKey, &problem) ||
        !optionalString(object, QLatin1String("description"), where, &key.description, &problem) ||
        !optionalString(object, QLatin1String("default_project_id"), where, &key.defaultProjectId,
                        &problem) ||
        !optionalString(object, QLatin1String("user_id"), where, &key.userId, &problem) ||
        !optionalString(object, QLatin1String("application_id"), where, &key.applicationId,
                        &problem) ||
        !optionalTimestamp(object, QLatin1String("created_at"), where, &key.createdAt, &problem) ||
        !optionalTimestamp(object, QLatin1String("expires_at"), where, &key.expiresAt, &problem) ||
        !ignoredSecret(object, where, &problem)) {
        return malformed(problem);
    }
    if (key.accessKey.isEmpty()) {
        expected(&problem, where, QLatin1String("access_key"),
                 QT_TRANSLATE_NOOP("cockpit::ApiJson", "an access key"));
        return malformed(problem);
    }
    *out = std::move(key);
    return {};
}

} // namespace cockpit::ApiJson
