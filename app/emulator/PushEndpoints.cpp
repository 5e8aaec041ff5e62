#include "PushEndpoints.h"

#include "EmulatorJson.h"
#include "EmulatorStore.h"

#include "api/UtcDateTime.h"

namespace cockpit {
namespace {

const QLatin1String kPrefix("/push/");
const QString kWrite = QStringLiteral("write");
const QString kDataSource = QStringLiteral("data source");

// What each push path is for: the type of source that takes it and the scope it needs.
struct PushPath
{
    QLatin1String path;
    DataSourceType type;
    TokenScope scope;
};

const PushPath kPushPaths[] = {
    {QLatin1String("/api/v1/push"), DataSourceType::Metrics, TokenScope::WriteOnlyMetrics},
    {QLatin1String("/otlp/v1/metrics"), DataSourceType::Metrics, TokenScope::WriteOnlyMetrics},
    {QLatin1String("/loki/api/v1/push"), DataSourceType::Logs, TokenScope::WriteOnlyLogs},
    {QLatin1String("/otlp/v1/logs"), DataSourceType::Logs, TokenScope::WriteOnlyLogs},
    {QLatin1String("/otlp/v1/traces"), DataSourceType::Traces, TokenScope::WriteOnlyTraces},
};

const PushPath *findPushPath(const QString &path)
{
    for (const PushPath &known : kPushPaths) {
        if (path == known.path)
            return &known;
    }
    return nullptr;
}

QByteArray header(const RecordedHttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const RecordedHttpRequest &request, const QByteArray &name)
{
    for (const auto &entry : request.headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The secret of a push and the header it came in. The spec lists four ways; which one wins when
// a request carries several is not documented: the first of X-Token, Authorization,
// X-Scope-OrgID (inferred).
QString secretOf(const RecordedHttpRequest &request, QString *how)
{
    if (hasHeader(request, "X-Token")) {
        *how = QStringLiteral("X-Token");
        return QString::fromLatin1(header(request, "X-Token")).trimmed();
    }
    if (hasHeader(request, "Authorization")) {
        const QByteArray value = header(request, "Authorization").trimmed();
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = value.left(space).toLower();
        const QByteArray credentials = space < 0 ? QByteArray() : value.mid(space + 1).trimmed();
        if (scheme == "bearer") {
            *how = QStringLiteral("Bearer");
            return QString::fromLatin1(credentials);
        }
        if (scheme == "basic") {
            // Any user name; the password is the secret.
            *how = QStringLiteral("Basic");
            const QByteArray decoded = QByteArray::fromBase64(credentials);
            const qsizetype colon = decoded.indexOf(':');
            return colon < 0 ? QString() : QString::fromLatin1(decoded.mid(colon + 1));
        }
    }
    if (hasHeader(request, "X-Scope-OrgID")) {
        *how = QStringLiteral("X-Scope-OrgID");
        return QString::fromLatin1(header(request, "X-Scope-OrgID")).trimmed();
    }
    how->clear();
    return {};
}

// The Host header without its port.
QString hostOf(const RecordedHttpRequest &request)
{
    const QString host = QString::fromLatin1(header(request, "Host")).trimmed();
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? host : host.left(colon);
}

EmulatorResponse forbidden()
{
    return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kWrite, kDataSource));
}

// An accepted OTLP/HTTP export: 200 and an empty Export…ServiceResponse, in JSON when the
// request was JSON, else protobuf (whose empty message is zero bytes), as the OTLP
// specification describes (the Scaleway status is inferred).
EmulatorResponse otlpAccepted(const RecordedHttpRequest &request)
{
    const bool json = header(request, "Content-Type").toLower().startsWith("application/json");
    EmulatorResponse response = EmulatorResponse::empty(200, json);
    if (json)
        response.body = QByteArrayLiteral("{}");
    else
        response.addHeader("Content-Type", "application/x-protobuf");
    return response;
}

} // namespace

PushEndpoints::PushEndpoints(const EmulatorStore &store, QList<ReceivedPush> &log)
    : m_store(store)
    , m_log(log)
{
}

QString PushEndpoints::pathPrefix(const QString &dataSourceId)
{
    return kPrefix + dataSourceId;
}

std::optional<EmulatorResponse> PushEndpoints::answer(const RecordedHttpRequest &request) const
{
    QString dataSourceId;
    QString pushPath;
    if (request.path.startsWith(kPrefix)) {
        const qsizetype slash = request.path.indexOf(QLatin1Char('/'), kPrefix.size());
        dataSourceId = request.path.mid(kPrefix.size(), slash < 0 ? -1 : slash - kPrefix.size());
        pushPath = slash < 0 ? QString() : request.path.mid(slash);
    } else if (const auto byHost = m_store.dataSources().findByHost(hostOf(request))) {
        dataSourceId = byHost->source.id;
        pushPath = request.path;
    } else {
        return std::nullopt;
    }

    ReceivedPush push;
    push.dataSourceId = dataSourceId.toLower();
    push.method = request.method;
    push.path = request.path;
    push.pushPath = pushPath;
    push.contentType = header(request, "Content-Type");
    push.contentEncoding = header(request, "Content-Encoding");
    push.userAgent = header(request, "User-Agent");
    push.bodySize = request.body.size();
    push.receivedAt = UtcDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch());
    EmulatorResponse response = check(request, dataSourceId, pushPath, push);
    push.status = response.status;
    m_log.append(push);
    return response;
}

EmulatorResponse PushEndpoints::check(const RecordedHttpRequest &request,
                                      const QString &dataSourceId, const QString &pushPath,
                                      ReceivedPush &push) const
{
    // On the real service an unknown source has no host at all; here a 404 (inferred).
    const auto stored = m_store.dataSources().find(dataSourceId);
    if (!stored)
        return EmulatorResponse::json(404, EmulatorJson::notFound(kDataSource, dataSourceId));
    const PushPath *known = findPushPath(pushPath);
    if (!known)
        return EmulatorResponse::json(404, EmulatorJson::noRoute());
    if (request.method != "POST") {
        EmulatorResponse response = EmulatorResponse::json(405, EmulatorJson::methodNotAllowed());
        response.addHeader("Allow", "POST");
        return response;
    }

    // 401 without a secret or with one no token has (inferred).
    const QString secret = secretOf(request, &push.credentialHeader);
    if (secret.isEmpty())
        return EmulatorResponse::json(
            401, EmulatorJson::deniedAuthentication(QStringLiteral("invalid_argument")));
    const auto token = m_store.tokenBySecret(secret);
    if (!token)
        return EmulatorResponse::json(
            401, EmulatorJson::deniedAuthentication(QStringLiteral("not_found")));
    push.tokenId = token->token.id;

    // 403 for everything a known token may not do here (inferred). Scaleway's own sources are
    // read-only: the CLI refuses to push to them and a push is reported to be refused.
    const DataSource &source = stored->source;
    if (source.isReadOnly() || source.type != known->type)
        return forbidden();
    if (token->token.region != source.region || token->token.projectId != source.projectId)
        return forbidden();
    if (!token->token.scopes.testFlag(known->scope))
        return forbidden();

    // Mimir and Loki answer an accepted push with 204 (inferred for Scaleway's gateway).
    if (known->path.startsWith(QLatin1String("/otlp/")))
        return otlpAccepted(request);
    return EmulatorResponse::empty(204, false);
}

} // namespace cockpit
