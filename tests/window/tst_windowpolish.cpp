// The details a user notices, in the real window against the emulator: the title names the
// project and the profile once; regions are named alike everywhere; the Demo badge moves
// nothing; a refused key leaves Create disabled and the project field readable from its start;
// a project name that matches nothing is said, not silently undone; counts have thousands
// separators; the details pane says whether the secret is saved.
#include "WindowHarness.h"
#include "frame/StatusSummary.h"
#include "secrets/SavedSecretIndex.h"
#include "secrets/SecretStore.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"
#include "tokens/TokenDetailsPanel.h"
#include "tokens/TokenToolBar.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>

using cockpit::Region;

// With COCKPIT_SHOTS_DIR set, what the step shows is saved there as PNG (for the note).
static void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COCKPIT_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class TestWindowPolish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void titleNamesProjectAndProfileOnce()
    {
        WindowHarness h;
        QVERIFY(h.start());
        const QString project = h.window->header()->currentProjectName();
        QVERIFY(!project.isEmpty());
        QCOMPARE(h.window->windowTitle(),
                 project + QStringLiteral(" — ") + h.window->header()->currentProfileLabel());
        // The platform adds the application's name; the title must not carry it already.
        QVERIFY(!h.window->windowTitle().contains(QStringLiteral("Cockpit Tokens")));
    }

    // Issue 25 item 13: back on one project after All projects, the columns are as before:
    // the Name column as wide as the names, Permissions taking what is left.
    void columnsComeBackAfterAllProjects()
    {
        WindowHarness h;
        QVERIFY(h.start());
        QHeaderView *columns = h.window->tableView()->horizontalHeader();
        const int name = columns->sectionSize(cockpit::TokenTableModel::NameColumn);
        const int permissions = columns->sectionSize(cockpit::TokenTableModel::PermissionsColumn);
        h.window->header()->selectAllProjects();
        QVERIFY(h.waitForLoad());
        QComboBox *projects = h.window->header()->projectBox();
        projects->setCurrentIndex(projects->findData(h.seeded.projectId));
        QVERIFY(h.waitForLoad());
        QTest::qWait(50);
        shoot(h.window.get(), QStringLiteral("item13-back-on-one-project"));
        const int nameAfter = columns->sectionSize(cockpit::TokenTableModel::NameColumn);
        const int permissionsAfter =
            columns->sectionSize(cockpit::TokenTableModel::PermissionsColumn);
        QVERIFY2(std::abs(nameAfter - name) <= 4 && std::abs(permissionsAfter - permissions) <= 4,
                 qPrintable(QStringLiteral("Name %1 px, then %2 px; Permissions %3 px, then %4 px")
                                .arg(name)
                                .arg(nameAfter)
                                .arg(permissions)
                                .arg(permissionsAfter)));
    }

    void regionsAreNamedAlike()
    {
        WindowHarness h;
        QVERIFY(h.start());
        QComboBox *regions = h.window->header()->regionBox();
        QVERIFY(regions->findText(QStringLiteral("Paris (fr-par)")) >= 0);
        QVERIFY(regions->findText(QStringLiteral("Warsaw (pl-waw)")) >= 0);
        h.window->header()->setCurrentRegion(Region::NlAms);
        QCOMPARE(regions->currentText(), QStringLiteral("Amsterdam (nl-ams)"));
        QVERIFY(h.waitForLoad());
    }

    void demoBadgeMovesNothing()
    {
        WindowHarness h;
        QVERIFY(h.start());
        cockpit::HeaderBar *header = h.window->header();
        const QList<QWidget *> controls{header->profileBox(), header->projectBox(),
                                        header->regionBox(), header->createButton()};
        QList<QRect> before;
        for (QWidget *control : controls)
            before.append(QRect(control->mapTo(h.window.get(), QPoint()), control->size()));
        const QRect toolBar(h.window->tokenToolBar()->mapTo(h.window.get(), QPoint()),
                            h.window->tokenToolBar()->size());
        header->setDemoBadgeVisible(true);
        QTest::qWait(50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (qsizetype i = 0; i < controls.size(); ++i)
            QCOMPARE(QRect(controls.at(i)->mapTo(h.window.get(), QPoint()), controls.at(i)->size()),
                     before.at(i));
        QCOMPARE(QRect(h.window->tokenToolBar()->mapTo(h.window.get(), QPoint()),
                       h.window->tokenToolBar()->size()),
                 toolBar);
    }

    void refusedKeyDisablesCreateAndShowsTheProjectWhole()
    {
        WindowHarness h([](cockpit::ApiCredentials &credentials) {
            credentials.secretKey =
                cockpit::Secret(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        });
        QVERIFY(h.start());
        QPushButton *create = h.window->header()->createButton();
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(QStringLiteral("refused")),
                 qPrintable(create->toolTip()));
        // The project is shown by its ID (its name is unknown): from its first character.
        QLineEdit *project = h.window->header()->projectBox()->lineEdit();
        QCOMPARE(project->text(), h.seeded.projectId);
        QCOMPARE(project->cursorPosition(), 0);
    }

    void unmatchedProjectNameIsSaid()
    {
        WindowHarness h;
        QVERIFY(h.start());
        QComboBox *projects = h.window->header()->projectBox();
        const QString current = h.window->header()->currentProjectName();
        projects->setFocus(Qt::TabFocusReason);
        projects->lineEdit()->selectAll();
        QTest::keyClicks(projects->lineEdit(), QStringLiteral("no-such-project"));
        QTest::keyClick(projects->lineEdit(), Qt::Key_Return);
        QCOMPARE(projects->lineEdit()->text(), current);
        const QString said = h.window->statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("no-such-project")) && said.contains(current),
                 qPrintable(said));
    }

    void countsHaveThousandsSeparators()
    {
        WindowHarness::installEnglish();
        QStatusBar bar;
        cockpit::StatusSummary summary(&bar);
        summary.setCounts(10009, 1200, 3, 1001);
        QCOMPARE(summary.countsText(), QStringLiteral("%1 of %2 tokens · 3 regions · %3 selected")
                                           .arg(QLocale().toString(1200), QLocale().toString(10009),
                                                QLocale().toString(1001)));
        QVERIFY(summary.countsText().contains(QLocale().toString(10009)));
        QVERIFY(QLocale().toString(10009) != QStringLiteral("10009"));
    }

    void oneTokenIsThisToken()
    {
        WindowHarness::installEnglish();
        cockpit::Token token;
        token.id = QStringLiteral("1005e969-2a54-4b5c-9b58-a4626949cbc7");
        token.name = QStringLiteral("alloy-agent");
        QWidget parent;
        auto *one = new cockpit::DeleteConfirmation({token}, &parent);
        QVERIFY2(one->informativeText().contains(QStringLiteral("using this token")),
                 qPrintable(one->informativeText()));
        auto *two = new cockpit::DeleteConfirmation({token, token}, &parent);
        QVERIFY2(two->informativeText().contains(QStringLiteral("using these tokens")),
                 qPrintable(two->informativeText()));
    }

    void detailsSayWhetherTheSecretIsSaved()
    {
        WindowHarness h;
        QVERIFY(h.start());
        const QString first = h.shownIds().first();
        h.window->tableView()->selectTokens({first});
        const auto secretText = [&h] {
            for (QLabel *label : h.window->detailsPanel()->findChildren<QLabel *>()) {
                if (label->accessibleName() == QLatin1String("Secret key"))
                    return label->text();
            }
            return QString();
        };
        QVERIFY2(secretText().startsWith(QStringLiteral("Not saved")), qPrintable(secretText()));
        const cockpit::Token token = h.window->tokenActions()->selection().first();
        cockpit::SavedSecretIndex *saved = h.window->desktopServices().savedSecrets;
        const QString key = cockpit::tokenSecretKey(token.regionalId());
        // The index lives in the test's settings file: leave it as found, so a second run
        // starts from "Not saved" again.
        const auto forget = qScopeGuard([saved, key] { saved->remove(key); });
        saved->insert(key);
        QVERIFY2(secretText().startsWith(QStringLiteral("Saved in the keychain")),
                 qPrintable(secretText()));
    }
};

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
