// ClipboardGuard: the password hint, never the X11 PRIMARY selection, the countdown, clearing only
// our own value, and clearing on quit. (tst_secretcopypaths reads the same from a second X client.)
#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private:
    QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    const Secret m_secret{QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0-secret")};

private Q_SLOTS:
    void init() { clipboard()->clear(); }

    void marksTheCopyAsAPassword()
    {
        ClipboardGuard guard(clipboard());
        guard.copySecret(m_secret);
        const QMimeData *data = clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), m_secret.expose());
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(guard.isGuarding());
        if (clipboard()->supportsSelection())
            QVERIFY(clipboard()->text(QClipboard::Selection) != m_secret.expose());
    }

    void countsDownThenClears()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(3);
        guard.setTickInterval(10);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(m_secret);
        QCOMPARE(guard.secondsRemaining(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
        QList<int> values;
        for (const QList<QVariant> &arguments : std::as_const(countdown))
            values.append(arguments.at(0).toInt());
        QCOMPARE(values, (QList<int>{3, 2, 1, 0}));
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!guard.isGuarding());
    }

    void leavesSomeoneElsesValueAlone()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(2);
        guard.setTickInterval(10);
        QSignalSpy released(&guard, &ClipboardGuard::released);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(m_secret);
        // Another application (or the user) copies something else.
        clipboard()->setText(QStringLiteral("copied elsewhere"));
        QTRY_COMPARE_WITH_TIMEOUT(released.count(), 1, 2000);
        QTest::qWait(100); // several ticks' worth: nothing may clear it now
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("copied elsewhere"));
        QVERIFY(!guard.isGuarding());
    }

    void plainCopyEndsTheGuard()
    {
        ClipboardGuard guard(clipboard());
        guard.copySecret(m_secret);
        QSignalSpy released(&guard, &ClipboardGuard::released);
        guard.copyText(QStringLiteral("fr-par/11111111-1111-1111-1111-111111111111"));
        QCOMPARE(released.count(), 1);
        QCOMPARE(clipboard()->text(),
                 QStringLiteral("fr-par/11111111-1111-1111-1111-111111111111"));
        QVERIFY(!clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!guard.isGuarding());
    }

    void clearsOnQuit()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelaySeconds(0); // never by time: only quitting clears it
        guard.copySecret(m_secret);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        // What QCoreApplication emits on quit, without ending the test's event loop.
        QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit");
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboard()->text().isEmpty());
    }

    void clearsWhenDestroyed()
    {
        {
            ClipboardGuard guard(clipboard());
            guard.copySecret(m_secret);
        }
        QVERIFY(clipboard()->text().isEmpty());
    }

    void destructionKeepsOthersValue()
    {
        {
            ClipboardGuard guard(clipboard());
            guard.copySecret(m_secret);
            clipboard()->setText(QStringLiteral("theirs"));
        }
        QCOMPARE(clipboard()->text(), QStringLiteral("theirs"));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
