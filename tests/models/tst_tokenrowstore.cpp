// TokenRowStore on its own, without a Qt model: what a diff finds, what each change returns for
// the model's signals (positions, each slot's position before), and that a small diff placed
// among sorted rows ends as a full sort of the same rows would.
#include "TokenFixtures.h"
#include "models/TokenRowStore.h"

#include <QTest>

using namespace cockpit;
using testdata::at;

namespace {

TokenRow makeRow(const Token &token)
{
    TokenRow row;
    row.token = token;
    row.foldedName = token.name.toLower();
    row.createdMs = token.createdAt.toMSecsSinceEpoch();
    row.projectName = token.projectId;
    row.summary = QString::number(token.scopes.toInt());
    return row;
}

Token tokenNamed(int n, const QString &name)
{
    return testdata::token(n, name, Region::FrPar, TokenScope::ReadOnlyMetrics, at(1 + n % 20));
}

QStringList namesOf(const QList<Token> &tokens)
{
    QStringList names;
    for (const Token &token : tokens)
        names.append(token.name);
    return names;
}

QStringList idsOf(const QList<Token> &tokens)
{
    QStringList ids;
    for (const Token &token : tokens)
        ids.append(token.id);
    return ids;
}

// Tokens "t0", "t1"… in that order.
QList<Token> numbered(int count)
{
    QList<Token> tokens;
    for (int n = 0; n < count; ++n)
        tokens.append(tokenNamed(n, QStringLiteral("t%1").arg(n)));
    return tokens;
}

void load(TokenRowStore &store, const QList<Token> &tokens)
{
    const TokenRowStore::Diff diff = store.diffWith(tokens, [](const Token &) { return true; });
    store.append(tokens, diff.added, makeRow);
}

} // namespace

class TstTokenRowStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffFindsGoneChangedAndAdded()
    {
        TokenRowStore store;
        load(store, {tokenNamed(1, QStringLiteral("a")), tokenNamed(2, QStringLiteral("b")),
                     tokenNamed(3, QStringLiteral("c"))});
        const Token renamed = tokenNamed(2, QStringLiteral("b2"));
        const QList<Token> fresh{renamed, tokenNamed(4, QStringLiteral("d")),
                                 tokenNamed(1, QStringLiteral("a")),
                                 tokenNamed(4, QStringLiteral("d-last"))};

        const auto all = store.diffWith(fresh, [](const Token &) { return true; });
        QCOMPARE(all.gone, std::vector<int>{store.slotOf(tokenNamed(3, {}).id)});
        QCOMPARE(all.changed, std::vector<int>{store.slotOf(renamed.id)});
        QCOMPARE(all.added, QList<qsizetype>{3}); // the last occurrence of an ID wins
        QCOMPARE(all.size(), 3);

        // A part that was not reloaded keeps its rows.
        const auto none = store.diffWith(fresh, [](const Token &) { return false; });
        QVERIFY(none.gone.empty());
        QCOMPARE(none.changed, all.changed);
    }

    void dropSlotsReturnsEachRowsPositionBefore()
    {
        TokenRowStore store;
        const QList<Token> tokens = numbered(6);
        load(store, tokens);
        const std::vector<int> drop{store.slotOf(tokens.at(1).id), store.slotOf(tokens.at(4).id)};

        const std::vector<int> before = store.dropSlots(drop);

        QCOMPARE(store.count(), 4);
        QCOMPARE(namesOf(store.tokens()),
                 (QStringList{QStringLiteral("t0"), QStringLiteral("t2"), QStringLiteral("t3"),
                              QStringLiteral("t5")}));
        QCOMPARE(before.size(), size_t(4));
        const QList<int> wasAt{0, 2, 3, 5};
        for (int position = 0; position < store.count(); ++position) {
            QCOMPARE(before[size_t(store.order().at(position))], wasAt.at(position));
            QCOMPARE(store.positionOf(store.at(position).token.id), position);
        }
        QCOMPARE(store.slotOf(tokens.at(1).id), -1);
        QCOMPARE(store.positionOf(tokens.at(4).id), -1);
    }

    void removeShownThenFreeSlotsKeepsTheIndexTrue()
    {
        TokenRowStore store;
        const QList<Token> tokens = numbered(5);
        load(store, tokens);
        const std::vector<int> slots{store.slotOf(tokens.at(0).id), store.slotOf(tokens.at(1).id)};
        QCOMPARE(store.positionsOf(slots), (QList<int>{0, 1}));

        store.removeShown(0, 1);
        store.freeSlots(slots);

        QCOMPARE(store.rows().size(), 3);
        QCOMPARE(namesOf(store.tokens()),
                 (QStringList{QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")}));
        for (int position = 0; position < store.count(); ++position)
            QCOMPARE(store.positionOf(store.at(position).token.id), position);
    }

    void placeDiffEndsAsAFullSort()
    {
        TokenRowStore store;
        QList<Token> tokens;
        for (int n = 0; n < 200; ++n)
            tokens.append(tokenNamed(n, QStringLiteral("name-%1").arg((n * 37) % 101)));
        load(store, tokens);
        store.setOrder(store.sortedOrder(TokenRowStore::Key::Name, Qt::AscendingOrder));

        QList<Token> fresh = tokens;
        fresh[10].name = QStringLiteral("aaa-renamed");
        fresh[150].name = QStringLiteral("zzz-renamed");
        fresh.removeAt(70);
        fresh.append(tokenNamed(500, QStringLiteral("name-50")));
        const auto diff = store.diffWith(fresh, [](const Token &) { return true; });
        QVERIFY(!store.changesKeepOrder(fresh, diff, makeRow, TokenRowStore::Key::Name));
        const int oldCount = store.count();

        const std::vector<int> before =
            store.placeDiff(fresh, diff, makeRow, TokenRowStore::Key::Name, Qt::AscendingOrder);

        TokenRowStore scratch;
        load(scratch, fresh);
        scratch.setOrder(scratch.sortedOrder(TokenRowStore::Key::Name, Qt::AscendingOrder));
        QCOMPARE(idsOf(store.tokens()), idsOf(scratch.tokens()));
        // The kept ranks are still true: sorting again moves nothing.
        QCOMPARE(store.sortedOrder(TokenRowStore::Key::Name, Qt::AscendingOrder), store.order());
        // Each slot's position before: -1 only for the new row, a valid old row otherwise.
        int fresher = 0;
        for (int oldRow : before) {
            QVERIFY(oldRow >= -1 && oldRow < oldCount);
            fresher += oldRow < 0 ? 1 : 0;
        }
        QCOMPARE(fresher, 1);
    }

    void aChangeOfPermissionsKeepsTheNameOrder()
    {
        TokenRowStore store;
        const QList<Token> tokens{tokenNamed(1, QStringLiteral("b")),
                                  tokenNamed(2, QStringLiteral("a"))};
        load(store, tokens);
        QList<Token> fresh = tokens;
        fresh[0].scopes = TokenScope::WriteOnlyLogs;
        const auto diff = store.diffWith(fresh, [](const Token &) { return true; });
        QVERIFY(store.changesKeepOrder(fresh, diff, makeRow, TokenRowStore::Key::Name));
        QVERIFY(!store.changesKeepOrder(fresh, diff, makeRow, TokenRowStore::Key::Permissions));

        QCOMPARE(store.replaceChanged(fresh, diff, makeRow, TokenRowStore::Ranks::Stay),
                 QList<int>{0});
        QCOMPARE(store.at(0).token.scopes, TokenScopes(TokenScope::WriteOnlyLogs));
    }

    void searchFollowsTheOrderShown()
    {
        TokenRowStore store;
        load(store,
             {tokenNamed(1, QStringLiteral("Grafana")), tokenNamed(2, QStringLiteral("alloy"))});
        const QStringMatcher needle(QStringLiteral("graf"));
        QVERIFY(store.containsFolded(0, needle));
        QVERIFY(!store.containsFolded(1, needle));

        store.setOrder(store.sortedOrder(TokenRowStore::Key::Name, Qt::AscendingOrder));
        QVERIFY(!store.containsFolded(0, needle));
        QVERIFY(store.containsFolded(1, needle));

        const QStringMatcher project(QStringLiteral("8923da43"));
        QVERIFY(!store.containsFolded(0, project));
        store.setProjectNamesSearched(true);
        QVERIFY(store.containsFolded(0, project));
    }
};

QTEST_GUILESS_MAIN(TstTokenRowStore)
#include "tst_tokenrowstore.moc"
