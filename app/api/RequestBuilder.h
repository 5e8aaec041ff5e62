#pragma once

#include "ClientSettings.h"
#include "DataSource.h"
#include "Region.h"
#include "Secret.h"
#include "Token.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace cockpit {

// Which failures of a request may be retried automatically (see RequestRunner).
enum class RetryPolicy
{
    // GET: network errors, 5xx and 429 are retried; reading twice does no harm.
    SafeRead,
    // DELETE: only a 429, which the gateway sends before the request reaches the API. Anything
    // else (a 5xx, a dropped connection) may come after the token was deleted, and a second
    // DELETE would then report a misleading 404; the caller decides instead. (Qt itself still
    // re-sends a DELETE whose connection closed before any byte of answer, as HTTP allows for an
    // idempotent method; the worst that does is that 404.)
    ThrottledOnly,
    // POST (create): never. A lost answer may hide a created token whose secret is gone; a retry
    // would create a second one. Qt's own re-send is prevented too (see OneShotBody).
    Never,
};

// One HTTP request of the API, before headers are added.
struct HttpRequestSpec
{
    QByteArray verb; // "GET", "POST" or "DELETE"
    QUrl url;
    QByteArray body; // JSON; empty when the request has none
    RetryPolicy retry = RetryPolicy::SafeRead;
};

// Builds the API's requests: method, URL with its query, JSON body and headers. Owns no state but
// the connection settings, so that request building is tested without a network.
class RequestBuilder
{
public:
    RequestBuilder(QUrl baseUrl, Secret secretKey, QString userAgent);
    RequestBuilder(const RequestBuilder &) = default;
    RequestBuilder &operator=(const RequestBuilder &) = default;
    // Zeroes the X-Auth-Token value once no request shares it any more.
    ~RequestBuilder();

    HttpRequestSpec listTokens(const TokenListQuery &query, int page, int pageSize) const;
    HttpRequestSpec getToken(Region region, const QString &tokenId) const;
    HttpRequestSpec createToken(const CreateTokenRequest &request) const;
    HttpRequestSpec deleteToken(Region region, const QString &tokenId) const;
    HttpRequestSpec listProjects(const QString &organizationId, int page, int pageSize) const;
    HttpRequestSpec getProject(const QString &projectId) const;
    HttpRequestSpec getApiKey(const QString &accessKey) const;
    HttpRequestSpec listDataSources(const DataSourceListQuery &query, int page, int pageSize) const;
    HttpRequestSpec getDataSource(Region region, const QString &dataSourceId) const;
    HttpRequestSpec createDataSource(const CreateDataSourceRequest &request) const;
    HttpRequestSpec getRegionConfig(Region region) const;

    // The request with every header: X-Auth-Token, Accept, User-Agent and, with a body,
    // Content-Type. Redirects are not followed, so the key never travels to another host.
    QNetworkRequest networkRequest(const HttpRequestSpec &spec) const;

    // {"project_id":…,"name":…,"token_scopes":[…]} in the field order the official SDKs send.
    // Empty scopes are sent as [] (the Go SDK sends null for a nil list; the API treats both, and
    // an absent field, as "no scopes"; [] says so without relying on that).
    static QByteArray createTokenBody(const CreateTokenRequest &request);
    // {"project_id":…,"name":…,"type":…[,"retention_days":N]}, in the SDKs' field order; without
    // a retention the API applies the region's default for the type.
    static QByteArray createDataSourceBody(const CreateDataSourceRequest &request);

private:
    QUrl urlForPath(const QString &path) const;

    QUrl m_baseUrl;
    // The key as the header carries it, made once: every request shares these bytes, so the one
    // copy this program makes can be zeroed (Qt's network stack copies it again for the wire,
    // which nothing outside Qt can reach).
    QByteArray m_authHeader;
    QByteArray m_userAgent;
};

} // namespace cockpit
