#pragma once

#include "api/DataSource.h"
#include "api/Project.h"
#include "api/Region.h"
#include "api/RegionConfig.h"
#include "api/Secret.h"
#include "api/Token.h"
#include "api/TokenScope.h"

#include "ReceivedPush.h"
#include "RecordedHttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "EmulatorTypes.h"

#include <memory>

namespace cockpit {

class EmulatorGate;
class EmulatorStore;
class HttpSocketServer;
class RateLimiter;

// A local stand-in for the Scaleway Cockpit token API (and the bits of Account and IAM the app
// uses), served over real HTTP on 127.0.0.1. It answers like the recorded real API (same paths,
// JSON shapes, error bodies, rate-limit headers), with optional latency and rate limiting. It
// owns its in-memory data; nothing is persisted. HttpSocketServer reads the requests (the one
// class that differs between Qt versions); the answers are written here. This is what the app's
// demo runs: it keeps no log of what it receives unless asked (setRequestLog), and it cannot
// inject faults (TestEmulator, in emulator/testing, adds them for tests and cockpit-emulator).
class CockpitEmulator : public QObject
{
    Q_OBJECT

public:
    explicit CockpitEmulator(QObject *parent = nullptr);
    ~CockpitEmulator() override;

    // Listens on 127.0.0.1 (loopback only). Returns the port, 0 on failure.
    quint16 listenLocal(quint16 port = 0);
    QUrl baseUrl() const; // "http://127.0.0.1:<port>" (no trailing slash)
    // What an agent uses locally in place of a data source's `url` (push paths are appended to
    // it): "http://127.0.0.1:<port>/push/<data-source-id>" (see PushEndpoints).
    QUrl pushBaseUrl(const QString &dataSourceId) const;

    // ---- data ----
    // The demo organization: 3 named projects, about 25 tokens over fr-par/nl-ams/pl-waw, and
    // Scaleway and custom data sources in fr-par and nl-ams (none in pl-waw).
    // Same IDs and names every run; creation dates lie a fixed number of days before today.
    EmulatorCredentials seedDemo();
    // organizationId = the org the key may act on.
    void addApiKey(const QString &accessKey, const QString &secretKey,
                   const QString &defaultProjectId, const QString &organizationId);
    // An empty id makes a new random one.
    Project addProject(const QString &organizationId, const QString &name, const QString &id = {});
    // An invalid createdAt means now.
    Token addToken(Region region, const QString &projectId, const QString &name, TokenScopes scopes,
                   const QDateTime &createdAt = {});
    // Many tokens with varied names, scopes and dates, spread round-robin over `regions`.
    void generateTokens(const QString &projectId, int count, const QList<Region> &regions);
    // In created_at ascending order.
    QList<Token> tokens(Region region, const QString &projectId) const;
    // The secret a push with this token must carry: the one its create answered, or (for a
    // seeded or added token, which nobody was shown a secret for) a random one made on the first
    // call. Empty for an unknown token.
    Secret tokenSecret(Region region, const QString &tokenId);
    // `source` as given (any origin, with or without a retention), except: an empty id makes a
    // new random one, an invalid createdAt means now, and the URL is the API's for it.
    DataSource addDataSource(const DataSource &source);
    // In created_at ascending order.
    QList<DataSource> dataSources(Region region, const QString &projectId) const;
    // The retention bounds GET …/config answers and creates are checked against (default:
    // RegionConfig::apiDefaults()).
    void setRegionConfig(Region region, const RegionConfig &config);

    // ---- behaviour ----
    // Added before every answer, without blocking the event loop (concurrent requests overlap).
    void setLatency(int milliseconds);
    // Before listenLocal(): TCP_NODELAY on every connection (see HttpSocketServer::setLowDelay).
    void setLowDelay(bool on);
    // 0 = off (default); per key, answered with the gateway 429.
    void setRateLimit(int requestsPerSecond);
    // Length of the rate-limit window (default 1000 ms, as on the real API). Tests lengthen it so
    // that the X-Ratelimit-Remaining count cannot roll over between two requests.
    void setRateLimitWindow(int milliseconds);
    // When set, GET /iam/v1alpha1/api-keys/{key} answers 403 (as for a key without IAM rights).
    void setApiKeyLookupDenied(bool denied);

    // What stands between requests and answers (not owned; null = nothing, as in the demo).
    void setGate(EmulatorGate *gate);

    // ---- observation (for tests) ----
    // Keeps the last `capacity` requests and the last `capacity` pushes received (headers and
    // bodies, so keys and secrets too); 0, the default, keeps none. Shrinking drops the oldest.
    void setRequestLog(int capacity);
    using RecordedRequest = RecordedHttpRequest;
    QList<RecordedRequest> requests() const;
    void clearRequests();
    int createCount() const; // successful token creates so far
    // Every request the push endpoints answered, accepted or refused, in arrival order.
    QList<ReceivedPush> receivedPushes() const;
    void clearReceivedPushes();

private:
    struct PendingAnswer;
    void receive(PendingAnswer pending);
    void answer(const PendingAnswer &pending);

    HttpSocketServer *m_server; // child
    std::unique_ptr<EmulatorStore> m_store;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    EmulatorGate *m_gate = nullptr;
    QList<RecordedRequest> m_requests;
    QList<ReceivedPush> m_pushes;
    int m_logCapacity = 0;
    int m_latencyMs = 0;
    quint16 m_port = 0;
    bool m_apiKeyLookupDenied = false;
};

} // namespace cockpit
