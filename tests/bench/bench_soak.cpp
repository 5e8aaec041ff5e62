// cockpit-bench-soak --minutes N: the core client and services under sustained trouble. For N
// minutes, workers create (TokenCreator, which never retries a create and looks for a token whose
// answer was lost), get, list and delete tokens against the emulator (a separate process) with
// 10 % of requests given a fault, every kind in equal parts, and the gateway's rate limit on. It
// counts operations, errors by kind, creates whose outcome was unknown and what became of them,
// operations that outlived their bound (a hang), and samples this process's RSS every 10 s. Ends
// with one line:
//   soak: <minutes> min, <ops> operations, <lost> lost, RSS +<percent>%
// "lost": creates whose outcome stayed unknown (neither found nor proven absent). Not a test: it
// prints its figures.
#include "BenchEmulatorProcess.h"
#include "api/ApiReply.h"
#include "api/CockpitClient.h"
#include "secrets/ProcessHardening.h"
#include "services/TokenCreator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace cockpit;

namespace {

QTextStream out(stdout);

// This process's resident memory in MB, from one read of /proc/self/status: VmRSS (all of it),
// RssAnon (what the program allocated) and RssFile (pages of the program and its libraries read
// in from their files). Zeros where the file or a line is missing.
struct Resident
{
    double all = 0;
    double anonymous = 0;
    double files = 0;
};

Resident residentMemory()
{
    Resident resident;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return resident;
    const auto mb = [](const QByteArray &line, qsizetype from) {
        return line.mid(from).trimmed().split(' ').value(0).toDouble() / 1024.0;
    };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            resident.all = mb(line, 6);
        else if (line.startsWith("RssAnon:"))
            resident.anonymous = mb(line, 8);
        else if (line.startsWith("RssFile:"))
            resident.files = mb(line, 8);
    }
    return resident;
}

struct Tally
{
    int operations = 0;
    QMap<QString, int> errorsByKind;
    int unknownOutcomes = 0;
    int foundAfterUnknown = 0;
    int provenAbsent = 0;
    int lost = 0;
    int hung = 0;
    int longestMs = 0;
};

// One worker: create, then get, list and delete the token it made, over and over. Each step is
// one operation; its time is checked against the bound a request can take with its retries.
class Worker : public QObject
{
public:
    Worker(CockpitClient *client, const QString &projectId, int number, Tally *tally, int boundMs)
        : m_client(client)
        , m_creator(client)
        , m_projectId(projectId)
        , m_number(number)
        , m_tally(tally)
        , m_boundMs(boundMs)
    {
    }

    void start() { next(); }
    void stop() { m_stopping = true; }
    bool isIdle() const { return !m_inOperation; }
    bool unresolved() const { return m_creator.unresolved().has_value(); }
    void checkHang(qint64 now)
    {
        if (m_inOperation && !m_reportedHang && now - m_startedAt > m_boundMs) {
            m_reportedHang = true;
            ++m_tally->hung;
            out << "worker " << m_number << ": an operation outlived its " << m_boundMs
                << " ms bound" << Qt::endl;
        }
    }

private:
    void next()
    {
        if (m_stopping)
            return;
        m_token = {};
        CreateTokenRequest request;
        request.region = allRegions().at(m_round % 3);
        request.projectId = m_projectId;
        request.name = QStringLiteral("soak-%1-%2").arg(m_number).arg(++m_round);
        request.scopes = TokenScope::WriteOnlyMetrics | TokenScope::ReadOnlyLogs;
        startOperation();
        if (!follow(m_creator.create(request))) {
            // Refused while an earlier create is unresolved: look for it again first.
            finishOperation({});
            startOperation();
            if (!follow(m_creator.checkAgain())) {
                QTimer::singleShot(100, this, [this] {
                    finishOperation({});
                    next();
                });
            }
        }
    }

    // Hears the result of one create (or one more look for a lost one); false for none.
    bool follow(CreateOperation *operation)
    {
        if (!operation)
            return false;
        connect(operation, &CreateOperation::created, this, [this](const CreatedToken &created) {
            finishOperation({});
            m_token = created.token;
            get();
        });
        connect(operation, &CreateOperation::createFailed, this,
                [this](const CreateTokenRequest &, const ApiError &error) {
                    finishOperation(error);
                    next();
                });
        connect(operation, &CreateOperation::outcomeUnknown, this,
                [this](const CreateTokenRequest &, const ApiError &error) {
                    ++m_tally->unknownOutcomes;
                    finishOperation(error);
                    startOperation(); // the search
                });
        connect(operation, &CreateOperation::recoveryFinished, this,
                [this](const CreateTokenRequest &, const QList<Token> &candidates,
                       const ApiError &searchError) { onRecovery(candidates, searchError); });
        return true;
    }

    void onRecovery(const QList<Token> &candidates, const ApiError &searchError)
    {
        finishOperation(searchError);
        if (searchError.isError()) {
            // Not known yet: asked again (TokenCreator refuses the same create meanwhile).
            startOperation();
            QTimer::singleShot(200, this, [this] {
                if (!follow(m_creator.checkAgain())) {
                    finishOperation({});
                    next();
                }
            });
            return;
        }
        if (candidates.isEmpty()) {
            ++m_tally->provenAbsent;
            next();
            return;
        }
        ++m_tally->foundAfterUnknown;
        m_token = candidates.constFirst();
        remove(); // the orphan, as the user would
    }

    void get()
    {
        startOperation();
        TokenReply *reply = m_client->getToken(m_token.region, m_token.id);
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            finishOperation(reply->error());
            list();
        });
    }

    void list()
    {
        startOperation();
        TokenListReply *reply = m_client->listTokens({m_token.region, m_projectId, {}, {}});
        connect(reply, &ApiReply::finished, this, [this, reply] {
            reply->deleteLater();
            finishOperation(reply->error());
            remove();
        });
    }

    void remove(int attempt = 0)
    {
        startOperation();
        ApiReply *reply = m_client->deleteToken(m_token.region, m_token.id);
        connect(reply, &ApiReply::finished, this, [this, reply, attempt] {
            reply->deleteLater();
            const ApiError error = reply->error();
            finishOperation(error);
            // Gone already counts as deleted; anything else is tried again a few times, so the
            // emulator's store does not grow with the run.
            if (error.isError() && error.kind != ApiError::Kind::NotFound && attempt < 5)
                remove(attempt + 1);
            else
                next();
        });
    }

    void startOperation()
    {
        m_inOperation = true;
        m_reportedHang = false;
        m_startedAt = m_clock.isValid() ? m_clock.elapsed() : (m_clock.start(), 0);
    }

    void finishOperation(const ApiError &error)
    {
        if (!m_inOperation)
            return;
        m_inOperation = false;
        ++m_tally->operations;
        m_tally->longestMs = std::max(m_tally->longestMs, int(m_clock.elapsed() - m_startedAt));
        if (error.isError())
            ++m_tally->errorsByKind[ApiError::kindName(error.kind)];
    }

    CockpitClient *m_client;
    TokenCreator m_creator;
    QString m_projectId;
    int m_number;
    Tally *m_tally;
    int m_boundMs;
    Token m_token;
    int m_round = 0;
    bool m_stopping = false;
    bool m_inOperation = false;
    bool m_reportedHang = false;
    qint64 m_startedAt = 0;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    // As the app does first thing (its memory policy included).
    const ProcessHardening hardening = hardenProcess();
    QCoreApplication app(argc, argv);
    // Thousands of expected failures: counted below, not logged one by one.
    QLoggingCategory::setFilterRules(QStringLiteral("cockpit.api.warning=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak run of the core client under faults."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("How long to run (default 20)."),
                                           QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
                                           QStringLiteral("Concurrent workers (default 8)."),
                                           QStringLiteral("n"), QStringLiteral("8"));
    parser.addOptions({minutesOption, workersOption});
    parser.process(app);
    out << "process: " << hardening.summary() << Qt::endl;
    const double minutes = std::max(0.1, parser.value(minutesOption).toDouble());
    const int workerCount = std::clamp(parser.value(workersOption).toInt(), 1, 64);

    // 10 % of requests get a fault, every kind in equal parts; the gateway's limit of 50/s.
    QStringList arguments{QStringLiteral("--rate-limit"), QStringLiteral("50"),
                          QStringLiteral("--latency-ms"), QStringLiteral("5"),
                          QStringLiteral("--low-delay")};
    const QStringList kinds{QStringLiteral("server-error"), QStringLiteral("server-error-json"),
                            QStringLiteral("drop"),         QStringLiteral("stall"),
                            QStringLiteral("malformed"),    QStringLiteral("truncated"),
                            QStringLiteral("empty-body"),   QStringLiteral("wrong-types"),
                            QStringLiteral("oversized"),    QStringLiteral("rate-limited")};
    for (const QString &kind : kinds)
        arguments << QStringLiteral("--fault-rate") << kind + QStringLiteral("=0.01");
    BenchEmulatorProcess emulator;
    QString error;
    if (!emulator.start(QStringLiteral(COCKPIT_BENCH_EMULATOR), arguments, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }

    ClientSettings settings;
    settings.baseUrl = QUrl(emulator.value(QStringLiteral("SCW_API_URL")));
    settings.secretKey = Secret(emulator.value(QStringLiteral("SCW_SECRET_KEY")));
    settings.timeoutMs = 3000; // a stalled answer costs 3 s, not 30
    QNetworkAccessManager network;
    CockpitClient client(&network, settings);
    // The longest a request may take with all its retries and backoffs, and some slack.
    const int boundMs =
        (settings.maxRetries + 1) * (settings.timeoutMs + settings.retryMaxDelayMs) + 10000;

    Tally tally;
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < workerCount; ++i)
        workers.push_back(std::make_unique<Worker>(
            &client, emulator.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID")), i, &tally, boundMs));
    for (auto &worker : workers)
        worker->start();

    QElapsedTimer elapsed;
    elapsed.start();
    QList<double> samples;
    QList<double> anonymous;
    QList<double> files;
    const auto sample = [&] {
        const Resident now = residentMemory();
        samples.append(now.all);
        anonymous.append(now.anonymous);
        files.append(now.files);
    };
    sample();
    QTimer sampler;
    sampler.start(10000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        sample();
        out << QStringLiteral("%1 s: %2 operations, RSS %3 MB (anonymous %4 MB, files %5 MB)")
                   .arg(elapsed.elapsed() / 1000)
                   .arg(tally.operations)
                   .arg(samples.constLast(), 0, 'f', 1)
                   .arg(anonymous.constLast(), 0, 'f', 1)
                   .arg(files.constLast(), 0, 'f', 1)
            << Qt::endl;
    });
    QTimer watchdog;
    watchdog.start(1000);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        for (auto &worker : workers)
            worker->checkHang(elapsed.elapsed());
    });
    // At the end, the workers finish what they are doing (bounded), then the tally is printed.
    QTimer::singleShot(int(minutes * 60000), [&] {
        for (auto &worker : workers)
            worker->stop();
        QTimer *drain = new QTimer(&app);
        const qint64 drainStart = elapsed.elapsed();
        QObject::connect(drain, &QTimer::timeout, [&, drain, drainStart] {
            const bool idle = std::all_of(workers.cbegin(), workers.cend(),
                                          [](const auto &worker) { return worker->isIdle(); });
            if (idle || elapsed.elapsed() - drainStart > boundMs)
                app.quit();
        });
        drain->start(100);
    });
    app.exec();

    for (auto &worker : workers)
        tally.lost += worker->unresolved() ? 1 : 0;
    // What the run left in the emulator: every token it made was deleted, unless its delete kept
    // failing; a create reported as failed that happened anyway would show here.
    int leftBehind = -1;
    {
        MultiRegionTokenListReply *reply = client.listTokensInRegions(
            emulator.value(QStringLiteral("SCW_DEFAULT_PROJECT_ID")), allRegions());
        QEventLoop loop;
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(boundMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->isSuccess()) {
            leftBehind = 0;
            for (const QList<Token> &tokens : reply->tokensByRegion())
                leftBehind += int(std::count_if(tokens.cbegin(), tokens.cend(), [](const Token &t) {
                    return t.name.startsWith(QLatin1String("soak-"));
                }));
        }
    }
    // Growth after the first minute (the first sample from 60 s on), to the last sample.
    const qsizetype base = std::min<qsizetype>(6, samples.size() - 1);
    const double from = samples.at(base);
    const double to = samples.constLast();
    const double growth = from > 0 ? (to - from) / from * 100.0 : 0;
    out << "operations: " << tally.operations << ", longest " << tally.longestMs << " ms (bound "
        << boundMs << " ms), outlived their bound: " << tally.hung << Qt::endl;
    out << "errors by kind:";
    for (auto it = tally.errorsByKind.cbegin(); it != tally.errorsByKind.cend(); ++it)
        out << ' ' << it.key() << ' ' << it.value();
    out << Qt::endl;
    out << "creates with an unknown outcome: " << tally.unknownOutcomes << ", found "
        << tally.foundAfterUnknown << ", proven absent " << tally.provenAbsent << ", still unknown "
        << tally.lost << Qt::endl;
    out << "tokens of the run left in the emulator: "
        << (leftBehind < 0 ? QStringLiteral("could not list") : QString::number(leftBehind))
        << Qt::endl;
    out << QStringLiteral("RSS: %1 MB at start, %2 MB after the first minute, %3 MB at the end")
               .arg(samples.constFirst(), 0, 'f', 1)
               .arg(from, 0, 'f', 1)
               .arg(to, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("of which anonymous memory (what the program allocated): %1 MB after "
                          "the first minute, %2 MB at the end, at most %3 MB; pages of the program "
                          "and its libraries: %4 MB, then %5 MB")
               .arg(anonymous.at(base), 0, 'f', 1)
               .arg(anonymous.constLast(), 0, 'f', 1)
               .arg(*std::max_element(anonymous.cbegin(), anonymous.cend()), 0, 'f', 1)
               .arg(files.at(base), 0, 'f', 1)
               .arg(files.constLast(), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("soak: %1 min, %2 operations, %3 lost, RSS %4%5%")
               .arg(minutes)
               .arg(tally.operations)
               .arg(tally.lost)
               .arg(growth >= 0 ? QStringLiteral("+") : QString())
               .arg(growth, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
