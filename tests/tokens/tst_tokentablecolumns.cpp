// The token table's columns at every width a window gives it: every header reads whole, the
// Permissions column never shrinks below a readable width (the ID column narrows first, then the
// table scrolls sideways), and the ID column is whole again when there is room.
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "tokens/TokenTableView.h"

#include <QApplication>
#include <QHeaderView>
#include <QTest>

using cockpit::Region;
using cockpit::Token;
using cockpit::TokenFilterProxyModel;
using cockpit::TokenScope;
using cockpit::TokenTableModel;

class TestTokenTableColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readableAtEveryWidth_data();
    void readableAtEveryWidth();
};

void TestTokenTableColumns::readableAtEveryWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("projects");
    for (int width : {520, 640, 800, 1000, 1400}) {
        QTest::addRow("%d, one project", width) << width << false;
        QTest::addRow("%d, all projects", width) << width << true;
    }
}

void TestTokenTableColumns::readableAtEveryWidth()
{
    QFETCH(int, width);
    QFETCH(bool, projects);
    TokenTableModel model;
    QList<Token> tokens;
    for (int i = 0; i < 20; ++i) {
        Token token;
        token.id =
            QStringLiteral("6a1c%1-0000-4000-8000-000000000000").arg(i, 4, 10, QLatin1Char('0'));
        token.projectId = QStringLiteral("p%1").arg(i % 3);
        token.name = QStringLiteral("shop-checkout-traces-%1").arg(i);
        token.region = Region::NlAms;
        token.scopes = TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs;
        token.createdAt = QDateTime::currentDateTimeUtc().addDays(-i * 20);
        tokens.append(token);
    }
    model.setProjectNames({{QStringLiteral("p0"), QStringLiteral("data-platform-staging")}});
    model.setTokens(tokens);
    TokenFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    cockpit::TokenTableView view;
    view.setModel(&proxy);
    view.setProjectColumnShown(projects);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitNameColumn();

    const QHeaderView *header = view.horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = model.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(
            header->sectionSize(column) >= metrics.horizontalAdvance(title),
            qPrintable(QStringLiteral("%1 is %2 px").arg(title).arg(header->sectionSize(column))));
    }
    const int permissions = header->sectionSize(TokenTableModel::PermissionsColumn);
    QVERIFY2(permissions >= view.fontMetrics().averageCharWidth() * 24,
             qPrintable(QString::number(permissions)));
    // With room to spare, the ID shows at its full preferred width (both ends, 21 characters).
    if (width >= 1400)
        QCOMPARE(header->sectionSize(TokenTableModel::IdColumn) >
                     header->sectionSize(TokenTableModel::RegionColumn) * 2,
                 true);
}

QTEST_MAIN(TestTokenTableColumns)
#include "tst_tokentablecolumns.moc"
