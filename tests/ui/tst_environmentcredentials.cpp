// Reading credentials from the SCW_* environment variables.
#include "services/EnvironmentCredentials.h"

#include <QTest>

using namespace cockpit;

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
};

void TestEnvironmentCredentials::read_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("organizationId");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<QString>("region"); // empty = none
    QTest::addColumn<QString>("apiUrl");

    const QString secret = QStringLiteral("SCW_SECRET_KEY=11111111-2222-3333-4444-555555555555");
    QTest::newRow("nothing") << QStringList() << false << QString() << QString() << QString()
                             << QString() << QString();
    QTest::newRow("access key without secret")
        << QStringList{QStringLiteral("SCW_ACCESS_KEY=SCWABCDEFGHIJKLMNOPQ")} << false << QString()
        << QString() << QString() << QString() << QString();
    QTest::newRow("empty secret") << QStringList{QStringLiteral("SCW_SECRET_KEY=  ")} << false
                                  << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("everything") << QStringList{secret,
                                               QStringLiteral(
                                                   "SCW_ACCESS_KEY=SCWABCDEFGHIJKLMNOPQ"),
                                               QStringLiteral("SCW_DEFAULT_ORGANIZATION_ID=org"),
                                               QStringLiteral("SCW_DEFAULT_PROJECT_ID=proj"),
                                               QStringLiteral("SCW_DEFAULT_REGION=nl-ams"),
                                               QStringLiteral("SCW_API_URL=http://127.0.0.1:4010")}
                                << true << QStringLiteral("SCWABCDEFGHIJKLMNOPQ")
                                << QStringLiteral("org") << QStringLiteral("proj")
                                << QStringLiteral("nl-ams")
                                << QStringLiteral("http://127.0.0.1:4010");
    QTest::newRow("secret only") << QStringList{secret} << true << QString() << QString()
                                 << QString() << QString() << QString();
    QTest::newRow("region from zone")
        << QStringList{secret, QStringLiteral("SCW_DEFAULT_ZONE=pl-waw-2")} << true << QString()
        << QString() << QString() << QStringLiteral("pl-waw") << QString();
    QTest::newRow("region wins over zone")
        << QStringList{secret, QStringLiteral("SCW_DEFAULT_ZONE=pl-waw-2"),
                       QStringLiteral("SCW_DEFAULT_REGION=fr-par")}
        << true << QString() << QString() << QString() << QStringLiteral("fr-par") << QString();
    QTest::newRow("unknown region ignored")
        << QStringList{secret, QStringLiteral("SCW_DEFAULT_REGION=us-east")} << true << QString()
        << QString() << QString() << QString() << QString();
    QTest::newRow("values trimmed")
        << QStringList{secret, QStringLiteral("SCW_DEFAULT_PROJECT_ID= proj \n")} << true
        << QString() << QString() << QStringLiteral("proj") << QString() << QString();
}

void TestEnvironmentCredentials::read()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, found);
    QFETCH(QString, accessKey);
    QFETCH(QString, organizationId);
    QFETCH(QString, projectId);
    QFETCH(QString, region);
    QFETCH(QString, apiUrl);

    QProcessEnvironment environment;
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        environment.insert(variable.left(equals), variable.mid(equals + 1));
    }
    const std::optional<ApiCredentials> credentials = readEnvironmentCredentials(environment);
    QCOMPARE(credentials.has_value(), found);
    if (!found)
        return;
    QCOMPARE(credentials->secretKey.expose(),
             QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(credentials->accessKey, accessKey);
    QCOMPARE(credentials->organizationId, organizationId);
    QCOMPARE(credentials->projectId, projectId);
    QCOMPARE(credentials->defaultRegion ? regionId(*credentials->defaultRegion) : QString(),
             region);
    QCOMPARE(credentials->apiUrl.toString(), apiUrl);
}

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "tst_environmentcredentials.moc"
