// The window's texts and its table agree, in the real window against the emulator: a notice
// about a cancelled load or a delete goes once a new load starts or the project changes; a
// delete is confirmed in the status bar, naming the tokens, and the next row is selected; a
// region that fails keeps its earlier rows, marked as not refreshed, and the banner and the
// status bar say exactly that.
#include "WindowHarness.h"
#include "frame/MessageBanner.h"
#include "frame/StatusSummary.h"
#include "tokens/DeleteConfirmation.h"
#include "tokens/TokenActions.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using cockpit::EmulatorFault;
using cockpit::Region;
using cockpit::Token;
using cockpit::TokenTableModel;

namespace {

// The regions whose rows the model marks as not refreshed.
QList<Region> staleRegions(const WindowHarness &h)
{
    return h.window->tokenModel()->staleRegions().keys();
}

bool deleteSelected(WindowHarness &h)
{
    QSignalSpy finished(h.window.get(), &cockpit::MainWindow::deletesFinished);
    h.window->tokenActions()->deleteAction()->trigger();
    auto *box = WindowHarness::waitForVisibleChild<cockpit::DeleteConfirmation>(h.window.get());
    if (!box)
        return false;
    box->deleteButton()->click();
    return finished.wait(10000);
}

} // namespace

class TestTruthfulStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelNoticeGoesWithTheNextLoad()
    {
        WindowHarness h;
        QVERIFY(h.start());
        h.emulator.setLatency(60000);
        h.window->refresh();
        h.window->cancelLoading();
        QTRY_VERIFY(!h.window->isLoading());
        cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("cancelled")));

        h.emulator.setLatency(0);
        h.window->refresh();
        QVERIFY(h.waitForLoad());
        QVERIFY(!notice->isVisible());
    }

    void deleteIsSaidInPassingAndSelectsTheNextRow()
    {
        WindowHarness h;
        QVERIFY(h.start());
        const QStringList ids = h.shownIds();
        QVERIFY(ids.size() >= 3);
        h.window->tableView()->selectTokens({ids.at(1)});
        const QString name = h.window->tokenActions()->selection().first().name;
        QVERIFY(deleteSelected(h));
        QCOMPARE(h.window->statusBar()->currentMessage(),
                 QStringLiteral("Deleted “%1”.").arg(name));
        QVERIFY(!h.window->banners()->noticeBanner()->isVisible());
        // The row that took its place is selected: Del again deletes the next one.
        const QList<Token> selected = h.window->tokenActions()->selection();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().id, ids.at(2));
        QCOMPARE(h.window->tableView()->currentIndex().row(), 1);
    }

    void deleteFailureDoesNotFollowIntoAnotherProject()
    {
        WindowHarness h;
        QVERIFY(h.start());
        h.window->tableView()->selectTokens({h.shownIds().first()});
        h.emulator.injectFault(EmulatorFault::ServerErrorJson, 1, "DELETE");
        QVERIFY(deleteSelected(h));
        cockpit::MessageBanner *notice = h.window->banners()->noticeBanner();
        QVERIFY(notice->isVisible());

        QComboBox *projects = h.window->header()->projectBox();
        QVERIFY(projects->count() >= 2);
        projects->setCurrentIndex(projects->currentIndex() == 0 ? 1 : 0);
        QVERIFY(h.waitForLoad());
        QVERIFY(!notice->isVisible());
    }

    void failedRegionKeepsItsRowsMarked_data()
    {
        QTest::addColumn<EmulatorFault>("fault");
        QTest::newRow("500") << EmulatorFault::ServerErrorJson;
        QTest::newRow("malformed") << EmulatorFault::Malformed;
    }

    void failedRegionKeepsItsRowsMarked()
    {
        QFETCH(EmulatorFault, fault);
        WindowHarness h;
        QVERIFY(h.start());
        const QSet<QString> before = h.shownIdSet();
        QVERIFY(staleRegions(h).isEmpty());

        h.emulator.injectFault(fault, 1, "GET");
        h.window->refresh();
        QVERIFY(h.waitForLoad());
        const QList<Region> stale = staleRegions(h);
        QCOMPARE(stale.size(), 1);
        // Nothing vanished: the failed region's rows are still there, and marked.
        QCOMPARE(h.shownIdSet(), before);
        const TokenTableModel *model = h.window->tokenModel();
        int marked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, TokenTableModel::NameColumn);
            const bool inFailed = model->tokenAt(row).region == stale.first();
            QCOMPARE(index.data(TokenTableModel::StaleRole).toBool(), inFailed);
            if (inFailed) {
                ++marked;
                QVERIFY(index.data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("Not refreshed")));
            }
        }
        QVERIFY(marked > 0);

        // The banner and the status bar say the same.
        const QString banner = h.window->banners()->warningBanner()->text();
        const QString region = cockpit::regionId(stale.first());
        QVERIFY2(banner.contains(region) &&
                     banner.contains(QStringLiteral("could not be refreshed")),
                 qPrintable(banner));
        QVERIFY2(!banner.contains(QStringLiteral("Nothing was changed")), qPrintable(banner));
        const QString counts = h.window->statusSummary()->countsText();
        QVERIFY2(counts.contains(QStringLiteral("3 regions")) &&
                     counts.contains(region + QStringLiteral(" not refreshed")),
                 qPrintable(counts));

        // The next refresh that works makes every row current again.
        h.window->refresh();
        QVERIFY(h.waitForLoad());
        QVERIFY(staleRegions(h).isEmpty());
        QVERIFY(!h.window->banners()->warningBanner()->isVisible());
        QVERIFY(!h.window->statusSummary()->countsText().contains(QStringLiteral("refreshed")));
    }

    void wholeFailureSaysTheRowsAreEarlierOnes()
    {
        WindowHarness h;
        QVERIFY(h.start());
        const QSet<QString> before = h.shownIdSet();
        h.emulator.injectFault(EmulatorFault::ServerErrorJson, 3, "GET");
        h.window->refresh();
        QVERIFY(h.waitForLoad());
        QCOMPARE(h.shownIdSet(), before);
        QCOMPARE(staleRegions(h).size(), 3);
        const QString banner = h.window->banners()->errorBanner()->text();
        QVERIFY2(banner.contains(QStringLiteral("as they were")), qPrintable(banner));
    }
};

QTEST_MAIN(TestTruthfulStates)
#include "tst_truthfulstates.moc"
