// Issue 25 item 18: screen readers (AT-SPI names the application after its accessible root)
// call the application "Cockpit Tokens", while the settings stay where they always were.
#include "common/AppIdentity.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

class TestAppIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenReadersSayTheDisplayName()
    {
        cockpit::AppIdentity::apply();
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(qApp);
        QVERIFY(root);
        QCOMPARE(root->role(), QAccessible::Application);
        QCOMPARE(root->text(QAccessible::Name), QStringLiteral("Cockpit Tokens"));
    }

    void settingsStayWhereTheyWere()
    {
        cockpit::AppIdentity::apply();
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("io.github.cockpittokens"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("CockpitTokens"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Cockpit Tokens"));
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral(COCKPIT_APP_ID));
    }
};

QTEST_MAIN(TestAppIdentity)
#include "tst_appidentity.moc"
