#include "CockpitEmulator.h"

#include "DemoSeed.h"
#include "EmulatorGate.h"
#include "EmulatorJson.h"
#include "EmulatorRouter.h"
#include "EmulatorStore.h"
#include "HttpResponseWriter.h"
#include "HttpSocketServer.h"
#include "PushEndpoints.h"
#include "RateLimiter.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <optional>

namespace cockpit {

// What receive() decides at once, for answer() to act on after the latency.
struct CockpitEmulator::PendingAnswer
{
    RecordedRequest request;
    QPointer<QTcpSocket> socket; // null once the client has gone
    std::shared_ptr<void> turn;  // see HttpSocketServer::Exchange
    RateLimiter::Decision limits;
    std::optional<EmulatorFault> fault;
    bool close = false;
};

namespace {

void addCommonHeaders(EmulatorResponse &response, const RateLimiter::Decision &limits)
{
    response.addHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QByteArray limit = QByteArray::number(limits.limit);
    response.addHeader("X-Ratelimit-Limit", limit + ", " + limit + ";w=1");
    response.addHeader("X-Ratelimit-Remaining", QByteArray::number(limits.remaining));
    response.addHeader("X-Ratelimit-Reset", QByteArray::number(limits.resetSeconds));
}

template <typename T> void keepLast(QList<T> &log, int capacity)
{
    if (log.size() > capacity)
        log.remove(0, log.size() - capacity);
}

} // namespace

CockpitEmulator::CockpitEmulator(QObject *parent)
    : QObject(parent)
    , m_server(new HttpSocketServer(
          [this](HttpSocketServer::Exchange exchange) {
              PendingAnswer pending;
              pending.request = std::move(exchange.request);
              pending.socket = exchange.socket;
              pending.turn = std::move(exchange.turn);
              receive(std::move(pending));
          },
          this))
    , m_store(std::make_unique<EmulatorStore>())
    , m_rateLimiter(std::make_unique<RateLimiter>())
{
}

CockpitEmulator::~CockpitEmulator()
{
    // The server (and its connections) go first: no request may reach a half-destroyed emulator.
    delete m_server;
}

quint16 CockpitEmulator::listenLocal(quint16 port)
{
    m_port = m_server->listenLocal(port);
    return m_port;
}

QUrl CockpitEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl CockpitEmulator::pushBaseUrl(const QString &dataSourceId) const
{
    QUrl url = baseUrl();
    url.setPath(PushEndpoints::pathPrefix(dataSourceId.toLower()));
    return url;
}

EmulatorCredentials CockpitEmulator::seedDemo()
{
    return DemoSeed::seed(*m_store);
}

void CockpitEmulator::addApiKey(const QString &accessKey, const QString &secretKey,
                                const QString &defaultProjectId, const QString &organizationId)
{
    StoredApiKey key;
    key.accessKey = accessKey;
    key.secretKey = secretKey;
    key.defaultProjectId = defaultProjectId;
    key.organizationId = organizationId;
    key.applicationId = EmulatorStore::randomId();
    key.createdMicros = EmulatorStore::nowMicros();
    m_store->addApiKey(key);
}

Project CockpitEmulator::addProject(const QString &organizationId, const QString &name,
                                    const QString &id)
{
    return m_store->addProject(organizationId, name, id, EmulatorStore::nowMicros()).project;
}

Token CockpitEmulator::addToken(Region region, const QString &projectId, const QString &name,
                                TokenScopes scopes, const QDateTime &createdAt)
{
    const qint64 micros =
        createdAt.isValid() ? EmulatorStore::toMicros(createdAt) : EmulatorStore::nowMicros();
    return m_store->addToken(region, projectId, name, scopes, micros).token;
}

DataSource CockpitEmulator::addDataSource(const DataSource &source)
{
    DataSourceStore &sources = m_store->dataSources();
    const qint64 micros = source.createdAt.isValid() ? EmulatorStore::toMicros(source.createdAt)
                                                     : sources.nextCreationMicros();
    return sources.add(source, micros).source;
}

QList<DataSource> CockpitEmulator::dataSources(Region region, const QString &projectId) const
{
    QList<DataSource> result;
    const QList<StoredDataSource> stored =
        m_store->dataSources().list(region, projectId, DataSourceOrder::CreatedAtAsc);
    for (const StoredDataSource &entry : stored)
        result.append(entry.source);
    return result;
}

void CockpitEmulator::setRegionConfig(Region region, const RegionConfig &config)
{
    m_store->dataSources().setConfig(region, config);
}

void CockpitEmulator::generateTokens(const QString &projectId, int count,
                                     const QList<Region> &regions)
{
    DemoSeed::generateTokens(*m_store, projectId, count, regions);
}

QList<Token> CockpitEmulator::tokens(Region region, const QString &projectId) const
{
    QList<Token> result;
    for (const StoredToken &stored : m_store->tokens(region, projectId, TokenOrder::CreatedAtAsc))
        result.append(stored.token);
    return result;
}

Secret CockpitEmulator::tokenSecret(Region region, const QString &tokenId)
{
    return Secret(m_store->tokenSecret(region, tokenId));
}

void CockpitEmulator::setLowDelay(bool on)
{
    m_server->setLowDelay(on);
}

void CockpitEmulator::setLatency(int milliseconds)
{
    m_latencyMs = qMax(0, milliseconds);
}

void CockpitEmulator::setRateLimit(int requestsPerSecond)
{
    m_rateLimiter->setLimit(requestsPerSecond);
}

void CockpitEmulator::setRateLimitWindow(int milliseconds)
{
    m_rateLimiter->setWindow(milliseconds);
}

void CockpitEmulator::setGate(EmulatorGate *gate)
{
    m_gate = gate;
}

void CockpitEmulator::setRequestLog(int capacity)
{
    m_logCapacity = qMax(0, capacity);
    keepLast(m_requests, m_logCapacity);
    keepLast(m_pushes, m_logCapacity);
}

void CockpitEmulator::setApiKeyLookupDenied(bool denied)
{
    m_apiKeyLookupDenied = denied;
}

QList<CockpitEmulator::RecordedRequest> CockpitEmulator::requests() const
{
    return m_requests;
}

void CockpitEmulator::clearRequests()
{
    m_requests.clear();
}

QList<ReceivedPush> CockpitEmulator::receivedPushes() const
{
    return m_pushes;
}

void CockpitEmulator::clearReceivedPushes()
{
    m_pushes.clear();
}

int CockpitEmulator::createCount() const
{
    return m_store->createCount();
}

void CockpitEmulator::receive(PendingAnswer pending)
{
    if (m_logCapacity > 0) {
        m_requests.append(pending.request);
        keepLast(m_requests, m_logCapacity);
    }

    const QByteArray connection = EmulatorRouter::headerValue(pending.request, "Connection");
    pending.close = connection.compare("close", Qt::CaseInsensitive) == 0;
    // The gateway counts and refuses first; a refused request consumes no injected fault.
    pending.limits =
        m_rateLimiter->admit(EmulatorRouter::headerValue(pending.request, "X-Auth-Token"));
    if (!pending.limits.allowed)
        pending.fault = EmulatorFault::RateLimited;
    else if (m_gate)
        pending.fault = m_gate->admit(pending.request);

    if (m_latencyMs == 0) {
        answer(pending);
        return;
    }
    // A timer, not a sleep: other requests are read and answered meanwhile. The socket may be
    // gone when it fires (the client gave up); the answer is then dropped.
    QTimer::singleShot(m_latencyMs, this, [this, pending] { answer(pending); });
}

void CockpitEmulator::answer(const PendingAnswer &pending)
{
    QTcpSocket *socket = pending.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const std::optional<EmulatorFault> fault = pending.fault;
    std::optional<EmulatorResponse> refused;
    if (fault == EmulatorFault::RateLimited)
        refused = EmulatorResponse::gatewayRateLimited();
    else if (fault && m_gate)
        refused = m_gate->refusal(*fault);
    if (refused) {
        addCommonHeaders(*refused, pending.limits);
        HttpResponseWriter::write(socket, *refused, pending.close);
        return;
    }

    // The work is done even when the answer is then lost or garbled, as with a real server.
    EmulatorRouter router(*m_store);
    router.setApiKeyLookupDenied(m_apiKeyLookupDenied);
    router.setPushLog(m_logCapacity > 0 ? &m_pushes : nullptr);
    EmulatorResponse response = router.route(pending.request);
    keepLast(m_pushes, m_logCapacity);
    addCommonHeaders(response, pending.limits);
    if (fault && m_gate)
        m_gate->deliver(*fault, socket, std::move(response), pending.close);
    else
        HttpResponseWriter::write(socket, response, pending.close);
}

} // namespace cockpit
