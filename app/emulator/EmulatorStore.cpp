#include "EmulatorStore.h"

#include "EmulatorJson.h"

#include "api/UtcDateTime.h"

#include <QUuid>

#include <algorithm>

namespace cockpit {
namespace {

// Any fixed value: it only has to be the same every run.
constexpr quint32 kSeedDataSeed = 0x5ca1e7u;

QString uuidFromBytes(QByteArray bytes)
{
    // RFC 4122 version 4 and variant bits, so the IDs look like the API's.
    bytes[6] = char((uchar(bytes[6]) & 0x0f) | 0x40);
    bytes[8] = char((uchar(bytes[8]) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString cacheKey(Region region, const QString &projectId, TokenOrder order)
{
    return regionId(region) + QLatin1Char('/') + projectId + QLatin1Char('/') +
           QString::number(int(order));
}

bool lessThan(const StoredToken &a, const StoredToken &b, TokenOrder order)
{
    // Ties fall back to creation time, then ID, so that pages never overlap or skip a token.
    switch (order) {
    case TokenOrder::CreatedAtAsc:
        break;
    case TokenOrder::CreatedAtDesc:
        if (a.createdMicros != b.createdMicros)
            return a.createdMicros > b.createdMicros;
        return a.token.id > b.token.id;
    case TokenOrder::NameAsc:
        if (a.token.name != b.token.name)
            return a.token.name < b.token.name;
        break;
    case TokenOrder::NameDesc:
        if (a.token.name != b.token.name)
            return a.token.name > b.token.name;
        break;
    }
    if (a.createdMicros != b.createdMicros)
        return a.createdMicros < b.createdMicros;
    return a.token.id < b.token.id;
}

} // namespace

EmulatorStore::EmulatorStore()
    : m_seeded(kSeedDataSeed)
{
}

QString EmulatorStore::randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString EmulatorStore::randomTokenSecret()
{
    // The length comes from the recorded traffic (the Content-Length of a create minus that of a
    // get of the same token, whose secret_key is null); the alphabet is a guess.
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString secret;
    secret.reserve(kTokenSecretLength);
    for (int i = 0; i < kTokenSecretLength; ++i)
        secret.append(QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(62)]));
    return secret;
}

QString EmulatorStore::uuidFrom(QRandomGenerator &generator)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 16; i += 4) {
        const quint32 value = generator.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((value >> (8 * j)) & 0xff);
    }
    return uuidFromBytes(bytes);
}

qint64 EmulatorStore::toMicros(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1000;
}

qint64 EmulatorStore::nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(500);
}

void EmulatorStore::addApiKey(const StoredApiKey &key)
{
    m_apiKeys.removeIf([&key](const StoredApiKey &k) { return k.accessKey == key.accessKey; });
    m_apiKeys.append(key);
}

std::optional<StoredApiKey> EmulatorStore::apiKeyBySecret(const QString &secretKey) const
{
    for (const StoredApiKey &key : m_apiKeys) {
        if (key.secretKey.compare(secretKey, Qt::CaseInsensitive) == 0)
            return key;
    }
    return std::nullopt;
}

std::optional<StoredApiKey> EmulatorStore::apiKeyByAccessKey(const QString &accessKey) const
{
    for (const StoredApiKey &key : m_apiKeys) {
        if (key.accessKey == accessKey)
            return key;
    }
    return std::nullopt;
}

StoredProject EmulatorStore::addProject(const QString &organizationId, const QString &name,
                                        const QString &id, qint64 createdMicros,
                                        const QString &description)
{
    StoredProject stored;
    stored.createdMicros = createdMicros;
    stored.project.id = id.isEmpty() ? randomId() : id;
    stored.project.name = name;
    stored.project.organizationId = organizationId;
    stored.project.description = description;
    stored.project.createdAt = UtcDateTime::fromMSecsSinceEpoch(createdMicros / 1000);
    stored.project.updatedAt = stored.project.createdAt;
    m_projects.insert(stored.project.id, stored);
    return stored;
}

std::optional<StoredProject> EmulatorStore::project(const QString &id) const
{
    const auto it = m_projects.constFind(id);
    if (it == m_projects.constEnd())
        return std::nullopt;
    return *it;
}

QList<StoredProject> EmulatorStore::projects(const QString &organizationId) const
{
    QList<StoredProject> result;
    for (const StoredProject &stored : m_projects) {
        if (stored.project.organizationId == organizationId)
            result.append(stored);
    }
    std::sort(result.begin(), result.end(), [](const StoredProject &a, const StoredProject &b) {
        if (a.createdMicros != b.createdMicros)
            return a.createdMicros < b.createdMicros;
        return a.project.id < b.project.id;
    });
    return result;
}

StoredToken EmulatorStore::addToken(Region region, const QString &projectId, const QString &name,
                                    TokenScopes scopes, qint64 createdMicros, const QString &id)
{
    StoredToken stored;
    stored.createdMicros = createdMicros;
    stored.token.id = id.isEmpty() ? randomId() : id;
    stored.token.projectId = projectId;
    stored.token.name = name;
    stored.token.region = region;
    stored.token.scopes = scopes;
    stored.token.createdAt = UtcDateTime::fromMSecsSinceEpoch(createdMicros / 1000);
    stored.token.updatedAt = stored.token.createdAt;
    stored.json = EmulatorJson::compact(EmulatorJson::token(stored));
    m_tokens[region].insert(stored.token.id, stored);
    m_sortedCache.clear();
    return stored;
}

std::optional<StoredToken> EmulatorStore::token(Region region, const QString &id) const
{
    const auto regionIt = m_tokens.constFind(region);
    if (regionIt == m_tokens.constEnd())
        return std::nullopt;
    const auto it = regionIt->constFind(id);
    if (it == regionIt->constEnd())
        return std::nullopt;
    return *it;
}

bool EmulatorStore::removeToken(Region region, const QString &id)
{
    const auto regionIt = m_tokens.find(region);
    if (regionIt == m_tokens.end() || regionIt->remove(id) == 0)
        return false;
    m_sortedCache.clear();
    m_tokenBySecret.remove(m_secretByTokenId.take(id));
    return true;
}

QString EmulatorStore::tokenSecret(Region region, const QString &id)
{
    if (!token(region, id))
        return {};
    const auto it = m_secretByTokenId.constFind(id);
    if (it != m_secretByTokenId.constEnd())
        return *it;
    const QString secret = randomTokenSecret();
    setTokenSecret(region, id, secret);
    return secret;
}

void EmulatorStore::setTokenSecret(Region region, const QString &id, const QString &secret)
{
    m_tokenBySecret.remove(m_secretByTokenId.value(id));
    m_secretByTokenId.insert(id, secret);
    m_tokenBySecret.insert(secret, {region, id});
}

std::optional<StoredToken> EmulatorStore::tokenBySecret(const QString &secret) const
{
    const auto it = m_tokenBySecret.constFind(secret);
    if (secret.isEmpty() || it == m_tokenBySecret.constEnd())
        return std::nullopt;
    return token(it->first, it->second);
}

const QList<StoredToken> &EmulatorStore::tokens(Region region, const QString &projectId,
                                                TokenOrder order) const
{
    const QString key = cacheKey(region, projectId, order);
    auto cached = m_sortedCache.find(key);
    if (cached != m_sortedCache.end())
        return *cached;

    QList<StoredToken> sorted;
    const auto regionIt = m_tokens.constFind(region);
    if (regionIt != m_tokens.constEnd()) {
        for (const StoredToken &stored : *regionIt) {
            if (stored.token.projectId == projectId)
                sorted.append(stored);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [order](const StoredToken &a, const StoredToken &b) {
        return lessThan(a, b, order);
    });
    return *m_sortedCache.insert(key, std::move(sorted));
}

} // namespace cockpit
