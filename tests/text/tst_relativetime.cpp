// The Created column's relative texts.
#include "api/UtcDateTime.h"
#include "text/RelativeTime.h"

#include <QTest>

using namespace cockpit;

class TestRelativeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relative_data();
    void relative();
    void exactTimeIsLocal();
};

void TestRelativeTime::relative_data()
{
    QTest::addColumn<QDateTime>("then");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    // Noon local time, so that "yesterday" does not depend on the machine's time zone.
    const QDateTime now(QDate(2024, 9, 19), QTime(12, 0)); // local time
    QTest::newRow("future (clock skew)") << now.addSecs(30) << now << QStringLiteral("just now");
    QTest::newRow("seconds") << now.addSecs(-59) << now << QStringLiteral("just now");
    QTest::newRow("one minute") << now.addSecs(-60) << now << QStringLiteral("a minute ago");
    QTest::newRow("minutes") << now.addSecs(-59 * 60) << now << QStringLiteral("59 minutes ago");
    QTest::newRow("one hour") << now.addSecs(-3600) << now << QStringLiteral("an hour ago");
    QTest::newRow("hours") << now.addSecs(-23 * 3600) << now << QStringLiteral("23 hours ago");
    QTest::newRow("yesterday") << now.addDays(-1) << now << QStringLiteral("yesterday");
    QTest::newRow("days") << now.addDays(-3) << now << QStringLiteral("3 days ago");
    QTest::newRow("one month") << now.addDays(-45) << now << QStringLiteral("a month ago");
    QTest::newRow("months") << now.addDays(-200) << now << QStringLiteral("6 months ago");
    QTest::newRow("years") << now.addDays(-800) << now << QStringLiteral("2 years ago");
    QTest::newRow("UTC input") << now.toUTC().addDays(-2) << now << QStringLiteral("2 days ago");
    QTest::newRow("invalid") << QDateTime() << now << QStringLiteral("unknown");
}

void TestRelativeTime::relative()
{
    QFETCH(QDateTime, then);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(relativeTimeText(then, now), expected);
}

void TestRelativeTime::exactTimeIsLocal()
{
    const QDateTime utc = UtcDateTime::fromDateAndTime(QDate(2024, 9, 19), QTime(9, 4, 30));
    const QString text = exactLocalTimeText(utc);
    QVERIFY(text.contains(QString::number(utc.toLocalTime().time().hour())));
    QVERIFY(text.contains(QStringLiteral("2024")));
    QCOMPARE(exactLocalTimeText(QDateTime()), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
