// TokenExport: the CSV read back by a real CSV reader (Python's csv module, as spreadsheets
// parse RFC 4180) and the JSON by QJsonDocument give exactly the rows written; times are ISO 8601
// UTC, scopes as the API spells them.
#include "TokenFixtures.h"
#include "text/TokenExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cockpit;

class TestTokenExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvReadsBackWithARealReader();
    void jsonReadsBack();
    void valuesAreIsoUtcAndApiScopeNames();

private:
    static QList<Token> tokens();
    static QHash<QString, QString> names();
};

QList<Token> TestTokenExport::tokens()
{
    QList<Token> list = testdata::sample();
    // Project names are free text: commas, quotes, line breaks, edge spaces and non-ASCII.
    list[1].projectId = QStringLiteral("11111111-2c19-42ad-8011-2c55913b6b54");
    list[2].projectId = QStringLiteral("22222222-2c19-42ad-8011-2c55913b6b54");
    list[3].projectId = QStringLiteral("33333333-2c19-42ad-8011-2c55913b6b54");
    list[4].unknownScopes = {QStringLiteral("future_scope")};
    list[0].createdAt = list[0].createdAt.addMSecs(123);
    return list;
}

QHash<QString, QString> TestTokenExport::names()
{
    return {{QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54"), QStringLiteral("Prod, EU")},
            {QStringLiteral("11111111-2c19-42ad-8011-2c55913b6b54"),
             QStringLiteral("the \"shop\"\nline two")},
            {QStringLiteral("22222222-2c19-42ad-8011-2c55913b6b54"),
             QStringLiteral("  Équipe données  ")}};
    // The fourth project has no name: its column is empty.
}

void TestTokenExport::csvReadsBackWithARealReader()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed: the CSV cannot be read back by an independent reader");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tokens.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray csv = TokenExport::toCsv(tokens(), names());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    file.write(csv);
    file.close();

    // utf-8-sig drops the byte-order mark, newline='' lets the reader see the quoted line break.
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import csv, json, sys\n"
                                         "with open(sys.argv[1], newline='', encoding='utf-8-sig') "
                                         "as f:\n"
                                         "    print(json.dumps(list(csv.reader(f, strict=True))))"),
                          path});
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), tokens().size() + 1);
    QCOMPARE(rows.at(0).toVariant().toStringList(), TokenExport::columns());
    for (int i = 0; i < tokens().size(); ++i)
        QCOMPARE(rows.at(i + 1).toVariant().toStringList(),
                 TokenExport::values(tokens().at(i), names()));
}

void TestTokenExport::jsonReadsBack()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(TokenExport::toJson(tokens(), names()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), tokens().size());
    const QStringList keys = TokenExport::columns();
    for (int i = 0; i < tokens().size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QCOMPARE(object.size(), keys.size());
        const QStringList values = TokenExport::values(tokens().at(i), names());
        for (int column = 0; column < keys.size(); ++column) {
            const QJsonValue value = object.value(keys.at(column));
            if (keys.at(column) == QLatin1String("scopes"))
                QCOMPARE(value.toVariant().toStringList().join(QLatin1Char(' ')),
                         values.at(column));
            else
                QCOMPARE(value.toString(), values.at(column));
        }
    }
}

void TestTokenExport::valuesAreIsoUtcAndApiScopeNames()
{
    const QStringList first = TokenExport::values(tokens().at(0), names());
    const QStringList keys = TokenExport::columns();
    const auto column = [&keys](const char *name) { return keys.indexOf(QLatin1String(name)); };
    QCOMPARE(first.at(column("created_at")), QStringLiteral("2024-09-10T12:00:00.123Z"));
    QCOMPARE(first.at(column("updated_at")), QStringLiteral("2024-09-10T12:00:00Z"));
    QCOMPARE(first.at(column("scopes")), QStringLiteral("read_only_metrics read_only_logs"));
    QCOMPARE(first.at(column("regional_id")), QStringLiteral("fr-par/") + tokens().at(0).id);
    QCOMPARE(first.at(column("project_name")), QStringLiteral("Prod, EU"));
    const QStringList last = TokenExport::values(tokens().at(4), names());
    QVERIFY(
        last.at(column("scopes")).split(QLatin1Char(' ')).contains(QLatin1String("future_scope")));
    QVERIFY(TokenExport::values(tokens().at(3), names()).at(column("project_name")).isEmpty());
}

QTEST_MAIN(TestTokenExport)
#include "tst_tokenexport.moc"
