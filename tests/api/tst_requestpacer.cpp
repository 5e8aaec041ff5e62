// Self-pacing: the RequestPacer's decisions on a simulated clock, and the RequestScheduler's
// concurrency bound, queue order, cancellation and holds on the real event loop.
#include "api/RequestPacer.h"
#include "api/RequestScheduler.h"

#include <QTest>

using namespace cockpit;

class TestRequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void window_data();
    void window();
    void unpaced();
    void serverBudget_data();
    void serverBudget();
    void serverBudgetFromTheRequestsStart_data();
    void serverBudgetFromTheRequestsStart();
    void holdKeepsTheLatest();

    void schedulerBoundsConcurrency();
    void schedulerKeepsOrder();
    void schedulerCancel();
    void schedulerHold();
    void schedulerPaces();
};

void TestRequestPacer::window_data()
{
    QTest::addColumn<int>("maxPerSecond");
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expectedDelay");
    QTest::newRow("empty") << 3 << QList<qint64>{} << qint64(0) << qint64(0);
    QTest::newRow("below the limit") << 3 << QList<qint64>{0, 10} << qint64(20) << qint64(0);
    // The pacer's window is the gateway's second and a 20 ms margin.
    QTest::newRow("at the limit") << 3 << QList<qint64>{0, 10, 20} << qint64(30) << qint64(990);
    QTest::newRow("oldest within the margin")
        << 3 << QList<qint64>{0, 10, 20} << qint64(1000) << qint64(20);
    QTest::newRow("oldest left the window")
        << 3 << QList<qint64>{0, 10, 20} << qint64(1020) << qint64(0);
    QTest::newRow("second oldest decides")
        << 2 << QList<qint64>{0, 500, 900} << qint64(950) << qint64(570);
    QTest::newRow("burst of fifty") << 50 << QList<qint64>(50, 100) << qint64(100) << qint64(1020);
    QTest::newRow("old starts ignored")
        << 2 << QList<qint64>{0, 1, 2000} << qint64(2001) << qint64(0);
}

void TestRequestPacer::window()
{
    QFETCH(int, maxPerSecond);
    QFETCH(QList<qint64>, starts);
    QFETCH(qint64, now);
    QFETCH(qint64, expectedDelay);
    RequestPacer pacer(maxPerSecond);
    for (qint64 start : std::as_const(starts))
        pacer.recordStart(start);
    QCOMPARE(pacer.delayBeforeStart(now), expectedDelay);
}

void TestRequestPacer::unpaced()
{
    RequestPacer pacer(0);
    for (int i = 0; i < 1000; ++i)
        pacer.recordStart(5);
    QCOMPARE(pacer.delayBeforeStart(5), qint64(0));
}

void TestRequestPacer::serverBudget_data()
{
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("reset");
    QTest::addColumn<qint64>("expectedDelay");
    QTest::newRow("budget left") << 12 << 1 << qint64(0);
    QTest::newRow("headers absent") << -1 << -1 << qint64(0);
    QTest::newRow("spent, reset 1 s") << 0 << 1 << qint64(1000);
    QTest::newRow("spent, reset 3 s") << 0 << 3 << qint64(3000);
    QTest::newRow("spent, no reset header") << 0 << -1 << qint64(1000);
}

void TestRequestPacer::serverBudget()
{
    QFETCH(int, remaining);
    QFETCH(int, reset);
    QFETCH(qint64, expectedDelay);
    RequestPacer pacer(50);
    pacer.noteServerBudget(10000, remaining, reset);
    QCOMPARE(pacer.delayBeforeStart(10000), expectedDelay);
    QCOMPARE(pacer.delayBeforeStart(10000 + expectedDelay), qint64(0));
}

void TestRequestPacer::serverBudgetFromTheRequestsStart_data()
{
    // 50 starts from 10000 on, 5 ms apart (the last at 10245); an answer at `now` says what is
    // left of the budget for the request started at `sentAt`.
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<int>("reset");
    QTest::addColumn<qint64>("sentAt");
    QTest::addColumn<qint64>("heldUntil");
    // The window began with the first start and resets at 11000; 20 ms of margin.
    QTest::newRow("spent by the last") << qint64(10360) << 0 << 1 << qint64(10245) << qint64(11020);
    // The 40th start got it (someone else used the key too): from the 50th start before it, or
    // the oldest known.
    QTest::newRow("spent earlier") << qint64(10300) << 0 << 1 << qint64(10195) << qint64(11020);
    // Never past a whole second from now, never before now.
    QTest::newRow("answered late") << qint64(15000) << 0 << 1 << qint64(10245) << qint64(15000);
    // A start unknown, or not among the recent ones: a whole second from now.
    QTest::newRow("start unknown") << qint64(10360) << 0 << 1 << qint64(-1) << qint64(11360);
    QTest::newRow("start forgotten") << qint64(10360) << 0 << 1 << qint64(9000) << qint64(11360);
    // Longer windows wait their whole reset from now.
    QTest::newRow("longer window") << qint64(10360) << 0 << 3 << qint64(10245) << qint64(13360);
    // Budget left: no hold.
    QTest::newRow("budget left") << qint64(10360) << 3 << 1 << qint64(10245) << qint64(0);
}

void TestRequestPacer::serverBudgetFromTheRequestsStart()
{
    QFETCH(qint64, now);
    QFETCH(int, remaining);
    QFETCH(int, reset);
    QFETCH(qint64, sentAt);
    QFETCH(qint64, heldUntil);
    RequestPacer pacer(50);
    for (int i = 0; i < 50; ++i)
        pacer.recordStart(10000 + i * 5);
    pacer.noteServerBudget(now, remaining, reset, sentAt);
    QCOMPARE(pacer.heldUntil(), heldUntil);
}

void TestRequestPacer::holdKeepsTheLatest()
{
    RequestPacer pacer(0);
    pacer.holdUntil(500);
    pacer.holdUntil(200);
    QCOMPARE(pacer.heldUntil(), qint64(500));
    QCOMPARE(pacer.delayBeforeStart(100), qint64(400));
    QCOMPARE(pacer.delayBeforeStart(600), qint64(0));
}

void TestRequestPacer::schedulerBoundsConcurrency()
{
    RequestScheduler scheduler(3, 0);
    int started = 0;
    for (int i = 0; i < 10; ++i)
        scheduler.enqueue([&started] { ++started; });
    QCOMPARE(started, 3);
    QCOMPARE(scheduler.inFlight(), 3);
    QCOMPARE(scheduler.queued(), 7);

    scheduler.release();
    // Not from inside release(): the next start waits for the event loop.
    QCOMPARE(started, 3);
    QTRY_COMPARE_WITH_TIMEOUT(started, 4, 2000);
    QCOMPARE(scheduler.inFlight(), 3);
    for (int i = 0; i < 3; ++i)
        scheduler.release();
    QTRY_COMPARE_WITH_TIMEOUT(started, 7, 2000);
    QCOMPARE(scheduler.inFlight(), 3);
}

void TestRequestPacer::schedulerKeepsOrder()
{
    RequestScheduler scheduler(1, 0);
    QList<int> order;
    for (int i = 0; i < 5; ++i)
        scheduler.enqueue([&order, i] { order.append(i); });
    for (int i = 0; i < 4; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), i + 1, 2000);
        // A newcomer queues behind those already waiting.
        scheduler.enqueue([&order] { order.append(100); });
        scheduler.release();
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 2000);
    QCOMPARE(order, QList<int>({0, 1, 2, 3, 4}));
}

void TestRequestPacer::schedulerCancel()
{
    RequestScheduler scheduler(1, 0);
    QList<int> order;
    scheduler.enqueue([&order] { order.append(1); });
    const RequestScheduler::Ticket second = scheduler.enqueue([&order] { order.append(2); });
    scheduler.enqueue([&order] { order.append(3); });
    scheduler.cancel(second);
    QCOMPARE(scheduler.queued(), 1);
    scheduler.release();
    QTRY_COMPARE_WITH_TIMEOUT(order, QList<int>({1, 3}), 2000);
}

void TestRequestPacer::schedulerHold()
{
    RequestScheduler scheduler(4, 0);
    scheduler.holdFor(150);
    bool started = false;
    scheduler.enqueue([&started] { started = true; });
    QVERIFY(!started);
    QCOMPARE(scheduler.queued(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(started, 5000);
}

void TestRequestPacer::schedulerPaces()
{
    // Two per second: the third start waits for the window even with free slots.
    RequestScheduler scheduler(10, 2);
    int started = 0;
    for (int i = 0; i < 3; ++i)
        scheduler.enqueue([&started] { ++started; });
    QCOMPARE(started, 2);
    QTest::qWait(100);
    QCOMPARE(started, 2);
    QTRY_COMPARE_WITH_TIMEOUT(started, 3, 5000);

    // The server's "none left" holds the queue too.
    scheduler.noteServerBudget(0, 1);
    scheduler.enqueue([&started] { ++started; });
    QTest::qWait(100);
    QCOMPARE(started, 3);
    QTRY_COMPARE_WITH_TIMEOUT(started, 4, 5000);
}

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
