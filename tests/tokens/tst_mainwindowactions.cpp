// Row actions in the main window: the copy actions (toolbar, context menu actions, Ctrl+C on the
// table) and deleting one or several tokens after a confirmation, accepted or cancelled, with a
// failure reported by name.
#include "WindowHarness.h"
#include "frame/MessageBanner.h"
#include "text/TerraformSnippet.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using cockpit::EmulatorFault;
using cockpit::Region;
using cockpit::Token;

class TestMainWindowActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyActions_data();
    void copyActions();
    void ctrlCCopiesIdsFromTheTableOnly();
    void actionsNeedASelection();
    void deleteAccepted();
    void deleteCancelled();
    void deleteWithAFailure();
    void manyDeletesShowTheirCountAndCanBeStopped();

private:
    static cockpit::DeleteConfirmation *waitForConfirmation(cockpit::MainWindow *window);
};

void TestMainWindowActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

cockpit::DeleteConfirmation *TestMainWindowActions::waitForConfirmation(cockpit::MainWindow *window)
{
    return WindowHarness::waitForVisibleChild<cockpit::DeleteConfirmation>(window, {}, 5000);
}

void TestMainWindowActions::copyActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("count");
    for (int count : {1, 2}) {
        const QByteArray suffix = count == 1 ? " (one)" : " (two)";
        QTest::newRow(QByteArray("id" + suffix).constData()) << QStringLiteral("id") << count;
        QTest::newRow(QByteArray("regional id" + suffix).constData())
            << QStringLiteral("regional") << count;
        QTest::newRow(QByteArray("import" + suffix).constData())
            << QStringLiteral("import") << count;
        QTest::newRow(QByteArray("resource" + suffix).constData())
            << QStringLiteral("resource") << count;
    }
}

void TestMainWindowActions::copyActions()
{
    QFETCH(QString, action);
    QFETCH(int, count);
    WindowHarness h;
    QVERIFY(h.start());
    const QStringList shown = h.shownIds();
    h.window->tableView()->selectTokens(shown.mid(0, count));
    const QList<Token> selected = h.window->tableView()->selectedTokens();
    QCOMPARE(selected.size(), count);
    QGuiApplication::clipboard()->clear();

    cockpit::TokenActions *actions = h.window->tokenActions();
    QString expected;
    QStringList lines;
    if (action == QLatin1String("id")) {
        actions->copyIdAction()->trigger();
        for (const Token &token : selected)
            lines.append(token.id);
        expected = lines.join(QLatin1Char('\n'));
    } else if (action == QLatin1String("regional")) {
        actions->copyRegionalIdAction()->trigger();
        for (const Token &token : selected)
            lines.append(cockpit::regionId(token.region) + QLatin1Char('/') + token.id);
        expected = lines.join(QLatin1Char('\n'));
    } else if (action == QLatin1String("import")) {
        actions->copyImportAction()->trigger();
        expected = cockpit::TerraformSnippet::importCommands(selected);
        if (count == 1)
            expected.chop(1);
        QVERIFY(expected.startsWith(QStringLiteral("terraform import scaleway_cockpit_token.")));
    } else {
        actions->copyResourceAction()->trigger();
        expected = cockpit::TerraformSnippet::resourceBlocks(selected);
        QCOMPARE(expected.count(QStringLiteral("resource \"scaleway_cockpit_token\"")), count);
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(h.window->statusBar()->currentMessage().startsWith(QStringLiteral("Copied")));
}

void TestMainWindowActions::ctrlCCopiesIdsFromTheTableOnly()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::TokenTableView *table = h.window->tableView();
    h.window->activateWindow();
    table->setFocus();
    const QString id = h.shownIds().at(1);
    table->selectTokens({id});
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), id);

    // In the search box Ctrl+C copies the search text, not the token ID.
    QLineEdit *search = h.window->header()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ruler"));
    search->selectAll();
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ruler"));
}

void TestMainWindowActions::actionsNeedASelection()
{
    WindowHarness h;
    QVERIFY(h.start());
    cockpit::TokenActions *actions = h.window->tokenActions();
    h.window->tableView()->clearSelection();
    for (QAction *action : actions->copyActions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!actions->deleteAction()->isEnabled());
    h.window->tableView()->selectTokens({h.shownIds().first()});
    for (QAction *action : actions->copyActions())
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QVERIFY(actions->deleteAction()->isEnabled());
}

void TestMainWindowActions::deleteAccepted()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QStringList ids = h.shownIds().mid(0, 2);
    cockpit::TokenTableView *table = h.window->tableView();
    table->selectTokens(ids);
    const QList<Token> selected = table->selectedTokens();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);

    cockpit::DeleteConfirmation *box = waitForConfirmation(h.window.get());
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    const QString question = box->text() + QLatin1Char('\n') + box->informativeText() +
                             QLatin1Char('\n') + box->listText();
    for (const Token &token : selected)
        QVERIFY2(question.contains(token.name), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("cannot be undone")), qPrintable(question));

    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    QTest::mouseClick(box->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    for (const QString &id : ids)
        QVERIFY(!h.shownIds().contains(id));
    QVERIFY(!WindowHarness::idsOf(h.emulatorTokens()).contains(ids.first()));
    QVERIFY(!WindowHarness::idsOf(h.emulatorTokens()).contains(ids.last()));
    int deletes = 0;
    for (const auto &request : h.emulator.requests())
        deletes += request.method == "DELETE" ? 1 : 0;
    QCOMPARE(deletes, 2);
    // Done as asked: said in passing in the status bar, naming the tokens, no banner left.
    QVERIFY(!h.window->banners()->noticeBanner()->isVisible());
    QCOMPARE(h.window->statusBar()->currentMessage(),
             QStringLiteral("Deleted 2 tokens: %1, %2.")
                 .arg(selected.first().name, selected.last().name));
}

void TestMainWindowActions::deleteCancelled()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QSet<QString> before = h.shownIdSet();
    h.window->tableView()->selectTokens({h.shownIds().first()});
    h.window->tokenActions()->deleteAction()->trigger();
    cockpit::DeleteConfirmation *box = waitForConfirmation(h.window.get());
    QVERIFY(box);
    QVERIFY(box->text().contains(h.window->tableView()->selectedTokens().first().name));
    QPushButton *cancel = box->safeButton();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window->findChild<cockpit::DeleteConfirmation *>(), 5000);
    QTest::qWait(100);
    QCOMPARE(h.shownIdSet(), before);
    for (const auto &request : h.emulator.requests())
        QVERIFY(request.method != "DELETE");
}

void TestMainWindowActions::deleteWithAFailure()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QStringList ids = h.shownIds().mid(0, 3);
    h.window->tableView()->selectTokens(ids);
    h.window->tokenActions()->deleteAction()->trigger();
    cockpit::DeleteConfirmation *box = waitForConfirmation(h.window.get());
    QVERIFY(box);
    h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "DELETE");
    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    QTest::mouseClick(box->deleteButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));

    // Two rows went as their deletes succeeded; the failed one stays and is named.
    const QSet<QString> left = h.shownIdSet();
    QStringList survivors;
    for (const QString &id : ids) {
        if (left.contains(id))
            survivors.append(id);
    }
    QCOMPARE(survivors.size(), 1);
    QVERIFY(WindowHarness::idsOf(h.emulatorTokens()).contains(survivors.first()));
    const int row = h.window->tokenModel()->rowOfToken(survivors.first());
    const QString name = h.window->tokenModel()->tokenAt(row).name;
    cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->kind(), cockpit::MessageBanner::Kind::Warning);
    QCOMPARE(notice->text(), QStringLiteral("Deleted 2 of 3 tokens."));
    QVERIFY2(notice->details().contains(name), qPrintable(notice->details()));
    QVERIFY(h.window->tokenActions()->deleteAction()->isEnabled());
}

// Issue 25 item 16: deleting many tokens says how far it got and can be stopped; what was not
// deleted yet stays, and the end says how many went.
void TestMainWindowActions::manyDeletesShowTheirCountAndCanBeStopped()
{
    WindowHarness h;
    QVERIFY(h.start());
    const QStringList ids = h.shownIds();
    QVERIFY(ids.size() >= 8);
    h.window->tableView()->selectTokens(ids);
    h.emulator.setLatency(400);
    h.window->tokenActions()->deleteAction()->trigger();
    cockpit::DeleteConfirmation *box = waitForConfirmation(h.window.get());
    QVERIFY(box);
    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    box->deleteButton()->click();
    cockpit::MessageBanner *loading = h.window->banners()->deletingBanner();
    QTRY_VERIFY_WITH_TIMEOUT(
        loading->isVisible() && loading->text().contains(QLatin1String("Deleting")), 3000);
    QPushButton *stop = nullptr;
    for (QPushButton *button : loading->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->isEnabled())
            stop = button;
    }
    QVERIFY2(stop, "nothing stops the deletes");
    QTRY_VERIFY_WITH_TIMEOUT(loading->progressBar()->isVisible() &&
                                 loading->progressBar()->maximum() == int(ids.size()),
                             3000);
    stop->click();
    QVERIFY(finished.wait(15000));
    const int left = int(WindowHarness::idsOf(h.emulatorTokens()).size());
    QVERIFY2(left > 0, "every token went: the stop stopped nothing");
    // No row left the table for a token that still exists.
    for (const QString &id : WindowHarness::idsOf(h.emulatorTokens()))
        QVERIFY(h.shownIdSet().contains(id));
    QVERIFY(!loading->isVisible());
    const QString said = h.window->banners()->noticeBanner()->text();
    QVERIFY2(said.contains(QStringLiteral("of %1 tokens").arg(ids.size())), qPrintable(said));
}

QTEST_MAIN(TestMainWindowActions)
#include "tst_mainwindowactions.moc"
