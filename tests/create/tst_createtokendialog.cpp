// CreateTokenDialog: live name validation, the permission matrix ⇄ scopes mapping, presets, the
// at-least-one-permission rule, busy state (one click = one request) and error placement.
#include "create/CreateTokenDialog.h"
#include "create/PermissionMatrix.h"
#include "services/TokenNameGenerator.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace cockpit;

namespace {
const QString kProject = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
}

// With COCKPIT_SHOTS_DIR set, what the step shows is saved there as PNG (for the note).
static void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COCKPIT_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class TestCreateTokenDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 25 item 15: a validation message appearing (or going) moves no control, so a second
    // click lands where the first one aimed.
    void controlsStayWhenAMessageShows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("name too short") << QStringLiteral("a");
        QTest::newRow("name with a space") << QStringLiteral("bad name!");
        QTest::newRow("no name") << QString();
    }
    void controlsStayWhenAMessageShows()
    {
        QFETCH(QString, name);
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto places = [&dialog] {
            QMap<QString, QRect> where;
            for (QWidget *control : dialog.findChildren<QWidget *>()) {
                if (control->isVisible() &&
                    (qobject_cast<QAbstractButton *>(control) ||
                     qobject_cast<QLineEdit *>(control) || qobject_cast<QComboBox *>(control)))
                    where.insert(QString::fromLatin1(control->metaObject()->className()) +
                                     QLatin1Char(' ') + control->accessibleName() +
                                     QLatin1Char(' ') +
                                     (qobject_cast<QAbstractButton *>(control)
                                          ? qobject_cast<QAbstractButton *>(control)->text()
                                          : QString()),
                                 QRect(control->mapTo(&dialog, QPoint()), control->size()));
            }
            return where;
        };
        QCoreApplication::processEvents();
        const QMap<QString, QRect> before = places();
        dialog.nameEdit()->selectAll();
        if (name.isEmpty())
            QTest::keyClick(dialog.nameEdit(), Qt::Key_Backspace);
        else
            QTest::keyClicks(dialog.nameEdit(), name);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        const QMap<QString, QRect> after = places();
        if (name == QLatin1String("a"))
            shoot(&dialog, QStringLiteral("item15-create-name-too-short"));
        QStringList moved;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.contains(it.key()) && after.value(it.key()).topLeft() != it.value().topLeft())
                moved.append(QStringLiteral("%1 (%2 px down)")
                                 .arg(it.key())
                                 .arg(after.value(it.key()).top() - it.value().top()));
        }
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(QStringLiteral("; "))));
    }

    void generatedNamesAreValid()
    {
        QRandomGenerator random(42);
        TokenNameGenerator names(&random);
        for (int i = 0; i < 500; ++i) {
            const QString name = names.next();
            QVERIFY2(isValidTokenName(name), qPrintable(name));
            QVERIFY(name.startsWith(QLatin1String("token-")));
            QCOMPARE(name.count(QLatin1Char('-')), 2);
            QVERIFY(names.nextDifferentFrom(name) != name);
        }
    }

    void prefilledAndValid()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::NlAms);
        QVERIFY(isValidTokenName(dialog.nameEdit()->text()));
        QCOMPARE(dialog.request().region, Region::NlAms);
        QCOMPARE(dialog.request().projectId, kProject);
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(!dialog.nameMessage()->isVisibleTo(&dialog));
    }

    void anotherNameButton()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        const QString before = dialog.nameEdit()->text();
        auto *another = dialog.findChild<QToolButton *>();
        QVERIFY(another);
        another->click();
        QVERIFY(dialog.nameEdit()->text() != before);
        QVERIFY(isValidTokenName(dialog.nameEdit()->text()));
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two chars") << QStringLiteral("ab") << false;
        QTest::newRow("three chars") << QStringLiteral("abc") << true;
        QTest::newRow("fifty chars") << QString(50, QLatin1Char('a')) << true;
        QTest::newRow("space") << QStringLiteral("my token") << false;
        QTest::newRow("dot") << QStringLiteral("my.token") << false;
        QTest::newRow("accent") << QStringLiteral("jeton-été") << false;
        QTest::newRow("underscore and dash") << QStringLiteral("tf_tests-cockpit_1") << true;
        QTest::newRow("slash") << QStringLiteral("fr-par/token") << false;
    }
    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.show();
        dialog.nameEdit()->setText(name);
        QCOMPARE(dialog.createButton()->isEnabled(), valid);
        QCOMPARE(dialog.nameMessage()->isVisible(), !valid);
        if (!valid)
            QVERIFY(!dialog.nameMessage()->text().isEmpty());
    }

    void fiftyOneCharactersAreCut()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QString(51, QLatin1Char('b')));
        QCOMPARE(dialog.nameEdit()->text().size(), 50);
    }

    void matrixMapsToTheNineScopes()
    {
        PermissionMatrix matrix;
        // Every scope has exactly one box, and each box sets exactly its scope.
        for (TokenScope scope : allTokenScopes()) {
            matrix.setScopes({});
            QCheckBox *box = matrix.checkBox(scope);
            QVERIFY(box);
            box->setChecked(true);
            QCOMPARE(matrix.scopes(), TokenScopes(scope));
            QVERIFY(box->toolTip().contains(tokenScopeId(scope)));
            QVERIFY(!box->accessibleName().isEmpty());
        }
        // And back: setting scopes checks exactly those boxes.
        const TokenScopes some = TokenScope::ReadOnlyLogs | TokenScope::FullAccessAlertManager |
                                 TokenScope::WriteOnlyTraces;
        matrix.setScopes(some);
        for (TokenScope scope : allTokenScopes())
            QCOMPARE(matrix.checkBox(scope)->isChecked(), some.testFlag(scope));
        QCOMPARE(matrix.findChildren<QCheckBox *>().size(), 9);
    }

    void presets_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QStringList>("scopes");
        QTest::newRow("agent") << int(PermissionMatrix::Preset::Agent)
                               << QStringList{QStringLiteral("write_only_metrics"),
                                              QStringLiteral("write_only_logs"),
                                              QStringLiteral("write_only_traces")};
        QTest::newRow("grafana") << int(PermissionMatrix::Preset::Grafana)
                                 << QStringList{QStringLiteral("read_only_metrics"),
                                                QStringLiteral("read_only_logs"),
                                                QStringLiteral("read_only_traces")};
        QStringList all;
        for (TokenScope scope : allTokenScopes())
            all.append(tokenScopeId(scope));
        QTest::newRow("full access") << int(PermissionMatrix::Preset::FullAccess) << all;
    }
    void presets()
    {
        QFETCH(int, preset);
        QFETCH(QStringList, scopes);
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.permissions()->applyPreset(PermissionMatrix::Preset(preset));
        QStringList actual = tokenScopeIds(dialog.request().scopes);
        actual.sort();
        scopes.sort();
        QCOMPARE(actual, scopes);
    }

    void atLeastOnePermission()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.show();
        dialog.permissions()->setScopes({});
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.permissionsMessage()->isVisible());
        dialog.permissions()->checkBox(TokenScope::FullAccessAlertManager)->setChecked(true);
        QVERIFY(dialog.createButton()->isEnabled());
        QVERIFY(!dialog.permissionsMessage()->isVisible());
    }

    void busyWhileCreatingAndOneRequestPerClick()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::PlWaw);
        dialog.show();
        QSignalSpy requested(&dialog, &CreateTokenDialog::createRequested);
        dialog.nameEdit()->setText(QStringLiteral("alloy-agent"));
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        const auto request = requested.at(0).at(0).value<CreateTokenRequest>();
        QCOMPARE(request.name, QStringLiteral("alloy-agent"));
        QCOMPARE(request.region, Region::PlWaw);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.createButton()->isEnabled());
        QVERIFY(dialog.nameEdit()->isReadOnly());
        // Escape must not close it while the request runs.
        dialog.reject();
        QVERIFY(dialog.isVisible());

        dialog.setBusy(false);
        QVERIFY(dialog.createButton()->isEnabled());
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("alloy-agent"));
    }

    void errorsGoNextToTheirField()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("kept-name"));
        dialog.permissions()->applyPreset(PermissionMatrix::Preset::Grafana);
        dialog.setBusy(true);
        dialog.setBusy(false);
        dialog.showError(QStringLiteral("name is already used"), QStringLiteral("name"));
        QVERIFY(dialog.nameMessage()->isVisible());
        QCOMPARE(dialog.nameMessage()->text(), QStringLiteral("name is already used"));
        QVERIFY(!dialog.errorLabel()->isVisible());

        dialog.showError(QStringLiteral("insufficient permissions"));
        QVERIFY(dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("insufficient permissions"));
        // What the user entered is still there.
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("kept-name"));
        QCOMPARE(dialog.request().scopes,
                 PermissionMatrix::presetScopes(PermissionMatrix::Preset::Grafana));
    }

    void everyControlHasAnAccessibleName()
    {
        CreateTokenDialog dialog(kProject, QStringLiteral("Production"), Region::FrPar);
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(widget))
                continue;
            if (!widget->isVisibleTo(&dialog))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestCreateTokenDialog)
#include "tst_createtokendialog.moc"
