// The Secret type's wiping: its text is zeroed in place before it is let go (clear, destruction,
// assignment), a buffer shared with another copy is left to that copy, and the bytes of a
// create's answer are overwritten once read.
#include "api/Secret.h"

#include <QTest>

using cockpit::Secret;

class TestSecretWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zeroesWhatItHoldsAlone();
    void leavesSharedBuffersToTheirOtherCopies();
    void bytesToo();
    void clearAndAssignmentLetGo();
};

void TestSecretWipe::zeroesWhatItHoldsAlone()
{
    QString text = QStringLiteral("7a1b2c3d-secret-%1").arg(42);
    QVERIFY(text.isDetached());
    const qsizetype size = text.size();
    QVERIFY(Secret::zero(text));
    QCOMPARE(text.size(), size);
    QCOMPARE(text, QString(size, QChar(u'\0')));
    Secret::overwrite(text);
    QVERIFY(text.isEmpty());
}

void TestSecretWipe::leavesSharedBuffersToTheirOtherCopies()
{
    const QString original = QStringLiteral("shared-%1").arg(7);
    QString copy = original;
    QVERIFY(!copy.isDetached());
    QVERIFY(!Secret::zero(copy));
    Secret::overwrite(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, QStringLiteral("shared-7"));
    // The same through a Secret: the other copy keeps its text.
    Secret secret(original);
    secret.clear();
    QVERIFY(secret.isEmpty());
    QCOMPARE(original, QStringLiteral("shared-7"));
}

void TestSecretWipe::bytesToo()
{
    QByteArray body = QByteArray("{\"secret_key\":\"") + QByteArray::number(123456) + "\"}";
    const qsizetype size = body.size();
    QVERIFY(Secret::zero(body));
    QCOMPARE(body, QByteArray(size, '\0'));
    Secret::overwrite(body);
    QVERIFY(body.isEmpty());
    QByteArray shared = QByteArray("kept-") + QByteArray::number(1);
    QByteArray other = shared;
    QVERIFY(!Secret::zero(other));
    QCOMPARE(shared, QByteArray("kept-1"));
}

void TestSecretWipe::clearAndAssignmentLetGo()
{
    Secret secret(QStringLiteral("first-%1").arg(1));
    QCOMPARE(secret.expose(), QStringLiteral("first-1"));
    secret = Secret(QStringLiteral("second-%1").arg(2));
    QCOMPARE(secret.expose(), QStringLiteral("second-2"));
    Secret moved = std::move(secret);
    QVERIFY(secret.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty, by design
    QCOMPARE(moved.expose(), QStringLiteral("second-2"));
    moved.clear();
    QVERIFY(moved.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
