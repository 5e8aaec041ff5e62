#include "CockpitClient.h"

#include "AccountOperations.h"
#include "ApiJson.h"
#include "DataSourceOperations.h"
#include "Http2Policy.h"
#include "MultiRegionJoin.h"
#include "PagedItems.h"
#include "PagedLoader.h"
#include "RequestBuilder.h"
#include "RequestRunner.h"
#include "RequestScheduler.h"
#include "RunnerSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <memory>

namespace cockpit {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit::CockpitClient", text);
}

ApiError invalidRequest(const QString &message)
{
    return ApiError::local(ApiError::Kind::InvalidRequest, message);
}

// Only values that go into a URL path are checked before sending: anything but a UUID could
// change the path (and so the request). Values of a query or a body are the API's to judge.
ApiError checkUuid(const QString &value, const char *what)
{
    if (isUuid(value))
        return {};
    return invalidRequest(
        QCoreApplication::translate("cockpit::CockpitClient", "%1 is not a valid ID.")
            .arg(translated(what)));
}

bool isAccessKey(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^SCW[A-Z0-9]{17}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

class CockpitClient::Private
{
public:
    Private(QNetworkAccessManager *network, ClientSettings clientSettings)
        : settings(resolved(std::move(clientSettings)))
        , scheduler(settings.maxConcurrentRequests, settings.maxRequestsPerSecond)
    {
        settings.tokenPageSize = std::clamp(settings.tokenPageSize, 1, 1000);
        settings.projectPageSize = std::clamp(settings.projectPageSize, 1, 100);
        settings.dataSourcePageSize = std::clamp(settings.dataSourcePageSize, 1, 1000);
        settings.speculativePages = std::clamp(settings.speculativePages, 0, 16);
        if (settings.userAgent.isEmpty())
            settings.userAgent = CockpitClient::defaultUserAgent();
        urlError = CockpitClient::validateBaseUrl(settings.baseUrl);
        source.network = network;
        source.scheduler = &scheduler;
        source.builder = std::make_shared<RequestBuilder>(settings.baseUrl, settings.secretKey,
                                                          settings.userAgent);
        source.limits.timeoutMs = std::max(1, settings.timeoutMs);
        source.limits.maxRetries = std::max(0, settings.maxRetries);
        source.limits.retryBaseDelayMs = settings.retryBaseDelayMs;
        source.limits.retryMaxDelayMs = settings.retryMaxDelayMs;
        source.limits.maxResponseBytes = settings.maxResponseBytes;
    }

    // Registers a reply (aborted if the client goes first) and checks what every request needs.
    bool begin(ApiReply *reply, ApiError inputError = {})
    {
        active.removeIf([](const QPointer<ApiReply> &pointer) {
            const ApiReply *tracked = pointer.data(); // read once: it may go at any time
            return tracked == nullptr || tracked->isFinished();
        });
        active.append(reply);
        if (urlError.isError())
            inputError = urlError;
        if (inputError.isError())
            reply->finish(inputError);
        return !inputError.isError();
    }

    static ClientSettings resolved(ClientSettings settings)
    {
        resolveTransportDefaults(&settings, http2ExpectedFor(settings.baseUrl));
        return settings;
    }

    // Pages to ask for along with page 1 of a list: as many as its last total_count needs (with
    // room for a tenth of a page more), else the first-load guess.
    int speculativePagesFor(const QString &listKey, int pageSize, int firstLoadGuess = -1) const
    {
        const auto known = lastTotals->constFind(listKey);
        if (known == lastTotals->constEnd())
            return firstLoadGuess >= 0 ? std::min(firstLoadGuess, 16) : settings.speculativePages;
        const int pages = (*known + pageSize / 10) / pageSize + 1;
        return std::clamp(pages - 1, 0, 16);
    }

    TokenListReply *listTokens(const TokenListQuery &query);

    ClientSettings settings;
    // The last total_count of each list loaded (by its first page's URL): not secret.
    std::shared_ptr<QHash<QString, int>> lastTotals = std::make_shared<QHash<QString, int>>();
    ApiError urlError;
    RequestScheduler scheduler;
    RunnerSource source;
    QList<QPointer<ApiReply>> active;
};

CockpitClient::CockpitClient(QNetworkAccessManager *network, ClientSettings settings,
                             QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(network, std::move(settings)))
{
}

CockpitClient::~CockpitClient()
{
    // Work in flight cannot go on without the client's scheduler: it ends as cancelled.
    const QList<QPointer<ApiReply>> active = std::exchange(d->active, {});
    for (const QPointer<ApiReply> &reply : active) {
        if (reply)
            reply->abort();
    }
}

const ClientSettings &CockpitClient::settings() const
{
    return d->settings;
}

ApiError CockpitClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return invalidRequest(QCoreApplication::translate("cockpit::CockpitClient",
                                                          "The API URL %1 is not a valid base URL.")
                                  .arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            QHostAddress(host).isLoopback()) {
            return {};
        }
        return ApiError::local(
            ApiError::Kind::InsecureUrl,
            QCoreApplication::translate("cockpit::CockpitClient",
                                        "The API URL %1 is not encrypted (http://); only "
                                        "https:// is allowed, except to this computer.")
                .arg(url.toDisplayString()));
    }
    return invalidRequest(QCoreApplication::translate("cockpit::CockpitClient",
                                                      "The API URL %1 is not an https:// URL.")
                              .arg(url.toDisplayString()));
}

QString CockpitClient::defaultUserAgent()
{
    return QStringLiteral("cockpit-tokens/" COCKPIT_VERSION " (Qt ") + QLatin1String(qVersion()) +
           QStringLiteral("; ") + QSysInfo::kernelType() + QLatin1Char(')');
}

TokenListReply *CockpitClient::listTokens(const TokenListQuery &query)
{
    return d->listTokens(query);
}

TokenListReply *CockpitClient::Private::listTokens(const TokenListQuery &query)
{
    auto *reply = new TokenListReply(query.region);
    if (!begin(reply))
        return reply;

    const int pageSize = settings.tokenPageSize;
    const QString listKey = source.builder->listTokens(query, 1, pageSize).url.toString();
    // A page holds each token once; the same token on two pages is the list shifting.
    auto pages = std::make_shared<PagedItems<Token>>(PagedItems<Token>::Duplicates::AcrossPages);
    auto *loader = new PagedLoader(
        pageSize, speculativePagesFor(listKey, pageSize, query.firstLoadSpeculativePages),
        [source = source, query, pageSize](int page, QObject *parent) {
            return source(source.builder->listTokens(query, page, pageSize), parent);
        },
        [pages, region = query.region](int page, const QByteArray &body, int *total, int *items) {
            ApiJson::TokenPage parsed;
            const ApiError error = ApiJson::parseTokenPage(body, region, &parsed);
            if (error.isError())
                return error;
            *total = parsed.totalCount;
            *items = int(parsed.tokens.size());
            pages->put(page, std::move(parsed.tokens));
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::progress, reply, &TokenListReply::progress);
    QObject::connect(loader, &PagedLoader::finished, reply,
                     [reply, loader, pages, lastTotals = lastTotals, listKey] {
                         if (loader->error().isError()) {
                             reply->finish(loader->error());
                             return;
                         }
                         lastTotals->insert(listKey, loader->totalCount());
                         reply->setResult(pages->takeJoined(), loader->totalCount());
                         reply->finish();
                     });
    reply->setAbortHandler([loader] { loader->abort(); });
    loader->start();
    return reply;
}

MultiRegionTokenListReply *CockpitClient::listTokensInRegions(const QString &projectId,
                                                              const QList<Region> &regions,
                                                              ListOrder order,
                                                              TokenScopes scopeFilter)
{
    QList<Region> unique;
    for (Region region : regions) {
        if (!unique.contains(region))
            unique.append(region);
    }
    auto *reply = new MultiRegionTokenListReply(unique);
    if (!d->begin(reply))
        return reply;
    if (unique.isEmpty()) {
        reply->finish();
        return reply;
    }

    auto *join = new MultiRegionJoin(reply);
    for (Region region : std::as_const(unique))
        join->addRegion(region, d->listTokens({region, projectId, order, scopeFilter}));
    return reply;
}

TokenReply *CockpitClient::getToken(Region region, const QString &tokenId)
{
    auto *reply = new TokenReply();
    if (d->begin(reply,
                 checkUuid(tokenId, QT_TRANSLATE_NOOP("cockpit::CockpitClient", "The token ID")))) {
        runSingle(d->source, reply, d->source.builder->getToken(region, tokenId),
                  [reply, region](const QByteArray &body) {
                      Token token;
                      const ApiError error = ApiJson::parseToken(body, region, &token);
                      if (!error.isError())
                          reply->setToken(std::move(token));
                      return error;
                  });
    }
    return reply;
}

CreateTokenReply *CockpitClient::createToken(const CreateTokenRequest &request)
{
    auto *reply = new CreateTokenReply(request);
    // The name and project go into the JSON body: the API judges them and its 400 names the
    // field. The client keeps no copy of the API's rules that could drift from them.
    if (d->begin(reply)) {
        runSingle(d->source, reply, d->source.builder->createToken(request),
                  [reply, region = request.region](QByteArray &body) {
                      CreatedToken created;
                      ApiError error = ApiJson::parseCreatedToken(body, region, &created);
                      // The answer's bytes hold the secret in clear: not left in freed memory.
                      Secret::overwrite(body);
                      if (error.isError()) {
                          // The API said 2xx: the token exists, but its secret is lost.
                          error.outcomeUnknown = true;
                          return error;
                      }
                      reply->setCreated(std::move(created));
                      return error;
                  });
    }
    return reply;
}

ApiReply *CockpitClient::deleteToken(Region region, const QString &tokenId)
{
    auto *reply = new ApiReply();
    if (d->begin(reply,
                 checkUuid(tokenId, QT_TRANSLATE_NOOP("cockpit::CockpitClient", "The token ID")))) {
        runSingle(d->source, reply, d->source.builder->deleteToken(region, tokenId),
                  [](const QByteArray &) { return ApiError(); });
    }
    return reply;
}

ProjectListReply *CockpitClient::listProjects(const QString &organizationId)
{
    auto *reply = new ProjectListReply();
    if (d->begin(reply))
        AccountOperations::listProjects(d->source, organizationId, d->settings.projectPageSize,
                                        reply);
    return reply;
}

ProjectReply *CockpitClient::getProject(const QString &projectId)
{
    auto *reply = new ProjectReply();
    if (d->begin(reply, checkUuid(projectId,
                                  QT_TRANSLATE_NOOP("cockpit::CockpitClient", "The project ID"))))
        AccountOperations::getProject(d->source, projectId, reply);
    return reply;
}

ApiKeyReply *CockpitClient::getApiKey(const QString &accessKey)
{
    auto *reply = new ApiKeyReply();
    ApiError inputError;
    if (!isAccessKey(accessKey))
        inputError = invalidRequest(QCoreApplication::translate(
            "cockpit::CockpitClient", "The access key is not a valid Scaleway access key."));
    if (d->begin(reply, inputError))
        AccountOperations::getApiKey(d->source, accessKey, reply);
    return reply;
}

DataSourceListReply *CockpitClient::listDataSources(const DataSourceListQuery &query)
{
    auto *reply = new DataSourceListReply(query);
    if (d->begin(reply)) {
        DataSourceOperations::list(d->source, d->settings.dataSourcePageSize,
                                   d->settings.speculativePages, reply);
    }
    return reply;
}

DataSourceReply *CockpitClient::getDataSource(Region region, const QString &dataSourceId)
{
    auto *reply = new DataSourceReply();
    if (d->begin(reply, checkUuid(dataSourceId, QT_TRANSLATE_NOOP("cockpit::CockpitClient",
                                                                  "The data source ID")))) {
        DataSourceOperations::get(d->source, region, dataSourceId, reply);
    }
    return reply;
}

DataSourceReply *CockpitClient::createDataSource(const CreateDataSourceRequest &request)
{
    auto *reply = new DataSourceReply();
    // As for tokens, the name, type and retention are the API's to judge (its 400 names them).
    if (d->begin(reply))
        DataSourceOperations::create(d->source, request, reply);
    return reply;
}

RegionConfigReply *CockpitClient::getRegionConfig(Region region)
{
    auto *reply = new RegionConfigReply(region);
    if (d->begin(reply))
        DataSourceOperations::regionConfig(d->source, reply);
    return reply;
}

} // namespace cockpit
