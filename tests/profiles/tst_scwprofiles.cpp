// The scw CLI's profiles in the window: config.yaml (SCW_CONFIG_PATH) with two profiles pointing
// at the emulator, the profile the CLI would use opened with no set-up, switching, SCW_* alone,
// and a broken or too readable config file that must not stop the other profile sources.
#include "ProfileTestKit.h"
#include "WidgetChecks.h"
#include "frame/MessageBanner.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>

class TestScwProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { ProfileTestKit::useTestSettings("tst_scwprofiles"); }

    void startsOnTheProfileTheCliWouldUse_data();
    void startsOnTheProfileTheCliWouldUse();
    void switchingProfilesShowsTheirTokens();
    void environmentAloneIsAProfile();
    void malformedConfigIsReportedWithFileAndLine_data();
    void malformedConfigIsReportedWithFileAndLine();
    void fixedConfigIsReloadedWithoutARestart();
    void readableConfigIsWarnedOnce();
    void missingScwProfileIsWarned();
    void cliProfilesCannotBeRemoved();
    void configFileIsNeverWritten();
};

void TestScwProfiles::startsOnTheProfileTheCliWouldUse_data()
{
    QTest::addColumn<QString>("activeProfile");
    QTest::addColumn<QString>("scwProfile"); // SCW_PROFILE, empty = unset
    QTest::addColumn<bool>("expectSecond");
    QTest::newRow("root") << QString() << QString() << false;
    QTest::newRow("active_profile") << QStringLiteral("second") << QString() << true;
    QTest::newRow("SCW_PROFILE over active_profile")
        << QStringLiteral("second") << QStringLiteral("default") << false;
    QTest::newRow("SCW_PROFILE") << QString() << QStringLiteral("second") << true;
}

void TestScwProfiles::startsOnTheProfileTheCliWouldUse()
{
    QFETCH(QString, activeProfile);
    QFETCH(QString, scwProfile);
    QFETCH(bool, expectSecond);
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig(activeProfile));
    QProcessEnvironment environment = kit.environment();
    if (!scwProfile.isEmpty())
        environment.insert(QStringLiteral("SCW_PROFILE"), scwProfile);
    kit.build(environment);
    QVERIFY(kit.start());

    QCOMPARE(kit.header()->currentProfileId(),
             expectSecond ? QStringLiteral("scw:second") : QStringLiteral("scw:default"));
    const QString project = expectSecond ? kit.second.projectId : kit.demo.projectId;
    QCOMPARE(kit.header()->currentProjectId(), project);
    QVERIFY(kit.waitForTokens(project));
    QVERIFY(!kit.shownTokenIds().isEmpty());
    // Both CLI profiles are listed and marked as such, before the demo.
    QComboBox *box = kit.header()->profileBox();
    QCOMPARE(box->itemText(0), QStringLiteral("default (scw CLI)"));
    QCOMPARE(box->itemText(1), QStringLiteral("second (scw CLI)"));
    QCOMPARE(box->itemText(box->count() - 1), QStringLiteral("Demo"));
    QVERIFY(!kit.header()->isDemoBadgeVisible());
}

void TestScwProfiles::switchingProfilesShowsTheirTokens()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    QComboBox *box = kit.header()->profileBox();
    box->setCurrentIndex(box->findData(QStringLiteral("scw:second")));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QCOMPARE(kit.header()->currentProjectId(), kit.second.projectId);
    // The second organization's projects, not the demo's.
    QComboBox *projects = kit.header()->projectBox();
    // Its two projects, after "All projects" and a separator.
    QCOMPARE(kit.header()->projects().size(), 2);
    QCOMPARE(projects->count(), 4);
    QVERIFY(projects->itemData(0, cockpit::HeaderBar::AllProjectsRole)
                .toBool()); // "All projects" first
    QVERIFY(projects->findData(kit.secondOtherProjectId) >= 0);

    box->setCurrentIndex(box->findData(QStringLiteral("scw:default")));
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
}

void TestScwProfiles::environmentAloneIsAProfile()
{
    ProfileTestKit kit; // no config file is written
    QProcessEnvironment environment = kit.environment();
    environment.insert(QStringLiteral("SCW_ACCESS_KEY"), kit.second.accessKey);
    environment.insert(QStringLiteral("SCW_SECRET_KEY"), kit.second.secretKey);
    environment.insert(QStringLiteral("SCW_API_URL"), kit.emulator.baseUrl().toString());
    kit.build(environment);
    QVERIFY(kit.start());
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("scw:default"));
    QCOMPARE(kit.header()->profileBox()->currentText(), QStringLiteral("Environment (SCW_*)"));
    // The organization and the default project are found from the key, as `scw login` does.
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QVERIFY(kit.notices()->configProblemBanner()->isHidden());
}

void TestScwProfiles::malformedConfigIsReportedWithFileAndLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("sequence inside a map")
        << QByteArray("profiles:\n  prod:\n    access_key: a\n  - broken\n") << 4;
    QTest::newRow("key not a single value")
        << QByteArray("default_region: fr-par\naccess_key: [a, b]\n") << 2;
    QTest::newRow("profiles not a map")
        << QByteArray("# comment\nprofiles:\n  - one\n  - two\n") << 3;
    QTest::newRow("bad indentation")
        << QByteArray("profiles:\n  prod:\n    access_key: a\n   secret_key: b\n") << 4;
}

void TestScwProfiles::malformedConfigIsReportedWithFileAndLine()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    ProfileTestKit kit;
    kit.writeConfig(content);
    // The environment and an app profile still work.
    QProcessEnvironment environment = kit.environment();
    environment.insert(QStringLiteral("SCW_ACCESS_KEY"), kit.demo.accessKey);
    environment.insert(QStringLiteral("SCW_SECRET_KEY"), kit.demo.secretKey);
    environment.insert(QStringLiteral("SCW_API_URL"), kit.emulator.baseUrl().toString());
    cockpit::AppProfile saved;
    saved.id = cockpit::AppProfileStore::newProfileId();
    saved.name = QStringLiteral("Second organization");
    saved.accessKey = kit.second.accessKey;
    saved.apiUrl = kit.emulator.baseUrl();
    QSignalSpy stored(kit.store.get(), &cockpit::AppProfileStore::saved);
    kit.store->save(saved, cockpit::Secret(kit.second.secretKey));
    QVERIFY(stored.wait(10000));

    kit.build(environment);
    QVERIFY(kit.start());
    cockpit::MessageBanner *banner = kit.notices()->configProblemBanner();
    QVERIFY(banner->isVisible());
    const QString where =
        kit.configPath + QLatin1Char(':') + QString::number(line) + QLatin1Char(':');
    QVERIFY2(banner->details().startsWith(where), qPrintable(banner->details()));

    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("scw:default"));
    QCOMPARE(kit.header()->profileBox()->currentText(), QStringLiteral("Environment (SCW_*)"));
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    QComboBox *box = kit.header()->profileBox();
    const QString appId = cockpit::ProfileDirectory::appProfileId(saved.id);
    QCOMPARE(box->itemText(box->findData(appId)), saved.name);
    box->setCurrentIndex(box->findData(appId));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    // A profile switch leaves the config problem in view.
    QVERIFY(banner->isVisible());
}

void TestScwProfiles::fixedConfigIsReloadedWithoutARestart()
{
    ProfileTestKit kit;
    kit.writeConfig("profiles:\n  prod:\n    access_key: a\n  - broken\n");
    kit.build();
    QVERIFY(kit.start());
    cockpit::MessageBanner *banner = kit.notices()->configProblemBanner();
    QVERIFY(banner->isVisible());
    QPushButton *reload = WidgetChecks::buttonWithText(banner, QStringLiteral("Reload"));
    QVERIFY(reload);
    QCOMPARE(kit.header()->profileBox()->findData(QStringLiteral("scw:second")), -1);

    // The user fixes the file and chooses Reload: its profiles appear, the problem goes.
    kit.writeConfig(kit.twoProfileConfig());
    reload->click();
    QVERIFY(banner->isHidden());
    QVERIFY(kit.header()->profileBox()->findData(QStringLiteral("scw:second")) >= 0);
    QVERIFY(kit.header()->profileBox()->findData(QStringLiteral("scw:default")) >= 0);
}

void TestScwProfiles::readableConfigIsWarnedOnce()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
    kit.build();
    QVERIFY(kit.start());
    cockpit::MessageBanner *warning = kit.notices()->configWarningBanner();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("chmod 600 ") + kit.configPath),
             qPrintable(warning->text()));
    QVERIFY(kit.notices()->configProblemBanner()->isHidden());
    // The profiles work all the same.
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    const QList<QPushButton *> buttons = warning->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->accessibleName(), QStringLiteral("Dismiss the message"));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QVERIFY(warning->isHidden());
    QComboBox *box = kit.header()->profileBox();
    box->setCurrentIndex(box->findData(QStringLiteral("scw:second")));
    QVERIFY(kit.waitForTokens(kit.second.projectId));
    QVERIFY(warning->isHidden());
}

void TestScwProfiles::missingScwProfileIsWarned()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    QProcessEnvironment environment = kit.environment();
    environment.insert(QStringLiteral("SCW_PROFILE"), QStringLiteral("prod"));
    kit.build(environment);
    QVERIFY(kit.start());
    cockpit::MessageBanner *warning = kit.notices()->configWarningBanner();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("SCW_PROFILE names the profile “prod”")),
             qPrintable(warning->text()));
    // The CLI would stop here; the app opens the first profile it has and says why.
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("scw:default"));
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
}

void TestScwProfiles::cliProfilesCannotBeRemoved()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    cockpit::ProfileController *controller = kit.controller();
    controller->updateActions();
    QVERIFY(!controller->removeAction()->isEnabled());
    QVERIFY2(controller->removeAction()->toolTip().contains(QStringLiteral("config.yaml")),
             qPrintable(controller->removeAction()->toolTip()));
    QVERIFY(controller->signInAction()->isEnabled());
    // The menu beside the selector holds both actions.
    const QList<QAction *> actions = kit.header()->profileMenu()->actions();
    QVERIFY(actions.contains(controller->signInAction()));
    QVERIFY(actions.contains(controller->removeAction()));
    // Triggered anyway (e.g. through a stale shortcut), nothing is asked or removed.
    controller->removeCurrentProfile();
    QVERIFY(!controller->removalQuestion());
}

void TestScwProfiles::configFileIsNeverWritten()
{
    ProfileTestKit kit;
    const QByteArray content = kit.twoProfileConfig(QStringLiteral("second"));
    kit.writeConfig(content);
    const QDateTime modified = QFileInfo(kit.configPath).lastModified();
    kit.build();
    QVERIFY(kit.start());
    QComboBox *box = kit.header()->profileBox();
    box->setCurrentIndex(box->findData(QStringLiteral("scw:default")));
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
    kit.window->close();
    kit.window.reset();

    QFile file(kit.configPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QFileInfo(kit.configPath).lastModified(), modified);
}

QTEST_MAIN(TestScwProfiles)
#include "tst_scwprofiles.moc"
