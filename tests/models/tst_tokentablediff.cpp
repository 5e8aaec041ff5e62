// TokenTableModel's refreshes of a sorted table: a small diff is placed among the rows (no full
// sort), and must end exactly as a table loaded from scratch and sorted, by every column and
// order, with persistent indexes (selection, current row) following their tokens.
#include "TokenFixtures.h"
#include "models/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace cockpit;
using testdata::at;

namespace {

const QStringList kProjects{QStringLiteral("11111111-1111-4111-8111-111111111111"),
                            QStringLiteral("22222222-2222-4222-8222-222222222222"),
                            QStringLiteral("33333333-3333-4333-8333-333333333333")};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }

    // Names that tie on purpose: few stems, mixed case, shared prefixes longer than the
    // sorter's 24-character packed prefix.
    QString name()
    {
        static const QStringList stems{
            QStringLiteral("alloy"), QStringLiteral("Alloy"), QStringLiteral("grafana"),
            QStringLiteral("a-very-long-shared-token-name-prefix-"), QStringLiteral("ci")};
        QString name = stems.at(int(m_random.bounded(quint32(stems.size()))));
        if (m_random.bounded(2u))
            name += QString::number(m_random.bounded(6u));
        return name;
    }

    Token token()
    {
        const int n = m_next++;
        Token t = testdata::token(n, name(), allRegions().at(int(m_random.bounded(3u))),
                                  TokenScopes::fromInt(int(m_random.bounded(512u))),
                                  at(1 + int(m_random.bounded(5u)), int(m_random.bounded(3u))));
        t.projectId = kProjects.at(int(m_random.bounded(quint32(kProjects.size()))));
        return t;
    }

    void change(Token &token)
    {
        switch (m_random.bounded(4u)) {
        case 0:
            token.name = name();
            break;
        case 1:
            token.scopes = TokenScopes::fromInt(int(m_random.bounded(512u)));
            break;
        case 2:
            token.createdAt = at(1 + int(m_random.bounded(5u)));
            break;
        default:
            token.projectId = kProjects.at(int(m_random.bounded(quint32(kProjects.size()))));
            break;
        }
    }

    int bounded(int high) { return int(m_random.bounded(quint32(high))); }

private:
    QRandomGenerator m_random;
    int m_next = 1;
};

QStringList idsInOrder(const TokenTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.tokenAt(row).id);
    return ids;
}

QStringList sortedFromScratch(const QList<Token> &tokens, const QHash<QString, QString> &names,
                              int column, Qt::SortOrder order)
{
    TokenTableModel model;
    model.setProjectNames(names);
    model.sort(column, order);
    model.setTokens(tokens);
    return idsInOrder(model);
}

} // namespace

class TestTokenTableDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshEqualsFreshSort_data();
    void refreshEqualsFreshSort();
    void changeThatKeepsTheOrderMovesNothing();
    void smallDiffIsOneLayoutChange();
};

void TestTokenTableDiff::refreshEqualsFreshSort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *const names[TokenTableModel::ColumnCount] = {"name",    "region", "permissions",
                                                             "created", "id",     "project"};
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestTokenTableDiff::refreshEqualsFreshSort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    Generator generate(quint32(1000 + column * 2 + int(order)));
    const QHash<QString, QString> projectNames{{kProjects.at(0), QStringLiteral("Beta")},
                                               {kProjects.at(1), QStringLiteral("alpha")}};
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjectNames(projectNames);
    model.sort(column, order);
    QList<Token> tokens;
    for (int i = 0; i < 400; ++i)
        tokens.append(generate.token());
    model.setTokens(tokens);
    QCOMPARE(idsInOrder(model), sortedFromScratch(tokens, projectNames, column, order));

    for (int round = 0; round < 25; ++round) {
        // Persistent indexes on a few rows, as a selection would hold them.
        QList<QPersistentModelIndex> held;
        QStringList heldIds;
        for (int k = 0; k < 5; ++k) {
            const int row = generate.bounded(model.rowCount());
            held.append(QPersistentModelIndex(model.index(row, k % TokenTableModel::ColumnCount)));
            heldIds.append(model.tokenAt(row).id);
        }
        // Up to 15 removed, changed and added: within what the model places among the rows.
        for (int k = generate.bounded(6); k > 0; --k)
            tokens.removeAt(generate.bounded(int(tokens.size())));
        for (int k = generate.bounded(6); k > 0; --k)
            generate.change(tokens[generate.bounded(int(tokens.size()))]);
        for (int k = generate.bounded(6); k > 0; --k)
            tokens.insert(generate.bounded(int(tokens.size())), generate.token());

        model.setTokens(tokens);
        QCOMPARE(idsInOrder(model), sortedFromScratch(tokens, projectNames, column, order));
        QCOMPARE(model.rowCount(), tokens.size());
        for (const Token &token : std::as_const(tokens)) {
            const int row = model.rowOfToken(token.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.tokenAt(row), token);
        }
        for (int k = 0; k < held.size(); ++k) {
            const bool present = model.rowOfToken(heldIds.at(k)) >= 0;
            QCOMPARE(held.at(k).isValid(), present);
            if (present)
                QCOMPARE(held.at(k).data(TokenTableModel::TokenIdRole).toString(), heldIds.at(k));
        }
    }
    // And a later sort by another column still agrees with one from scratch.
    const int other = (column + 1) % TokenTableModel::ColumnCount;
    model.sort(other, order);
    QCOMPARE(idsInOrder(model), sortedFromScratch(tokens, projectNames, other, order));
}

void TestTokenTableDiff::changeThatKeepsTheOrderMovesNothing()
{
    Generator generate(7);
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(TokenTableModel::NameColumn);
    QList<Token> tokens;
    for (int i = 0; i < 100; ++i)
        tokens.append(generate.token());
    model.setTokens(tokens);
    const QStringList before = idsInOrder(model);

    // New permissions while sorted by name: the row is updated where it is.
    tokens[10].scopes ^= TokenScope::ReadOnlyTraces;
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTokens(tokens);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 1);
    const int row = model.rowOfToken(tokens.at(10).id);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(model.tokenAt(row).scopes, tokens.at(10).scopes);
    QCOMPARE(idsInOrder(model), before);

    // The same refresh again changes nothing and says nothing.
    model.setTokens(tokens);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 1);
}

void TestTokenTableDiff::smallDiffIsOneLayoutChange()
{
    Generator generate(11);
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    QList<Token> tokens;
    for (int i = 0; i < 200; ++i)
        tokens.append(generate.token());
    model.setTokens(tokens);

    tokens.removeAt(50);
    tokens[20].name = QStringLiteral("renamed");
    tokens.append(generate.token());
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTokens(tokens);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(idsInOrder(model),
             sortedFromScratch(tokens, {}, TokenTableModel::CreatedColumn, Qt::DescendingOrder));
}

QTEST_GUILESS_MAIN(TestTokenTableDiff)
#include "tst_tokentablediff.moc"
