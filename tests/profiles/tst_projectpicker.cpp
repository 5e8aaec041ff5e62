// The project picker: typing part of a project's name finds it (names shown, never IDs), the
// keyboard picks it, a search left unfinished changes nothing, and the project last chosen in
// each profile is remembered (QSettings "profiles/<id>/project") and opened next time.
#include "ProfileTestKit.h"
#include "credentials/RememberedProjects.h"
#include "frame/HeaderBar.h"
#include "frame/ProjectPicker.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

class TestProjectPicker : public QObject
{
    Q_OBJECT

private:
    static QStringList popupNames(QComboBox *box);

private Q_SLOTS:
    void initTestCase() { ProfileTestKit::useTestSettings("tst_projectpicker"); }

    void substringFindsTheProject_data();
    void substringFindsTheProject();
    void unfinishedSearchChangesNothing();
    void choiceIsRememberedPerProfile();
    void rememberedProjectThatIsGoneFallsBackToTheDefault();
    void projectsAreInNameOrder();
};

// Issue 25 item 8: the list is in name order (case and accents aside) whatever order the API
// gives, so it reads the same at every start; All projects stays first.
void TestProjectPicker::projectsAreInNameOrder()
{
    const auto project = [](const char *id, const char *name) {
        cockpit::Project p;
        p.id = QString::fromLatin1(id);
        p.name = QString::fromUtf8(name);
        return p;
    };
    const QList<cockpit::Project> given{project("c", "staging"), project("a", "Default"),
                                        project("d", "éclair"), project("b", "shop-production"),
                                        project("e", "analytics")};
    for (const bool reversed : {false, true}) {
        QList<cockpit::Project> order = given;
        if (reversed)
            std::reverse(order.begin(), order.end());
        cockpit::HeaderBar header;
        header.setProjects(order, cockpit::ProjectScope::one(QStringLiteral("b")));
        QStringList shown;
        for (int i = 0; i < header.projectBox()->count(); ++i) {
            // Items, not separators: a project (its ID) or All projects (its role).
            const bool all =
                header.projectBox()->itemData(i, cockpit::HeaderBar::AllProjectsRole).toBool();
            if (all || !header.projectBox()->itemData(i).toString().isEmpty())
                shown.append(header.projectBox()->itemText(i));
        }
        QCOMPARE(shown,
                 (QStringList{cockpit::HeaderBar::tr("All projects"), QStringLiteral("analytics"),
                              QStringLiteral("Default"), QString::fromUtf8("éclair"),
                              QStringLiteral("shop-production"), QStringLiteral("staging")}));
        QCOMPARE(header.currentProjectId(), QStringLiteral("b"));
    }
}

QStringList TestProjectPicker::popupNames(QComboBox *box)
{
    QStringList names;
    QAbstractItemModel *model = box->completer()->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

void TestProjectPicker::substringFindsTheProject_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("middle of the name")
        << QStringLiteral("platform") << QStringLiteral("data-platform-staging");
    QTest::newRow("any case") << QStringLiteral("PRODUC") << QStringLiteral("shop-production");
    QTest::newRow("end of the name")
        << QStringLiteral("staging") << QStringLiteral("data-platform-staging");
}

void TestProjectPicker::substringFindsTheProject()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.demo.projectId));

    QComboBox *box = kit.header()->projectBox();
    QVERIFY(qobject_cast<cockpit::ProjectPicker *>(box));
    QVERIFY(box->isEditable());
    box->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), typed);
    QAbstractItemView *popup = box->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 5000);
    QCOMPARE(popupNames(box), QStringList{expected});

    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    const int index = box->findText(expected);
    QVERIFY(index >= 0);
    const QString projectId = box->itemData(index).toString();
    QTRY_COMPARE_WITH_TIMEOUT(kit.header()->currentProjectId(), projectId, 5000);
    QCOMPARE(kit.header()->currentProjectName(), expected);
    QCOMPARE(box->lineEdit()->text(), expected);
    QVERIFY(kit.waitForTokens(projectId));
}

void TestProjectPicker::unfinishedSearchChangesNothing()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
    QComboBox *box = kit.header()->projectBox();
    const QString name = kit.header()->currentProjectName();
    QVERIFY(!name.isEmpty());

    box->setFocus();
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("no-such-project"));
    QVERIFY(box->completer()->completionCount() == 0);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QCOMPARE(kit.header()->currentProjectId(), kit.demo.projectId);
    QCOMPARE(box->lineEdit()->text(), name);

    QTest::keyClicks(box->lineEdit(), QStringLiteral("xyz"));
    kit.header()->searchBox()->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(box->lineEdit()->text(), name, 5000);
    QCOMPARE(kit.header()->currentProjectName(), name);
    QCOMPARE(kit.header()->currentProjectId(), kit.demo.projectId);
    QVERIFY(!kit.window->isLoading());
}

void TestProjectPicker::choiceIsRememberedPerProfile()
{
    ProfileTestKit kit;
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
    QComboBox *projects = kit.header()->projectBox();
    const QString demoChoice =
        projects->itemData(projects->findText(QStringLiteral("shop-production"))).toString();
    projects->setCurrentIndex(projects->findData(demoChoice));
    QVERIFY(kit.waitForTokens(demoChoice));

    QComboBox *profiles = kit.header()->profileBox();
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("scw:second")));
    QVERIFY(kit.waitForTokens(kit.second.projectId)); // its own default, not demoChoice
    projects->setCurrentIndex(projects->findData(kit.secondOtherProjectId));
    QVERIFY(kit.waitForTokens(kit.secondOtherProjectId));

    profiles->setCurrentIndex(profiles->findData(QStringLiteral("scw:default")));
    QVERIFY(kit.waitForTokens(demoChoice));
    QCOMPARE(kit.header()->currentProjectId(), demoChoice);
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("scw:second")));
    QVERIFY(kit.waitForTokens(kit.secondOtherProjectId));

    QCOMPARE(
        kit.settings.value(cockpit::RememberedProjects::settingsKey(QStringLiteral("scw:default")))
            .toString(),
        demoChoice);
    // The next run (a new window and directory over the same settings) opens there.
    kit.window.reset();
    kit.build();
    QVERIFY(kit.start());
    QCOMPARE(kit.header()->currentProfileId(), QStringLiteral("scw:default"));
    QCOMPARE(kit.header()->currentProjectId(), demoChoice);
    QVERIFY(kit.waitForTokens(demoChoice));
}

void TestProjectPicker::rememberedProjectThatIsGoneFallsBackToTheDefault()
{
    ProfileTestKit kit;
    kit.settings.setValue(cockpit::RememberedProjects::settingsKey(QStringLiteral("scw:default")),
                          QStringLiteral("11111111-2222-3333-4444-555555555555"));
    kit.writeConfig(kit.twoProfileConfig());
    kit.build();
    QVERIFY(kit.start());
    QCOMPARE(kit.header()->currentProjectId(), kit.demo.projectId);
    QVERIFY(kit.waitForTokens(kit.demo.projectId));
}

QTEST_MAIN(TestProjectPicker)
#include "tst_projectpicker.moc"
