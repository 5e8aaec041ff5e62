// The project chosen per profile, remembered between runs: one project by its ID, or All
// projects as a choice of its own (no string stands in for it in the project's place).
#include "credentials/RememberedProjects.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using cockpit::Project;
using cockpit::ProjectScope;
using cockpit::RememberedProjects;

class TestRememberedProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneProjectComesBackWhileItExists();
    void allProjectsIsAChoiceOfItsOwn();
    void nothingRememberedGivesTheDefault();

private:
    static QList<Project> projects(std::initializer_list<const char *> ids)
    {
        QList<Project> list;
        for (const char *id : ids) {
            Project project;
            project.id = QString::fromLatin1(id);
            project.name = project.id;
            list.append(project);
        }
        return list;
    }
};

void TestRememberedProjects::oneProjectComesBackWhileItExists()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RememberedProjects remembered(&settings);
    remembered.remember(QStringLiteral("scw:prod"), ProjectScope::one(QStringLiteral("p2")));
    QCOMPARE(remembered.scope(QStringLiteral("scw:prod")), ProjectScope::one(QStringLiteral("p2")));
    QCOMPARE(
        remembered.choose(QStringLiteral("scw:prod"), projects({"p1", "p2"}), QStringLiteral("p1")),
        ProjectScope::one(QStringLiteral("p2")));
    // Gone from the organization: the default.
    QCOMPARE(
        remembered.choose(QStringLiteral("scw:prod"), projects({"p1", "p3"}), QStringLiteral("p1")),
        ProjectScope::one(QStringLiteral("p1")));
}

void TestRememberedProjects::allProjectsIsAChoiceOfItsOwn()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RememberedProjects remembered(&settings);
    const QString profile = QStringLiteral("app:1/2"); // a "/" must not make a settings group
    remembered.remember(profile, ProjectScope::one(QStringLiteral("p2")));
    remembered.remember(profile, ProjectScope::all());
    QVERIFY(remembered.scope(profile).isAll());
    QVERIFY(remembered.scope(profile).projectId().isEmpty());
    QCOMPARE(settings.value(RememberedProjects::allProjectsKey(profile)).toBool(), true);
    // The project slot holds a project ID or nothing, never a stand-in for All projects.
    QCOMPARE(settings.value(RememberedProjects::settingsKey(profile)).toString(),
             QStringLiteral("p2"));
    QVERIFY(remembered.choose(profile, projects({"p1", "p2"}), QStringLiteral("p1")).isAll());
    // An organization of one project has no All projects.
    QCOMPARE(remembered.choose(profile, projects({"p1"}), QStringLiteral("p1")),
             ProjectScope::one(QStringLiteral("p1")));
    // Back on one project.
    remembered.remember(profile, ProjectScope::one(QStringLiteral("p1")));
    QCOMPARE(remembered.scope(profile), ProjectScope::one(QStringLiteral("p1")));
}

void TestRememberedProjects::nothingRememberedGivesTheDefault()
{
    RememberedProjects none; // no settings: remembers nothing
    none.remember(QStringLiteral("scw:prod"), ProjectScope::all());
    QVERIFY(none.scope(QStringLiteral("scw:prod")).isNone());
    QCOMPARE(none.choose(QStringLiteral("scw:prod"), projects({"p1", "p2"}), QStringLiteral("p2")),
             ProjectScope::one(QStringLiteral("p2")));
    QVERIFY(ProjectScope::one(QString()).isNone());
    QVERIFY(ProjectScope::all() != ProjectScope::one(QStringLiteral("p1")));
}

QTEST_MAIN(TestRememberedProjects)
#include "tst_rememberedprojects.moc"
