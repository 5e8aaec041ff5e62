// The delete confirmation against the full list of what it will destroy (issue 25 items 1 and
// 5): every token, by name, region and ID, under its project's heading, in English and French,
// on a screen it fits on (a long list scrolls instead of growing the box off the screen).
#include "WidgetChecks.h"
#include "common/LanguageLoader.h"
#include "tokens/DeleteConfirmation.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTextEdit>

using cockpit::Region;
using cockpit::Token;

using WidgetChecks::shoot;

namespace {

QString projectName(const QString &id)
{
    return QStringLiteral("generated-%1").arg(id.right(4));
}

// 144 tokens of 30 projects, as the search for "amber" found them.
QList<Token> amberTokens()
{
    QList<Token> tokens;
    const QList<Region> regions{Region::FrPar, Region::NlAms, Region::PlWaw};
    for (int i = 0; i < 144; ++i) {
        Token token;
        token.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        token.name = QStringLiteral("amber-%1").arg(i, 3, 10, QLatin1Char('0'));
        token.region = regions.at(i % regions.size());
        token.projectId = QStringLiteral("project-%1").arg(i % 30, 4, 10, QLatin1Char('0'));
        tokens.append(token);
    }
    return tokens;
}

// Everything the box shows in text: its labels and any text view in it.
QString shownText(const QWidget *box)
{
    QStringList parts;
    for (const QLabel *label : box->findChildren<QLabel *>()) {
        if (label->isVisible())
            parts.append(label->text());
    }
    for (const QPlainTextEdit *edit : box->findChildren<QPlainTextEdit *>()) {
        if (edit->isVisible())
            parts.append(edit->toPlainText());
    }
    for (const QTextEdit *edit : box->findChildren<QTextEdit *>()) {
        if (edit->isVisible())
            parts.append(edit->toPlainText());
    }
    return parts.join(QLatin1Char('\n'));
}

// Each token on a line of its own with its name, region and ID, after its project's heading and
// before the next project's.
QStringList problemsOf(const QString &text, const QList<Token> &tokens)
{
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString currentProject;
    QHash<QString, QString> listedUnder; // token ID -> the project heading above it
    for (const QString &line : lines) {
        for (const Token &token : tokens) {
            if (!line.contains(token.id) && line.startsWith(projectName(token.projectId)))
                currentProject = token.projectId;
        }
        for (const Token &token : tokens) {
            if (line.contains(token.id) && line.contains(token.name) &&
                line.contains(cockpit::regionId(token.region)))
                listedUnder.insert(token.id, currentProject);
        }
    }
    for (const Token &token : tokens) {
        if (!listedUnder.contains(token.id))
            problems.append(QStringLiteral("%1 (%2) is not listed").arg(token.name, token.id));
        else if (listedUnder.value(token.id) != token.projectId)
            problems.append(
                QStringLiteral("%1 is not under %2").arg(token.name, projectName(token.projectId)));
    }
    return problems;
}

} // namespace

class TestDeleteConfirmation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryTokenUnderItsProject_data();
    void listsEveryTokenUnderItsProject();
    void oneTokenNamesProjectRegionNameAndId();
};

void TestDeleteConfirmation::listsEveryTokenUnderItsProject_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        for (int count : {3, 12, 144})
            QTest::addRow("%s, %d", qPrintable(language), count) << language << count;
    }
}

void TestDeleteConfirmation::listsEveryTokenUnderItsProject()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    cockpit::LanguageLoader languages(QCoreApplication::instance());
    languages.install(language);
    const QList<Token> tokens = amberTokens().mid(0, count);
    QWidget parent;
    parent.resize(800, 500);
    parent.show();
    auto *box = new cockpit::DeleteConfirmation(tokens, &parent, projectName);
    box->open();
    QVERIFY(QTest::qWaitForWindowExposed(box));
    if (count == 144)
        shoot(box, QStringLiteral("item05-delete-144-") + language);
    const QStringList problems = problemsOf(shownText(box), tokens);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 tokens: ").arg(problems.size()).arg(tokens.size()) +
                   problems.mid(0, 12).join(QStringLiteral("; "))));
    // On the screen whole: a long list scrolls.
    const QRect screen = box->screen()->availableGeometry();
    QVERIFY2(box->frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("%1 px high on a %2 px screen")
                            .arg(box->frameGeometry().height())
                            .arg(screen.height())));
    QCOMPARE(box->defaultButton(), box->safeButton());
    box->close();
}

void TestDeleteConfirmation::oneTokenNamesProjectRegionNameAndId()
{
    Token token = amberTokens().at(7);
    QWidget parent;
    auto *box = new cockpit::DeleteConfirmation({token}, &parent, projectName);
    box->open();
    QVERIFY(QTest::qWaitForWindowExposed(box));
    const QString text = shownText(box);
    for (const QString &part :
         {token.name, cockpit::regionId(token.region), token.id, projectName(token.projectId)})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
    box->close();
}

QTEST_MAIN(TestDeleteConfirmation)
#include "tst_deleteconfirmation.moc"
