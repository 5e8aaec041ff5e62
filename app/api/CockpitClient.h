#pragma once

#include "ApiReply.h"
#include "ClientSettings.h"
#include "DataSourceReply.h"
#include "Region.h"
#include "Secret.h"
#include "Token.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace cockpit {

// The Cockpit (and the bits of Account and IAM it needs) API client. Talks HTTP through the
// injected QNetworkAccessManager; it does not own it. Every operation returns a reply object at
// once (see ApiReply). Safe reads are retried on network errors, 5xx and 429 with exponential
// backoff and jitter; a create is never retried. The client paces itself from
// X-Ratelimit-Remaining/Reset.
class CockpitClient : public QObject
{
    Q_OBJECT

public:
    CockpitClient(QNetworkAccessManager *network, ClientSettings settings,
                  QObject *parent = nullptr);
    ~CockpitClient() override;

    const ClientSettings &settings() const;

    // No error (isError() false) when the URL is acceptable: https://, or http:// to a loopback
    // host only (127.0.0.0/8, ::1, localhost). No path other than "/" and no trailing query.
    static ApiError validateBaseUrl(const QUrl &url);
    static QString defaultUserAgent();

    // Every page of the project's tokens in one region (page_size tokenPageSize; once page 1 gives
    // total_count the other pages are fetched concurrently).
    TokenListReply *listTokens(const TokenListQuery &query);
    // The same for several regions at once (regions concurrently).
    MultiRegionTokenListReply *listTokensInRegions(const QString &projectId,
                                                   const QList<Region> &regions,
                                                   ListOrder order = ListOrder::CreatedAtAsc,
                                                   TokenScopes scopeFilter = {});
    TokenReply *getToken(Region region, const QString &tokenId);
    CreateTokenReply *createToken(const CreateTokenRequest &request);
    ApiReply *deleteToken(Region region, const QString &tokenId);

    // Every project of an organization (page_size projectPageSize, all pages).
    ProjectListReply *listProjects(const QString &organizationId);
    ProjectReply *getProject(const QString &projectId);
    ApiKeyReply *getApiKey(const QString &accessKey);

    // Every data source of the project in one region that the query selects (page_size
    // dataSourcePageSize, all pages).
    DataSourceListReply *listDataSources(const DataSourceListQuery &query);
    DataSourceReply *getDataSource(Region region, const QString &dataSourceId);
    // Never retried, like a token's create.
    DataSourceReply *createDataSource(const CreateDataSourceRequest &request);
    // The region's retention bounds and defaults per kind of source.
    RegionConfigReply *getRegionConfig(Region region);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace cockpit
