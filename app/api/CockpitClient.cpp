#include "CockpitClient.h"

#include "ApiJson.h"
#include "DataSourceOperations.h"
#include "MultiRegionJoin.h"
#include "PagedLoader.h"
#include "RequestBuilder.h"
#include "RequestRunner.h"
#include "RequestScheduler.h"
#include "RunnerSource.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
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
std::optional<ApiError> checkUuid(const QString &value, const char *what)
{
    if (isUuid(value))
        return std::nullopt;
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
        : settings(std::move(clientSettings))
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
        source.limits = {std::max(1, settings.timeoutMs), std::max(0, settings.maxRetries),
                         settings.retryBaseDelayMs, settings.retryMaxDelayMs,
                         settings.maxResponseBytes};
    }

    // Registers a reply (aborted if the client goes first) and checks what every request needs.
    bool begin(ApiReply *reply, std::optional<ApiError> inputError = std::nullopt)
    {
        active.removeIf([](const QPointer<ApiReply> &pointer) {
            const ApiReply *tracked = pointer.data(); // read once: it may go at any time
            return tracked == nullptr || tracked->isFinished();
        });
        active.append(reply);
        if (urlError)
            inputError = urlError;
        if (inputError)
            reply->finish(*inputError);
        return !inputError;
    }

    TokenListReply *listTokens(const TokenListQuery &query);

    ClientSettings settings;
    std::optional<ApiError> urlError;
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

std::optional<ApiError> CockpitClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery() ||
        url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return invalidRequest(QCoreApplication::translate("cockpit::CockpitClient",
                                                          "The API URL %1 is not a valid base URL.")
                                  .arg(url.toDisplayString()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
            QHostAddress(host).isLoopback()) {
            return std::nullopt;
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
    // Pages by number, filled as they arrive (they may come in any order).
    auto pages = std::make_shared<QList<QList<Token>>>();
    auto *loader = new PagedLoader(
        pageSize, settings.speculativePages,
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
            if (pages->size() < page)
                pages->resize(page);
            (*pages)[page - 1] = std::move(parsed.tokens);
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::progress, reply, &TokenListReply::progress);
    QObject::connect(loader, &PagedLoader::finished, reply, [reply, loader, pages] {
        if (loader->error().isError()) {
            reply->finish(loader->error());
            return;
        }
        qsizetype count = 0;
        for (const QList<Token> &page : std::as_const(*pages))
            count += page.size();
        QList<Token> tokens;
        tokens.reserve(count);
        // Tokens created or deleted while the pages were read shift them: one token may then be
        // on two pages. The ID is the identity.
        QSet<QString> seen;
        seen.reserve(pages->size() > 1 ? count : 0);
        for (QList<Token> &page : *pages) {
            for (Token &token : page) {
                if (pages->size() > 1) {
                    if (seen.contains(token.id))
                        continue;
                    seen.insert(token.id);
                }
                tokens.append(std::move(token));
            }
            page = QList<Token>();
        }
        reply->setResult(std::move(tokens), loader->totalCount());
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
                  [reply, region = request.region](const QByteArray &body) {
                      CreatedToken created;
                      ApiError error = ApiJson::parseCreatedToken(body, region, &created);
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
    if (!d->begin(reply))
        return reply;
    const int pageSize = d->settings.projectPageSize;
    auto pages = std::make_shared<QList<QList<Project>>>();
    // No speculative page: an organization rarely has more projects than a page holds.
    auto *loader = new PagedLoader(
        pageSize, 0,
        [source = d->source, organizationId, pageSize](int page, QObject *parent) {
            return source(source.builder->listProjects(organizationId, page, pageSize), parent);
        },
        [pages](int page, const QByteArray &body, int *total, int *items) {
            ApiJson::ProjectPage parsed;
            const ApiError error = ApiJson::parseProjectPage(body, &parsed);
            if (error.isError())
                return error;
            *total = parsed.totalCount;
            *items = int(parsed.projects.size());
            if (pages->size() < page)
                pages->resize(page);
            (*pages)[page - 1] = std::move(parsed.projects);
            return ApiError();
        },
        reply);
    QObject::connect(loader, &PagedLoader::finished, reply, [reply, loader, pages] {
        if (loader->error().isError()) {
            reply->finish(loader->error());
            return;
        }
        QList<Project> projects;
        QSet<QString> seen;
        for (const QList<Project> &page : std::as_const(*pages)) {
            for (const Project &project : page) {
                if (!seen.contains(project.id)) {
                    seen.insert(project.id);
                    projects.append(project);
                }
            }
        }
        reply->setProjects(std::move(projects));
        reply->finish();
    });
    reply->setAbortHandler([loader] { loader->abort(); });
    loader->start();
    return reply;
}

ProjectReply *CockpitClient::getProject(const QString &projectId)
{
    auto *reply = new ProjectReply();
    if (d->begin(reply, checkUuid(projectId,
                                  QT_TRANSLATE_NOOP("cockpit::CockpitClient", "The project ID")))) {
        runSingle(d->source, reply, d->source.builder->getProject(projectId),
                  [reply](const QByteArray &body) {
                      Project project;
                      const ApiError error = ApiJson::parseProject(body, &project);
                      if (!error.isError())
                          reply->setProject(std::move(project));
                      return error;
                  });
    }
    return reply;
}

ApiKeyReply *CockpitClient::getApiKey(const QString &accessKey)
{
    auto *reply = new ApiKeyReply();
    std::optional<ApiError> inputError;
    if (!isAccessKey(accessKey))
        inputError = invalidRequest(QCoreApplication::translate(
            "cockpit::CockpitClient", "The access key is not a valid Scaleway access key."));
    if (d->begin(reply, inputError)) {
        runSingle(d->source, reply, d->source.builder->getApiKey(accessKey),
                  [reply](const QByteArray &body) {
                      ApiKeyInfo key;
                      const ApiError error = ApiJson::parseApiKey(body, &key);
                      if (!error.isError())
                          reply->setApiKey(std::move(key));
                      return error;
                  });
    }
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
