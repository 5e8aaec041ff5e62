// The client's operations end to end on the fake network: pagination (concurrent pages, short
// pages, duplicates), a failing page failing its region, partial multi-region results,
// cancellation, deleting replies or the client mid-flight, and what a create's answer gives.
#include "FakeNetworkAccessManager.h"
#include "api/CockpitClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace cockpit;

namespace {

const QString kProject = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kOrganization = QStringLiteral("33333333-3333-4333-8333-333333333333");

QString tokenId(int index)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
}

QJsonObject tokenJson(int index, const QString &region)
{
    return {{QStringLiteral("id"), tokenId(index)},
            {QStringLiteral("project_id"), kProject},
            {QStringLiteral("name"), QStringLiteral("token-%1").arg(index)},
            {QStringLiteral("created_at"), QStringLiteral("2025-03-04T05:06:07.123456Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2025-03-04T05:06:07.123456Z")},
            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("write_only_metrics")}},
            {QStringLiteral("secret_key"), QJsonValue::Null},
            {QStringLiteral("region"), region}};
}

QJsonObject projectJson(int index)
{
    return {{QStringLiteral("id"), tokenId(index)},
            {QStringLiteral("name"), QStringLiteral("project-%1").arg(index)},
            {QStringLiteral("organization_id"), kOrganization},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("created_at"), QStringLiteral("2025-03-04T05:06:07Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2025-03-04T05:06:07Z")}};
}

int queryInt(const FakeRequest &request, const char *key)
{
    return QUrlQuery(request.url()).queryItemValue(QLatin1String(key)).toInt();
}

QString regionOf(const FakeRequest &request)
{
    return request.url().path().section(QLatin1Char('/'), 4, 4);
}

// A page of a list of `total` items, cut as the request asks (at most `serverMax` per page).
FakeResponse pageOf(const FakeRequest &request, int total, const char *key, int serverMax = 1000,
                    int firstIndex = 0)
{
    const int page = queryInt(request, "page");
    const int size = std::min(queryInt(request, "page_size"), serverMax);
    QJsonArray items;
    for (int i = (page - 1) * size; i < std::min(total, page * size); ++i) {
        items.append(QLatin1String(key) == QLatin1String("tokens")
                         ? tokenJson(firstIndex + i, regionOf(request))
                         : projectJson(firstIndex + i));
    }
    const QJsonObject body{{QStringLiteral("total_count"), total}, {QLatin1String(key), items}};
    FakeResponse response =
        FakeResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.delayMs = 5;
    return response;
}

FakeResponse stalled()
{
    FakeResponse response;
    response.stall = true;
    return response;
}

ClientSettings fastSettings()
{
    ClientSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://api.scaleway.com"));
    settings.secretKey = Secret(QStringLiteral("55555555-5555-4555-8555-555555555555"));
    settings.retryBaseDelayMs = 1;
    settings.retryMaxDelayMs = 2;
    settings.maxRetries = 1;
    settings.maxRequestsPerSecond = 0;
    // What the client picks over HTTP/1.1 (Qt 6.4 here); over HTTP/2 (Qt 6.8+ against this
    // https:// URL) it would pick more: these tests count requests, so they name the numbers.
    settings.maxConcurrentRequests = 6;
    settings.speculativePages = 1;
    return settings;
}

} // namespace

class TestClientFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pagesLoadedConcurrently();
    void shortServerPages();
    void transportDefaults();
    void secondLoadAsksForEveryPageAtOnce();
    void duplicatesAcrossPages();
    void speculativePage_data();
    void speculativePage();
    void failingPageFailsTheRegion_data();
    void failingPageFailsTheRegion();
    void partialRegions();
    void everyRegionFails();
    void concurrencyIsBounded();
    void projectPages();
    void createGivesTheSecret();
    void createWithUnreadableAnswer();
    void deleteSucceeds();
    void abortList();
    void abortCreate();
    void deletingAReplyAbortsIt();
    void deletingTheClientCancels();

private:
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<CockpitClient> m_client;
    void makeClient(ClientSettings settings = fastSettings())
    {
        m_client = std::make_unique<CockpitClient>(m_network.get(), settings);
    }
};

void TestClientFlows::init()
{
    m_client.reset();
    m_network = std::make_unique<FakeNetworkAccessManager>();
    makeClient();
}

void TestClientFlows::pagesLoadedConcurrently()
{
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 2500, "tokens"); });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::NlAms, kProject, {}, {}}));
    QSignalSpy progress(reply.get(), &TokenListReply::progress);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message));
    QCOMPARE(reply->totalCount(), 2500);
    QCOMPARE(reply->tokens().size(), 2500);
    for (int i = 0; i < 2500; i += 499) {
        QCOMPARE(reply->tokens().at(i).id, tokenId(i));
        QCOMPARE(reply->tokens().at(i).region, Region::NlAms);
    }
    QCOMPARE(m_network->requests().size(), 3);
    QList<int> pages;
    for (const FakeRequest &request : m_network->requests())
        pages.append(queryInt(request, "page"));
    QCOMPARE(pages, QList<int>({1, 2, 3}));
    // Pages 2 and 3 were asked for together, once page 1 had given total_count.
    QCOMPARE(m_network->maxInFlight(), 2);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), QVariantList({1000, 2500}));
    QCOMPARE(progress.last(), QVariantList({2500, 2500}));
    QCOMPARE(finished.size(), 1);
}

void TestClientFlows::shortServerPages()
{
    // The server serves 100 per page whatever is asked: page 1 says so, and every item is loaded.
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 250, "tokens", 100); });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(reply->isSuccess());
    QCOMPARE(reply->tokens().size(), 250);
    QCOMPARE(reply->tokens().last().id, tokenId(249));
    QCOMPARE(m_network->requests().size(), 3);
}

void TestClientFlows::transportDefaults()
{
    ClientSettings http1;
    resolveTransportDefaults(&http1, false);
    QCOMPARE(http1.maxConcurrentRequests, 6);
    QCOMPARE(http1.speculativePages, 1);
    ClientSettings http2;
    resolveTransportDefaults(&http2, true);
    QCOMPARE(http2.maxConcurrentRequests, 16);
    QCOMPARE(http2.speculativePages, 3);
    // What a caller sets stays.
    ClientSettings chosen;
    chosen.maxConcurrentRequests = 2;
    chosen.speculativePages = 0;
    resolveTransportDefaults(&chosen, true);
    QCOMPARE(chosen.maxConcurrentRequests, 2);
    QCOMPARE(chosen.speculativePages, 0);
}

void TestClientFlows::secondLoadAsksForEveryPageAtOnce()
{
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 2500, "tokens"); });
    for (int load = 0; load < 2; ++load) {
        std::unique_ptr<TokenListReply> reply(
            m_client->listTokens({Region::NlAms, kProject, {}, {}}));
        QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
        QVERIFY(reply->isSuccess());
        QCOMPARE(reply->tokens().size(), 2500);
    }
    // The first load learnt that the list holds 2,500: the second asked for its 3 pages together.
    QCOMPARE(m_network->requests().size(), 6);
    QCOMPARE(m_network->maxInFlight(), 3);
    // A list of other tokens (another region) is not taken for it.
    m_network->clearRequests();
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 10, "tokens"); });
    std::unique_ptr<TokenListReply> other(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QVERIFY(QSignalSpy(other.get(), &ApiReply::finished).wait(5000));
    QCOMPARE(m_network->requests().size(), 2); // page 1 and the first-load guess, page 2
}

void TestClientFlows::duplicatesAcrossPages()
{
    // A token created while reading shifts the pages: the last token of page 1 comes again.
    ClientSettings settings = fastSettings();
    settings.tokenPageSize = 3;
    makeClient(settings);
    m_network->setHandler([](const FakeRequest &r) {
        const int page = queryInt(r, "page");
        return pageOf(r, 6, "tokens", 1000, page == 1 ? 0 : -1);
    });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(reply->isSuccess());
    QStringList ids;
    for (const Token &token : reply->tokens())
        ids.append(token.id);
    QCOMPARE(ids, QStringList({tokenId(0), tokenId(1), tokenId(2), tokenId(3), tokenId(4)}));
}

void TestClientFlows::speculativePage_data()
{
    QTest::addColumn<int>("speculativePages");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("pageTwo"); // "ok", "fails" or "stalls"
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<bool>("success");
    QTest::newRow("none, one page") << 0 << 10 << QStringLiteral("ok") << 1 << true;
    QTest::newRow("one, one page") << 1 << 10 << QStringLiteral("ok") << 2 << true;
    QTest::newRow("one, not needed and failing") << 1 << 10 << QStringLiteral("fails") << 3 << true;
    QTest::newRow("one, not needed and stalled")
        << 1 << 10 << QStringLiteral("stalls") << 2 << true;
    QTest::newRow("one, needed and failing") << 1 << 1500 << QStringLiteral("fails") << 3 << false;
    QTest::newRow("one, two pages") << 1 << 1500 << QStringLiteral("ok") << 2 << true;
    QTest::newRow("three, two pages") << 3 << 1500 << QStringLiteral("ok") << 4 << true;
}

void TestClientFlows::speculativePage()
{
    QFETCH(int, speculativePages);
    QFETCH(int, total);
    QFETCH(QString, pageTwo);
    QFETCH(int, expectedRequests);
    QFETCH(bool, success);
    ClientSettings settings = fastSettings();
    settings.speculativePages = speculativePages;
    makeClient(settings);
    m_network->setHandler([&](const FakeRequest &r) {
        if (queryInt(r, "page") == 2 && pageTwo == QLatin1String("fails"))
            return FakeResponse::empty(503); // fails fast, before page 1 is in
        if (queryInt(r, "page") == 2 && pageTwo == QLatin1String("stalls"))
            return stalled();
        FakeResponse response = pageOf(r, total, "tokens");
        response.delayMs = 30;
        return response;
    });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->isSuccess(), success);
    QCOMPARE(m_network->requests().size(), expectedRequests);
    if (success) {
        QCOMPARE(reply->tokens().size(), total);
        QCOMPARE(reply->totalCount(), total);
    } else {
        QCOMPARE(reply->error().kind, ApiError::Kind::ServerError);
        QVERIFY(reply->tokens().isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_network->inFlight(), 0, 2000);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestClientFlows::failingPageFailsTheRegion_data()
{
    QTest::addColumn<QByteArray>("brokenBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::newRow("server error") << QByteArray() << 503 << QStringLiteral("ServerError");
    QTest::newRow("malformed") << QByteArray("{\"total_count\":3000,\"tokens\":[{\"id\":4}]}")
                               << 200 << QStringLiteral("MalformedResponse");
    QTest::newRow("truncated") << QByteArray("{\"total_count\":3000,\"tokens\":[") << 200
                               << QStringLiteral("MalformedResponse");
    QTest::newRow("not found") << QByteArray("{\"type\":\"not_found\",\"message\":\"gone\"}") << 404
                               << QStringLiteral("NotFound");
}

void TestClientFlows::failingPageFailsTheRegion()
{
    QFETCH(QByteArray, brokenBody);
    QFETCH(int, status);
    QFETCH(QString, kind);
    m_network->setHandler([&](const FakeRequest &r) {
        if (queryInt(r, "page") == 2) {
            // Later than page 1, so that pages 3 and 4 are in flight when it fails.
            FakeResponse response =
                FakeResponse::json(status, brokenBody).header("X-Request-Id", "page-2");
            response.delayMs = 100;
            return response;
        }
        if (queryInt(r, "page") > 2)
            return stalled();
        return pageOf(r, 3000, "tokens");
    });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(ApiError::kindName(reply->error().kind), kind);
    QCOMPARE(reply->error().requestId, QStringLiteral("page-2"));
    // No half list, and the page still in flight was stopped.
    QVERIFY(reply->tokens().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_network->inFlight(), 0, 2000);
    QVERIFY(m_network->abortedCount() >= 1);
}

void TestClientFlows::partialRegions()
{
    m_network->setHandler([](const FakeRequest &r) {
        if (regionOf(r) == QLatin1String("nl-ams")) {
            return FakeResponse::json(
                403, "{\"details\":[{\"action\":\"read\",\"resource\":\"cockpit\"}],"
                     "\"message\":\"insufficient permissions\","
                     "\"type\":\"permissions_denied\"}");
        }
        return pageOf(r, regionOf(r) == QLatin1String("fr-par") ? 1500 : 20, "tokens");
    });
    std::unique_ptr<MultiRegionTokenListReply> reply(
        m_client->listTokensInRegions(kProject, {Region::PlWaw, Region::NlAms, Region::FrPar}));
    QSignalSpy regionFinished(reply.get(), &MultiRegionTokenListReply::regionFinished);
    QSignalSpy progress(reply.get(), &MultiRegionTokenListReply::progress);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->isSuccess());
    QVERIFY(reply->isPartial());
    QCOMPARE(reply->regionErrors().keys(), QList<Region>({Region::NlAms}));
    QCOMPARE(reply->regionErrors().value(Region::NlAms).kind, ApiError::Kind::PermissionDenied);
    QCOMPARE(reply->regionErrors().value(Region::NlAms).details.size(), 1);
    QCOMPARE(reply->tokensByRegion().value(Region::FrPar).size(), 1500);
    QCOMPARE(reply->tokensByRegion().value(Region::PlWaw).size(), 20);
    const QList<Token> all = reply->tokens();
    QCOMPARE(all.size(), 1520);
    QCOMPARE(all.first().region, Region::PlWaw); // in the order asked
    QCOMPARE(all.last().region, Region::FrPar);
    QCOMPARE(regionFinished.size(), 3);
    QCOMPARE(finished.size(), 1);
    // The sum is only known once every region that answered has said its total.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(1).toInt(), -1);
}

void TestClientFlows::everyRegionFails()
{
    m_network->setHandler([](const FakeRequest &r) {
        return FakeResponse::json(
                   401, "{\"message\":\"authentication is denied\",\"method\":\"api_key\","
                        "\"reason\":\"not_found\",\"type\":\"denied_authentication\"}")
            .header("X-Request-Id", regionOf(r).toLatin1());
    });
    std::unique_ptr<MultiRegionTokenListReply> reply(
        m_client->listTokensInRegions(kProject, {Region::NlAms, Region::FrPar}));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(!reply->isSuccess());
    QVERIFY(!reply->isPartial());
    QCOMPARE(reply->error().kind, ApiError::Kind::Unauthenticated);
    QCOMPARE(reply->error().requestId, QStringLiteral("nl-ams")); // the first region's
    QCOMPARE(reply->regionErrors().size(), 2);
    QVERIFY(reply->tokens().isEmpty());
}

void TestClientFlows::concurrencyIsBounded()
{
    ClientSettings settings = fastSettings();
    settings.maxConcurrentRequests = 2;
    settings.tokenPageSize = 10;
    makeClient(settings);
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 40, "tokens"); });
    std::unique_ptr<MultiRegionTokenListReply> reply(
        m_client->listTokensInRegions(kProject, allRegions()));
    QSignalSpy progress(reply.get(), &MultiRegionTokenListReply::progress);
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(reply->isSuccess());
    QCOMPARE(reply->tokens().size(), 120);
    // One signal per page; the total only once all three regions have given theirs.
    QCOMPARE(progress.size(), 12);
    QCOMPARE(progress.first().at(1).toInt(), -1);
    QCOMPARE(progress.last(), QVariantList({120, 120}));
    for (const QList<QVariant> &signal : std::as_const(progress))
        QVERIFY(signal.at(1).toInt() == -1 || signal.at(1).toInt() == 120);
    QCOMPARE(m_network->requests().size(), 12);
    QCOMPARE(m_network->maxInFlight(), 2);
}

void TestClientFlows::projectPages()
{
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 250, "projects"); });
    std::unique_ptr<ProjectListReply> reply(m_client->listProjects(kOrganization));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message));
    QCOMPARE(reply->projects().size(), 250);
    QCOMPARE(reply->projects().at(120).name, QStringLiteral("project-120"));
    QCOMPARE(reply->projects().at(0).organizationId, kOrganization);
    QCOMPARE(m_network->requests().size(), 3);
}

void TestClientFlows::createGivesTheSecret()
{
    m_network->setHandler([](const FakeRequest &r) {
        QJsonObject token = tokenJson(7, regionOf(r));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        token.insert(QStringLiteral("name"), body.value(QLatin1String("name")));
        token.insert(QStringLiteral("secret_key"), QStringLiteral("a-one-time-secret"));
        return FakeResponse::json(200, QJsonDocument(token).toJson());
    });
    const CreateTokenRequest request{Region::PlWaw, kProject, QStringLiteral("alloy-push"),
                                     TokenScope::WriteOnlyMetrics};
    std::unique_ptr<CreateTokenReply> reply(m_client->createToken(request));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message));
    QCOMPARE(reply->created().token.name, QStringLiteral("alloy-push"));
    QCOMPARE(reply->created().token.region, Region::PlWaw);
    QCOMPARE(reply->created().secretKey.expose(), QStringLiteral("a-one-time-secret"));
    QCOMPARE(reply->request().name, request.name);
}

void TestClientFlows::createWithUnreadableAnswer()
{
    // A 2xx means the token exists; an answer that cannot be read lost its secret: the caller
    // is told the outcome is unknown so that it looks for the token. And nothing is retried.
    m_network->setHandler([](const FakeRequest &) { return FakeResponse::json(200, "{\"id\":"); });
    std::unique_ptr<CreateTokenReply> reply(
        m_client->createToken({Region::FrPar, kProject, QStringLiteral("abc"), {}}));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
    QVERIFY(reply->error().outcomeUnknown);
    QCOMPARE(reply->error().httpStatus, 200);
    QVERIFY(reply->created().secretKey.isEmpty());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestClientFlows::deleteSucceeds()
{
    m_network->setHandler([](const FakeRequest &) {
        return FakeResponse::empty(204).header("Content-Type", "application/json");
    });
    std::unique_ptr<ApiReply> reply(m_client->deleteToken(Region::FrPar, tokenId(1)));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(reply->isSuccess());
}

void TestClientFlows::abortList()
{
    m_network->setHandler([](const FakeRequest &r) {
        return queryInt(r, "page") == 1 ? pageOf(r, 5000, "tokens") : stalled();
    });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QSignalSpy progress(reply.get(), &TokenListReply::progress);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(m_network->inFlight(), 4, 5000);
    reply->abort();
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_network->inFlight(), 0);
    QCOMPARE(m_network->abortedCount(), 4); // pages 2 to 5
    QVERIFY(finished.wait(5000));
    const int progressSeen = int(progress.size());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(int(progress.size()), progressSeen);
    QVERIFY(reply->tokens().isEmpty());
    reply->abort(); // harmless once finished
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
}

void TestClientFlows::abortCreate()
{
    m_network->setHandler([](const FakeRequest &) { return stalled(); });
    std::unique_ptr<CreateTokenReply> reply(
        m_client->createToken({Region::FrPar, kProject, QStringLiteral("abc"), {}}));
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QCOMPARE(m_network->inFlight(), 1);
    reply->abort();
    QCOMPARE(m_network->abortedCount(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestClientFlows::deletingAReplyAbortsIt()
{
    m_network->setHandler([](const FakeRequest &) { return stalled(); });
    auto *list = m_client->listTokensInRegions(kProject, allRegions());
    auto *get = m_client->getToken(Region::FrPar, tokenId(3));
    // Three regions, each with its page 1 and speculative page 2, use the six slots.
    QCOMPARE(m_network->inFlight(), 6);
    delete list;
    delete get;
    QCOMPARE(m_network->inFlight(), 0);
    QCOMPARE(m_network->abortedCount(), 6);
    // The client is still usable and its slots were given back.
    m_network->setHandler([](const FakeRequest &r) { return pageOf(r, 2, "tokens"); });
    std::unique_ptr<TokenListReply> reply(m_client->listTokens({Region::FrPar, kProject, {}, {}}));
    QVERIFY(QSignalSpy(reply.get(), &ApiReply::finished).wait(5000));
    QVERIFY(reply->isSuccess());
}

void TestClientFlows::deletingTheClientCancels()
{
    m_network->setHandler([](const FakeRequest &) { return stalled(); });
    std::unique_ptr<MultiRegionTokenListReply> list(
        m_client->listTokensInRegions(kProject, allRegions()));
    std::unique_ptr<ApiReply> remove(m_client->deleteToken(Region::FrPar, tokenId(3)));
    QSignalSpy listFinished(list.get(), &ApiReply::finished);
    QSignalSpy removeFinished(remove.get(), &ApiReply::finished);
    m_client.reset();
    QVERIFY(listFinished.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(removeFinished.size(), 1, 5000);
    QCOMPARE(list->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(remove->error().kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_network->inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestClientFlows)
#include "tst_clientflows.moc"
