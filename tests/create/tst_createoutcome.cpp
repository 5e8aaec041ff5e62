// What the create dialog says and allows once the API has answered badly, in the real window
// against the emulator: a lost answer whose check failed cannot be sent again by accident and
// offers "Check again"; an HTTP 500 carrying the API's own error is an answer, shown as such;
// a name already used in the region gets a note, not a refusal.
#include "WindowHarness.h"
#include "create/CreateTokenDialog.h"
#include "create/CreateTokenFlow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace cockpit;

namespace {

int requestsTo(const WindowHarness &harness, const QByteArray &method)
{
    int count = 0;
    for (const auto &request : harness.emulator.requests())
        count += request.method == method ? 1 : 0;
    return count;
}

} // namespace

class TestCreateOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uncheckedLostAnswerIsNotSentTwice()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        // The create is carried out but its answer dropped; the check that follows fails too.
        harness.emulator.injectFault(EmulatorFault::Drop, 1, "POST");
        harness.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "GET");

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("unsure-agent"));
        dialog->createButton()->click();
        QTRY_VERIFY(!dialog->isBusy());
        QTRY_VERIFY(dialog->errorLabel()->text().contains(QStringLiteral("could not check")));
        QCOMPARE(harness.emulator.createCount(), 1);

        // The same create cannot be sent again; "Check again" is offered instead.
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->checkAgainButton()->isVisible());
        QVERIFY(dialog->checkAgainButton()->isEnabled());
        dialog->createButton()->click();
        QTest::qWait(100);
        QCOMPARE(requestsTo(harness, "POST"), 1);
        // Another name is another token: allowed. Back to the same name: blocked again.
        dialog->nameEdit()->setText(QStringLiteral("other-agent"));
        QVERIFY(dialog->createButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("unsure-agent"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QVERIFY(dialog->errorLabel()->isVisible());

        // The check, now answered, finds the token the lost answer made.
        dialog->checkAgainButton()->click();
        auto *question = WindowHarness::waitForVisibleChild<QMessageBox>(
            window, QStringLiteral("orphanedTokenQuestion"));
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("unsure-agent")));
        QCOMPARE(requestsTo(harness, "POST"), 1);
        question->reject();
    }

    void checkAgainThatFindsNothingAllowsTheCreate()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        // A gateway's empty 503: the outcome is unknown to the app, but the emulator refused it
        // before doing anything, so the check will prove the token absent.
        harness.emulator.injectFault(EmulatorFault::ServerError, 1, "POST");
        harness.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "GET");

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("refused-by-gateway"));
        dialog->createButton()->click();
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(!dialog->createButton()->isEnabled());
        dialog->checkAgainButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->checkAgainButton()->isVisible(),
                                 10000);
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("was not created")));
        QVERIFY(dialog->createButton()->isEnabled());
        dialog->reject();
    }

    void serverErrorWithTheApisBodyIsAnAnswer()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        harness.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "POST");
        const int getsBefore = requestsTo(harness, "GET");

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("refused-agent"));
        dialog->createButton()->click();
        QTRY_VERIFY(!dialog->isBusy());
        const QString shown = dialog->errorLabel()->text();
        // What the API said, not "the answer was lost".
        QVERIFY2(shown.contains(QStringLiteral("internal error")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("lost")), qPrintable(shown));
        QVERIFY(!dialog->checkAgainButton()->isVisible());
        QVERIFY(dialog->createButton()->isEnabled());
        // No search for a token that the answer says was not made.
        QTest::qWait(100);
        QCOMPARE(requestsTo(harness, "GET"), getsBefore);
        dialog->reject();
    }

    void reusedNameGetsANote()
    {
        WindowHarness harness;
        QVERIFY(harness.start());
        cockpit::MainWindow *window = harness.window.get();
        const QList<Token> existing = harness.emulatorTokens({Region::FrPar});
        QVERIFY(!existing.isEmpty());

        window->startCreate();
        CreateTokenDialog *dialog = window->createFlow()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->regionBox()->setCurrentIndex(
            dialog->regionBox()->findData(QVariant::fromValue(Region::FrPar)));
        dialog->nameEdit()->setText(existing.first().name);
        QVERIFY(dialog->nameNotice()->isVisible());
        QVERIFY(dialog->nameNotice()->text().contains(existing.first().name));
        QVERIFY(dialog->nameNotice()->text().contains(QStringLiteral("fr-par")));
        // A note, not a refusal.
        QVERIFY(dialog->createButton()->isEnabled());
        dialog->nameEdit()->setText(QStringLiteral("a-name-nobody-uses"));
        QVERIFY(!dialog->nameNotice()->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestCreateOutcome)
#include "tst_createoutcome.moc"
