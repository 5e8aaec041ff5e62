#include "TokenEndpoints.h"

#include "ArgumentValidator.h"
#include "EmulatorJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cockpit {
namespace {

const QString kRead = QStringLiteral("read");
const QString kWrite = QStringLiteral("write");
const QString kCockpit = QStringLiteral("cockpit");

EmulatorResponse badArguments(const ArgumentValidator &validator)
{
    return EmulatorResponse::json(400, EmulatorJson::invalidArguments(validator.errors()));
}

} // namespace

TokenEndpoints::TokenEndpoints(EmulatorStore &store, const StoredApiKey &caller)
    : m_store(store)
    , m_caller(caller)
{
}

bool TokenEndpoints::mayUse(const QString &projectId) const
{
    // The IAM check: the project must exist in the caller's organization. An unknown project is
    // refused the same way, as IAM finds no permission for it.
    const auto project = m_store.project(projectId);
    return project && project->project.organizationId == m_caller.organizationId;
}

EmulatorResponse TokenEndpoints::create(Region region, const QByteArray &body)
{
    ArgumentValidator validator;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        validator.add(QStringLiteral("body"), QStringLiteral("format"),
                      QStringLiteral("the request body must be a JSON object"));
        return badArguments(validator);
    }
    const QJsonObject object = document.object();
    const QString projectId = validator.bodyUuid(object, QStringLiteral("project_id"));
    const QString name = validator.bodyTokenName(object, QStringLiteral("name"));
    const TokenScopes scopes = validator.bodyScopes(object, QStringLiteral("token_scopes"));
    if (!validator.ok())
        return badArguments(validator);
    if (!mayUse(projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kWrite, kCockpit));

    const StoredToken stored =
        m_store.addToken(region, projectId, name, scopes, EmulatorStore::nowMicros());
    m_store.countCreate();
    // Kept so that the push endpoints can authenticate the agents given this secret.
    const QString secret = EmulatorStore::randomTokenSecret();
    m_store.setTokenSecret(region, stored.token.id, secret);
    return EmulatorResponse::json(200, EmulatorJson::token(stored, secret));
}

EmulatorResponse TokenEndpoints::list(Region region, const QUrlQuery &query)
{
    ArgumentValidator validator;
    const QString projectId = validator.queryUuid(query, QStringLiteral("project_id"), true);
    const int page = validator.queryInteger(query, QStringLiteral("page"), 1, INT_MAX, 1);
    const int pageSize = validator.queryInteger(query, QStringLiteral("page_size"), 1, kMaxPageSize,
                                                kDefaultPageSize);
    const TokenOrder order = validator.queryOrder(query, QStringLiteral("order_by"));
    const TokenScopes filter = validator.queryScopes(query, QStringLiteral("token_scopes"));
    if (!validator.ok())
        return badArguments(validator);
    if (!mayUse(projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(kRead, kCockpit));

    // The scope filter keeps a token that has ANY of the given scopes. Whether the real API
    // means any-of or all-of is undocumented: any-of is this emulator's choice.
    const QList<StoredToken> &sorted = m_store.tokens(region, projectId, order);
    const qint64 first = qint64(page - 1) * pageSize;
    qint64 matched = 0;
    // Joined from each token's ready JSON, in the key order QJsonDocument would write.
    EmulatorResponse response;
    response.body = QByteArrayLiteral("{\"tokens\":[");
    for (const StoredToken &stored : sorted) {
        if (filter && !(stored.token.scopes & filter))
            continue;
        if (matched >= first && matched < first + pageSize) {
            if (matched > first)
                response.body += ',';
            response.body += stored.json;
        }
        ++matched;
    }
    response.body += QByteArrayLiteral("],\"total_count\":") + QByteArray::number(matched) + '}';
    return response;
}

EmulatorResponse TokenEndpoints::findVisible(Region region, const QString &tokenId,
                                             const QString &action, StoredToken *found) const
{
    ArgumentValidator validator;
    validator.checkUuid(QStringLiteral("token_id"), tokenId);
    if (!validator.ok())
        return badArguments(validator);
    const auto stored = m_store.token(region, tokenId.toLower());
    if (!stored)
        return EmulatorResponse::json(404,
                                      EmulatorJson::notFound(QStringLiteral("token"), tokenId));
    if (!mayUse(stored->token.projectId))
        return EmulatorResponse::json(403, EmulatorJson::permissionsDenied(action, kCockpit));
    *found = *stored;
    return EmulatorResponse::empty(0);
}

EmulatorResponse TokenEndpoints::get(Region region, const QString &tokenId)
{
    StoredToken stored;
    const EmulatorResponse refused = findVisible(region, tokenId, kRead, &stored);
    if (refused.status != 0)
        return refused;
    return EmulatorResponse::json(200, EmulatorJson::token(stored));
}

EmulatorResponse TokenEndpoints::remove(Region region, const QString &tokenId)
{
    StoredToken stored;
    const EmulatorResponse refused = findVisible(region, tokenId, kWrite, &stored);
    if (refused.status != 0)
        return refused;
    m_store.removeToken(region, stored.token.id);
    return EmulatorResponse::empty(204);
}

} // namespace cockpit
