#pragma once

#include "DataSourceStore.h"
#include "StoredRecords.h"
#include "api/Project.h"
#include "api/Region.h"
#include "api/Token.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace cockpit {

// The emulator's in-memory data: API keys, projects, regional tokens and data sources. It checks
// nothing about who may do what (the endpoints do); it only keeps the data consistent and sorted.
class EmulatorStore
{
public:
    EmulatorStore();

    // A random lower-case UUID (tokens created over HTTP: never the same twice, even across runs).
    static QString randomId();
    // The opaque secret of a new token: random, not a UUID, as long as the recorded ones.
    static QString randomTokenSecret();
    static constexpr int kTokenSecretLength = 64;
    // A UUID from a seeded generator: the same sequence every run, for seed data.
    static QString uuidFrom(QRandomGenerator &generator);
    QString deterministicId() { return uuidFrom(m_seeded); }
    QRandomGenerator &deterministicGenerator() { return m_seeded; }

    static qint64 toMicros(const QDateTime &time);
    // The current time with a microsecond part below 500, so the millisecond QDateTime the store
    // hands out is the value a client gets whether it rounds or truncates the microseconds.
    static qint64 nowMicros();

    void addApiKey(const StoredApiKey &key);
    // Secret keys are UUIDs: compared without regard to case.
    std::optional<StoredApiKey> apiKeyBySecret(const QString &secretKey) const;
    std::optional<StoredApiKey> apiKeyByAccessKey(const QString &accessKey) const;

    StoredProject addProject(const QString &organizationId, const QString &name, const QString &id,
                             qint64 createdMicros, const QString &description = {});
    std::optional<StoredProject> project(const QString &id) const;
    // In created_at ascending order.
    QList<StoredProject> projects(const QString &organizationId) const;

    StoredToken addToken(Region region, const QString &projectId, const QString &name,
                         TokenScopes scopes, qint64 createdMicros, const QString &id = {});
    std::optional<StoredToken> token(Region region, const QString &id) const;
    bool removeToken(Region region, const QString &id);
    // The secret a push authenticates with. A token made over HTTP keeps the secret its create
    // answered; any other (seeded, added by a test) gets a random one the first time it is asked
    // for. Empty when there is no such token.
    QString tokenSecret(Region region, const QString &id);
    void setTokenSecret(Region region, const QString &id, const QString &secret);
    // The token a push's secret belongs to (compared exactly: secrets are opaque).
    std::optional<StoredToken> tokenBySecret(const QString &secret) const;
    // The project's tokens in one region, sorted; cached until the next change.
    const QList<StoredToken> &tokens(Region region, const QString &projectId,
                                     TokenOrder order) const;

    DataSourceStore &dataSources() { return m_dataSources; }
    const DataSourceStore &dataSources() const { return m_dataSources; }

    int createCount() const { return m_createCount; }
    void countCreate() { ++m_createCount; }

private:
    QList<StoredApiKey> m_apiKeys;
    QHash<QString, StoredProject> m_projects;
    QHash<Region, QHash<QString, StoredToken>> m_tokens;
    // Sorted views, keyed by region, project and order; emptied on every change.
    mutable QHash<QString, QList<StoredToken>> m_sortedCache;
    // Only the tokens whose secret was handed out: most seeded and bulk tokens never need one.
    QHash<QString, QPair<Region, QString>> m_tokenBySecret;
    QHash<QString, QString> m_secretByTokenId;
    DataSourceStore m_dataSources;
    QRandomGenerator m_seeded;
    int m_createCount = 0;
};

} // namespace cockpit
