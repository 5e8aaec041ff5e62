#include "RequestBuilder.h"

#include "Http2Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cockpit {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

// A JSON string literal, quotes included, escaped by Qt's own writer.
QByteArray jsonString(const QString &value)
{
    QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    // "[\"…\"]" → "\"…\""
    return array.mid(1, array.size() - 2);
}

QString tokensPath(Region region)
{
    return QStringLiteral("/cockpit/v1/regions/") + regionId(region) + QStringLiteral("/tokens");
}

QString dataSourcesPath(Region region)
{
    return QStringLiteral("/cockpit/v1/regions/") + regionId(region) +
           QStringLiteral("/data-sources");
}

} // namespace

RequestBuilder::RequestBuilder(QUrl baseUrl, Secret secretKey, QString userAgent)
    : m_baseUrl(std::move(baseUrl))
    , m_authHeader(secretKey.expose().toUtf8())
    , m_userAgent(userAgent.toUtf8())
{
    // validateBaseUrl() allows only an empty path or "/"; the API paths replace it.
    m_baseUrl.setPath(QString());
}

RequestBuilder::~RequestBuilder()
{
    Secret::overwrite(m_authHeader);
}

QUrl RequestBuilder::urlForPath(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    return url;
}

HttpRequestSpec RequestBuilder::listTokens(const TokenListQuery &query, int page,
                                           int pageSize) const
{
    // Parameters in the order the Go SDK sends them (alphabetical); token_scopes once per scope.
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("order_by"), listOrderId(query.order));
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
    urlQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    urlQuery.addQueryItem(QStringLiteral("project_id"), query.projectId);
    const QStringList scopes = tokenScopeIds(query.scopeFilter);
    for (const QString &scope : scopes)
        urlQuery.addQueryItem(QStringLiteral("token_scopes"), scope);
    QUrl url = urlForPath(tokensPath(query.region));
    url.setQuery(urlQuery);
    return {QByteArrayLiteral("GET"), url, {}, RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::getToken(Region region, const QString &tokenId) const
{
    return {QByteArrayLiteral("GET"),
            urlForPath(tokensPath(region) + QLatin1Char('/') + tokenId),
            {},
            RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::createToken(const CreateTokenRequest &request) const
{
    return {QByteArrayLiteral("POST"), urlForPath(tokensPath(request.region)),
            createTokenBody(request), RetryPolicy::Never};
}

HttpRequestSpec RequestBuilder::deleteToken(Region region, const QString &tokenId) const
{
    return {QByteArrayLiteral("DELETE"),
            urlForPath(tokensPath(region) + QLatin1Char('/') + tokenId),
            {},
            RetryPolicy::ThrottledOnly};
}

HttpRequestSpec RequestBuilder::listProjects(const QString &organizationId, int page,
                                             int pageSize) const
{
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("order_by"), listOrderId(ListOrder::CreatedAtAsc));
    urlQuery.addQueryItem(QStringLiteral("organization_id"), organizationId);
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
    urlQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    QUrl url = urlForPath(QStringLiteral("/account/v3/projects"));
    url.setQuery(urlQuery);
    return {QByteArrayLiteral("GET"), url, {}, RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::getProject(const QString &projectId) const
{
    return {QByteArrayLiteral("GET"),
            urlForPath(QStringLiteral("/account/v3/projects/") + projectId),
            {},
            RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::getApiKey(const QString &accessKey) const
{
    return {QByteArrayLiteral("GET"),
            urlForPath(QStringLiteral("/iam/v1alpha1/api-keys/") + accessKey),
            {},
            RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::listDataSources(const DataSourceListQuery &query, int page,
                                                int pageSize) const
{
    // Alphabetical, as the Go SDK sends them; origin always (unknown_origin = every origin, as
    // the Go SDK sends it too) and types once per type.
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("order_by"), dataSourceOrderId(query.order));
    urlQuery.addQueryItem(QStringLiteral("origin"), dataSourceOriginId(query.origin));
    urlQuery.addQueryItem(QStringLiteral("page"), QString::number(page));
    urlQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    urlQuery.addQueryItem(QStringLiteral("project_id"), query.projectId);
    for (DataSourceType type : query.types) {
        if (type != DataSourceType::Unknown)
            urlQuery.addQueryItem(QStringLiteral("types"), dataSourceTypeId(type));
    }
    QUrl url = urlForPath(dataSourcesPath(query.region));
    url.setQuery(urlQuery);
    return {QByteArrayLiteral("GET"), url, {}, RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::getDataSource(Region region, const QString &dataSourceId) const
{
    return {QByteArrayLiteral("GET"),
            urlForPath(dataSourcesPath(region) + QLatin1Char('/') + dataSourceId),
            {},
            RetryPolicy::SafeRead};
}

HttpRequestSpec RequestBuilder::createDataSource(const CreateDataSourceRequest &request) const
{
    // Never retried: a lost answer may hide a created source, and a retry would make a second.
    return {QByteArrayLiteral("POST"), urlForPath(dataSourcesPath(request.region)),
            createDataSourceBody(request), RetryPolicy::Never};
}

HttpRequestSpec RequestBuilder::getRegionConfig(Region region) const
{
    return {QByteArrayLiteral("GET"),
            urlForPath(QStringLiteral("/cockpit/v1/regions/") + regionId(region) +
                       QStringLiteral("/config")),
            {},
            RetryPolicy::SafeRead};
}

QNetworkRequest RequestBuilder::networkRequest(const HttpRequestSpec &spec) const
{
    QNetworkRequest request(spec.url);
    request.setRawHeader(QByteArrayLiteral("X-Auth-Token"), m_authHeader);
    request.setRawHeader(QByteArrayLiteral("Accept"), kJson);
    request.setRawHeader(QByteArrayLiteral("User-Agent"), m_userAgent);
    if (!spec.body.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Content-Type"), kJson);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Answers hold secrets (a create) and change all the time: nothing goes through a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/2 (as the real API answers) where this Qt handles a gateway's GOAWAY safely.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Allowed());
    return request;
}

QByteArray RequestBuilder::createTokenBody(const CreateTokenRequest &request)
{
    QByteArray body;
    body.reserve(128);
    body += "{\"project_id\":" + jsonString(request.projectId);
    body += ",\"name\":" + jsonString(request.name);
    body += ",\"token_scopes\":[";
    const QStringList scopes = tokenScopeIds(request.scopes);
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        if (i > 0)
            body += ',';
        body += jsonString(scopes.at(i));
    }
    body += "]}";
    return body;
}

QByteArray RequestBuilder::createDataSourceBody(const CreateDataSourceRequest &request)
{
    QByteArray body;
    body.reserve(128);
    body += "{\"project_id\":" + jsonString(request.projectId);
    body += ",\"name\":" + jsonString(request.name);
    body += ",\"type\":" + jsonString(dataSourceTypeId(request.type));
    if (request.retentionDays)
        body += ",\"retention_days\":" + QByteArray::number(*request.retentionDays);
    body += '}';
    return body;
}

} // namespace cockpit
