#include "ApiJson.h"

#include "ApiJsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cockpit::ApiJson {
namespace {

using namespace Fields;

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

} // namespace

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
