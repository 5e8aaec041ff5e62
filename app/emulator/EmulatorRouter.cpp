#include "EmulatorRouter.h"

#include "AccountEndpoints.h"
#include "DataSourceEndpoints.h"
#include "EmulatorJson.h"
#include "EmulatorStore.h"
#include "PushEndpoints.h"
#include "TokenEndpoints.h"

#include "api/Token.h"

namespace cockpit {
namespace {

enum class Route
{
    None,
    Tokens,
    Token,
    DataSources,
    DataSource,
    RegionConfig,
    Projects,
    Project,
    ApiKey
};

struct Match
{
    Route route = Route::None;
    QString region;
    QString id;
};

Match match(const QString &path)
{
    // Empty segments are kept, so a trailing slash or "//" matches no route, as on the gateway.
    const QStringList parts = path.mid(path.startsWith(QLatin1Char('/')) ? 1 : 0)
                                  .split(QLatin1Char('/'), Qt::KeepEmptyParts);
    const auto is = [&parts](int index, QLatin1String text) { return parts.at(index) == text; };
    Match m;
    const bool regional = parts.size() >= 5 && parts.size() <= 6 &&
                          is(0, QLatin1String("cockpit")) && is(1, QLatin1String("v1")) &&
                          is(2, QLatin1String("regions")) && !parts.at(3).isEmpty();
    const bool tokens = regional && is(4, QLatin1String("tokens"));
    const bool dataSources = regional && is(4, QLatin1String("data-sources"));
    if (tokens || dataSources) {
        m.region = parts.at(3);
        if (parts.size() == 5) {
            m.route = tokens ? Route::Tokens : Route::DataSources;
        } else if (!parts.at(5).isEmpty()) {
            m.route = tokens ? Route::Token : Route::DataSource;
            m.id = parts.at(5);
        }
    } else if (regional && parts.size() == 5 && is(4, QLatin1String("config"))) {
        m.region = parts.at(3);
        m.route = Route::RegionConfig;
    } else if (parts.size() >= 3 && parts.size() <= 4 && is(0, QLatin1String("account")) &&
               is(1, QLatin1String("v3")) && is(2, QLatin1String("projects"))) {
        if (parts.size() == 3) {
            m.route = Route::Projects;
        } else if (!parts.at(3).isEmpty()) {
            m.route = Route::Project;
            m.id = parts.at(3);
        }
    } else if (parts.size() == 4 && is(0, QLatin1String("iam")) &&
               is(1, QLatin1String("v1alpha1")) && is(2, QLatin1String("api-keys")) &&
               !parts.at(3).isEmpty()) {
        m.route = Route::ApiKey;
        m.id = parts.at(3);
    }
    return m;
}

QList<QByteArray> allowedMethods(Route route)
{
    switch (route) {
    case Route::Tokens:
        return {"GET", "POST"};
    case Route::Token:
        return {"GET", "DELETE"};
    case Route::DataSources:
        return {"GET", "POST"};
    case Route::DataSource:
        return {"GET", "PATCH", "DELETE"};
    case Route::RegionConfig:
    case Route::Projects:
    case Route::Project:
    case Route::ApiKey:
        return {"GET"};
    case Route::None:
        break;
    }
    return {};
}

} // namespace

EmulatorRouter::EmulatorRouter(EmulatorStore &store)
    : m_store(store)
{
}

QByteArray EmulatorRouter::headerValue(const RecordedHttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EmulatorResponse EmulatorRouter::route(const RecordedHttpRequest &request) const
{
    // Pushes carry a token's secret, not an API key: they never reach the X-Auth-Token check.
    QList<ReceivedPush> forgotten;
    if (auto pushed = PushEndpoints(m_store, m_pushLog ? *m_pushLog : forgotten).answer(request))
        return *pushed;

    const Match m = match(request.path);
    if (m.route == Route::None)
        return EmulatorResponse::json(404, EmulatorJson::noRoute());
    const QList<QByteArray> allowed = allowedMethods(m.route);
    if (!allowed.contains(request.method)) {
        EmulatorResponse response = EmulatorResponse::json(405, EmulatorJson::methodNotAllowed());
        response.addHeader("Allow", allowed.join(", "));
        return response;
    }

    // Regional APIs are routed per region before anything else: an unknown region has no
    // backend to answer. The body is the API's not_found shape naming the region (inferred).
    std::optional<Region> region;
    if (!m.region.isEmpty()) {
        region = regionFromId(m.region);
        if (!region)
            return EmulatorResponse::json(
                404, EmulatorJson::notFound(QStringLiteral("region"), m.region));
    }

    const QString secret = QString::fromLatin1(headerValue(request, "X-Auth-Token")).trimmed();
    if (!isUuid(secret))
        return EmulatorResponse::json(
            401, EmulatorJson::deniedAuthentication(QStringLiteral("invalid_argument")));
    const auto caller = m_store.apiKeyBySecret(secret);
    if (!caller)
        return EmulatorResponse::json(
            401, EmulatorJson::deniedAuthentication(QStringLiteral("not_found")));

    switch (m.route) {
    case Route::Tokens: {
        TokenEndpoints tokens(m_store, *caller);
        return request.method == "POST" ? tokens.create(*region, request.body)
                                        : tokens.list(*region, request.query);
    }
    case Route::Token: {
        TokenEndpoints tokens(m_store, *caller);
        return request.method == "DELETE" ? tokens.remove(*region, m.id)
                                          : tokens.get(*region, m.id);
    }
    case Route::DataSources: {
        DataSourceEndpoints sources(m_store, *caller);
        return request.method == "POST" ? sources.create(*region, request.body)
                                        : sources.list(*region, request.query);
    }
    case Route::DataSource: {
        DataSourceEndpoints sources(m_store, *caller);
        if (request.method == "PATCH")
            return sources.update(*region, m.id, request.body);
        return request.method == "DELETE" ? sources.remove(*region, m.id)
                                          : sources.get(*region, m.id);
    }
    case Route::RegionConfig:
        return DataSourceEndpoints(m_store, *caller).regionConfig(*region);
    case Route::Projects:
        return AccountEndpoints(m_store, *caller).listProjects(request.query);
    case Route::Project:
        return AccountEndpoints(m_store, *caller).getProject(m.id);
    case Route::ApiKey:
        return AccountEndpoints(m_store, *caller).getApiKey(m.id, m_apiKeyLookupDenied);
    case Route::None:
        break;
    }
    return EmulatorResponse::json(404, EmulatorJson::noRoute());
}

} // namespace cockpit
