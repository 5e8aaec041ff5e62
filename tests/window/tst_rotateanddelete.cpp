// Deleting across projects and rotating a token, in the real window against the emulator: one
// confirmation grouping the tokens by project, failures named per token and project; a rotation
// that creates the twin, shows its secret once and deletes the old token only when told to,
// and says the truth when the create or the delete is refused.
#include "WindowHarness.h"
#include "common/SafeConfirmation.h"
#include "create/CreateTokenFlow.h"
#include "create/SecretDialog.h"
#include "frame/MessageBanner.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using cockpit::EmulatorFault;
using cockpit::Region;
using cockpit::Token;

class TestRotateAndDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowHarness::installEnglish(); }
    void deleteAcrossProjectsGroupsByProject();
    void rotateReplacesTheToken();
    void rotateCreateRefusedDeletesNothing();
    void rotateDeleteRefusedSaysBothExist();
    void rotateKeepsBothWhenAsked();
    void rotateCancelledDoesNothing();

private:
    static QList<Token> everyToken(const WindowHarness &h);
    // Starts the window on "All projects", or on the demo project.
    static bool startOn(WindowHarness &h, bool allProjects);
    // Rotates the first shown token up to the open secret dialog; the old token.
    static Token rotateUpToTheSecret(WindowHarness &h, cockpit::SecretDialog **secret);
    static cockpit::SafeConfirmation *deleteOldQuestion(WindowHarness &h);
    // Rotates the first shown token, copies the new secret and closes its dialog: the question
    // whether to delete the old token (`old`).
    static cockpit::SafeConfirmation *rotateUpToTheQuestion(WindowHarness &h, Token *old);
};

QList<Token> TestRotateAndDelete::everyToken(const WindowHarness &h)
{
    QList<Token> all;
    for (const cockpit::Project &project : h.window->header()->projects())
        all += h.emulatorTokens(cockpit::allRegions(), project.id);
    return all;
}

bool TestRotateAndDelete::startOn(WindowHarness &h, bool allProjects)
{
    if (!h.start())
        return false;
    if (!allProjects)
        return true;
    h.window->header()->selectAllProjects();
    return h.waitForLoad();
}

Token TestRotateAndDelete::rotateUpToTheSecret(WindowHarness &h, cockpit::SecretDialog **secret)
{
    const Token old = h.window->tokenModel()->tokens().first();
    h.window->tableView()->selectTokens({old.id});
    h.window->tokenActions()->rotateAction()->trigger();
    auto *question = WindowHarness::waitForVisibleChild<cockpit::SafeConfirmation>(
        h.window.get(), QStringLiteral("rotateTokenQuestion"));
    if (!question || question->defaultButton() != question->safeButton())
        return {};
    question->destructiveButton()->click();
    if (secret)
        *secret = WindowHarness::waitForVisibleChild<cockpit::SecretDialog>(h.window.get());
    return old;
}

cockpit::SafeConfirmation *TestRotateAndDelete::deleteOldQuestion(WindowHarness &h)
{
    return WindowHarness::waitForVisibleChild<cockpit::SafeConfirmation>(
        h.window.get(), QStringLiteral("rotateDeleteOldQuestion"));
}

cockpit::SafeConfirmation *TestRotateAndDelete::rotateUpToTheQuestion(WindowHarness &h, Token *old)
{
    cockpit::SecretDialog *secret = nullptr;
    *old = rotateUpToTheSecret(h, &secret);
    if (!secret)
        return nullptr;
    secret->copyButton()->click();
    secret->doneButton()->click();
    return deleteOldQuestion(h);
}

void TestRotateAndDelete::deleteAcrossProjectsGroupsByProject()
{
    WindowHarness h;
    QVERIFY(startOn(h, true));
    // One token of each of two projects, and a second of the first.
    QMap<QString, QList<Token>> byProject;
    for (const Token &token : everyToken(h))
        byProject[token.projectId].append(token);
    QVERIFY(byProject.size() >= 2);
    const QList<Token> first = byProject.first();
    const QList<Token> second = byProject.last();
    QVERIFY(first.size() >= 2);
    const QStringList chosen{first.at(0).id, second.at(0).id, first.at(1).id};
    h.window->tableView()->selectTokens(chosen);
    QCOMPARE(h.window->tokenActions()->selection().size(), 3);

    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    h.window->tokenActions()->deleteAction()->trigger();
    auto *box = WindowHarness::waitForVisibleChild<cockpit::DeleteConfirmation>(h.window.get());
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->safeButton());
    QVERIFY2(box->text().contains(QLatin1String("3 tokens of 2 projects")),
             qPrintable(box->text()));
    const QString list = box->listText();
    const QString firstName = h.window->tokenModel()->projectName(first.at(0).projectId);
    const QString secondName = h.window->tokenModel()->projectName(second.at(0).projectId);
    QVERIFY2(list.contains(firstName + QLatin1String(" (2 tokens):")), qPrintable(list));
    QVERIFY2(list.contains(secondName + QLatin1String(" (1 token):")), qPrintable(list));
    // Each token under its project's heading.
    const qsizetype firstAt = list.indexOf(firstName + QLatin1String(" ("));
    const qsizetype secondAt = list.indexOf(secondName + QLatin1String(" ("));
    for (const Token &token : {first.at(0), first.at(1)}) {
        const qsizetype at = list.indexOf(QStringLiteral("• ") + token.name);
        QVERIFY2(at > firstAt && (secondAt < firstAt || at < secondAt),
                 qPrintable(token.name + QLatin1Char('|') + list));
    }

    // The first delete sent fails; the others go through, paced by the same scheduler.
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "DELETE");
    box->deleteButton()->click();
    QVERIFY(finished.wait(10000));
    int left = 0;
    for (const QString &id : chosen)
        left += h.shownIdSet().contains(id) ? 1 : 0;
    QCOMPARE(left, 1);
    const QSet<QString> remaining = WindowHarness::idsOf(everyToken(h));
    QCOMPARE(h.shownIdSet(), remaining);
    cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("Deleted 2 of 3 tokens")),
             qPrintable(notice->text()));
    // The failure names its token, region and project.
    for (const Token &token : {first.at(0), first.at(1), second.at(0)}) {
        if (!remaining.contains(token.id))
            continue;
        const QString where = cockpit::regionId(token.region) + QLatin1String(", ") +
                              h.window->tokenModel()->projectName(token.projectId);
        QVERIFY2(notice->details().contains(token.name + QLatin1String(" (") + where),
                 qPrintable(notice->details()));
    }
}

void TestRotateAndDelete::rotateReplacesTheToken()
{
    WindowHarness h;
    QVERIFY(startOn(h, true));
    cockpit::SecretDialog *secret = nullptr;
    const Token old = rotateUpToTheSecret(h, &secret);
    QVERIFY(!old.id.isEmpty());
    QVERIFY(secret);
    QVERIFY(secret->connectAgentButton());
    // The twin exists next to the old one, same name, region, project and permissions.
    QList<Token> twins;
    for (const Token &token : h.emulator.tokens(old.region, old.projectId)) {
        if (token.name == old.name && token.id != old.id)
            twins.append(token);
    }
    QCOMPARE(twins.size(), 1);
    const Token fresh = twins.first();
    QCOMPARE(fresh.scopes, old.scopes);
    QVERIFY(h.shownIdSet().contains(fresh.id));
    QVERIFY(h.shownIdSet().contains(old.id)); // not deleted before the user says so

    secret->copyButton()->click();
    secret->doneButton()->click();
    cockpit::SafeConfirmation *question = deleteOldQuestion(h);
    QVERIFY(question);
    QCOMPARE(question->defaultButton(), question->safeButton());
    QVERIFY(h.emulator.tokens(old.region, old.projectId).size() >= 2);
    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    question->destructiveButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!h.shownIdSet().contains(old.id));
    QVERIFY(h.shownIdSet().contains(fresh.id));
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(everyToken(h)));
    QVERIFY2(h.window->statusBar()->currentMessage().contains(QLatin1String("Rotated")),
             qPrintable(h.window->statusBar()->currentMessage()));
}

void TestRotateAndDelete::rotateCreateRefusedDeletesNothing()
{
    WindowHarness h;
    QVERIFY(startOn(h, false));
    const QSet<QString> before = WindowHarness::idsOf(h.emulatorTokens());
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "POST");
    const Token old = rotateUpToTheSecret(h, nullptr);
    QVERIFY(!old.id.isEmpty());
    cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
    QTRY_VERIFY(notice->text().contains(QLatin1String("was not created")));
    QVERIFY(notice->text().contains(QLatin1String("Nothing was deleted")));
    // The API's sentence is a sentence of its own, not one inside parentheses (issue 25 item 16).
    for (const char *doubled : {".).", "..", ".)"})
        QVERIFY2(!notice->text().contains(QLatin1String(doubled)), qPrintable(notice->text()));
    QVERIFY(!h.window->findChild<cockpit::SecretDialog *>());
    QVERIFY(!h.window->findChild<cockpit::SafeConfirmation *>(
        QStringLiteral("rotateDeleteOldQuestion")));
    QCOMPARE(WindowHarness::idsOf(h.emulatorTokens()), before);
    QCOMPARE(h.shownIdSet(), before);
    // The row actions work again: a second try can go through.
    QVERIFY(h.window->tokenActions()->rotateAction()->isEnabled());
    cockpit::SecretDialog *secret = nullptr;
    QCOMPARE(rotateUpToTheSecret(h, &secret).id, old.id);
    QVERIFY(secret);
}

void TestRotateAndDelete::rotateDeleteRefusedSaysBothExist()
{
    WindowHarness h;
    QVERIFY(startOn(h, false));
    Token old;
    cockpit::SafeConfirmation *question = rotateUpToTheQuestion(h, &old);
    QVERIFY(question);
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "DELETE");
    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    question->destructiveButton()->click();
    QVERIFY(finished.wait(10000));
    cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("both tokens exist")),
             qPrintable(notice->text()));
    int named = 0;
    for (const Token &token : h.emulatorTokens())
        named += token.name == old.name ? 1 : 0;
    QCOMPARE(named, 2);
    QCOMPARE(h.shownIdSet(), WindowHarness::idsOf(h.emulatorTokens()));
}

void TestRotateAndDelete::rotateKeepsBothWhenAsked()
{
    WindowHarness h;
    QVERIFY(startOn(h, false));
    Token old;
    cockpit::SafeConfirmation *question = rotateUpToTheQuestion(h, &old);
    QVERIFY(question);
    // Esc is the safe answer.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(h.window->statusBar()->currentMessage().contains(QLatin1String("both tokens")));
    QVERIFY(h.emulatorTokens().size() == h.shownIdSet().size());
    QVERIFY(h.shownIdSet().contains(old.id));
}

void TestRotateAndDelete::rotateCancelledDoesNothing()
{
    WindowHarness h;
    QVERIFY(startOn(h, false));
    const QSet<QString> before = WindowHarness::idsOf(h.emulatorTokens());
    h.window->tableView()->selectTokens({h.window->tokenModel()->tokens().first().id});
    h.emulator.clearRequests();
    h.window->tokenActions()->rotateAction()->trigger();
    auto *question = WindowHarness::waitForVisibleChild<cockpit::SafeConfirmation>(
        h.window.get(), QStringLiteral("rotateTokenQuestion"));
    QVERIFY(question);
    QTest::keyClick(question, Qt::Key_Return); // the default: Cancel
    QTRY_VERIFY(!question->isVisible());
    QCOMPARE(h.emulator.requests().size(), 0);
    QCOMPARE(WindowHarness::idsOf(h.emulatorTokens()), before);
    // And again: a cancelled rotation does not block the next one.
    h.window->tokenActions()->rotateAction()->trigger();
    QVERIFY(WindowHarness::waitForVisibleChild<cockpit::SafeConfirmation>(
        h.window.get(), QStringLiteral("rotateTokenQuestion")));
}

QTEST_MAIN(TestRotateAndDelete)
#include "tst_rotateanddelete.moc"
