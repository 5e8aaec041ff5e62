#include "DeleteConfirmation.h"

#include "models/ProjectGroups.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>

#include <algorithm>

namespace cockpit {

namespace {
// The list shows this many lines at most and scrolls for the rest.
constexpr int kLinesShown = 14;

QString nameOf(const DeleteConfirmation::ProjectNamer &projectName, const QString &projectId)
{
    const QString name = projectName ? projectName(projectId) : QString();
    return name.isEmpty() ? projectId : name;
}

QString questionFor(const QList<Token> &tokens, const QList<ProjectTokens> &groups,
                    const DeleteConfirmation::ProjectNamer &projectName)
{
    if (tokens.size() == 1) {
        const Token &token = tokens.first();
        return DeleteConfirmation::tr("Delete the token “%1” of the project %2 in %3?")
            .arg(token.name, nameOf(projectName, token.projectId), regionId(token.region));
    }
    if (groups.size() > 1)
        return DeleteConfirmation::tr("Delete these %Ln tokens of %1 projects?", nullptr,
                                      int(tokens.size()))
            .arg(groups.size());
    return DeleteConfirmation::tr("Delete these %Ln tokens of the project %1?", nullptr,
                                  int(tokens.size()))
        .arg(nameOf(projectName, groups.value(0).projectId));
}

// Every token, under its project's name: name, region and ID (two tokens may share a name).
QStringList listOf(const QList<ProjectTokens> &groups,
                   const DeleteConfirmation::ProjectNamer &projectName)
{
    QStringList lines;
    for (const ProjectTokens &group : groups) {
        lines.append(DeleteConfirmation::tr("%1 (%Ln tokens):", "project name, then how many",
                                            int(group.tokens.size()))
                         .arg(nameOf(projectName, group.projectId)));
        for (const Token &token : group.tokens)
            lines.append(QStringLiteral("    ") +
                         DeleteConfirmation::tr("• %1 (%2) %3", "name, region, ID")
                             .arg(token.name, regionId(token.region), token.id));
    }
    return lines;
}

} // namespace

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens, QWidget *parent,
                                       const ProjectNamer &projectName)
    : DeleteConfirmation(tokens, groupByProject(tokens), parent, projectName)
{
}

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens,
                                       const QList<ProjectTokens> &groups, QWidget *parent,
                                       const ProjectNamer &projectName)
    : SafeConfirmation(tokens.size() == 1 ? tr("Delete token") : tr("Delete tokens"),
                       questionFor(tokens, groups, projectName), parent)
    , m_tokens(tokens)
{
    setTextFormat(Qt::PlainText);
    const QString warning = tr("This cannot be undone. Agents and tools using these tokens will "
                               "be refused from now on.",
                               nullptr, int(tokens.size()));
    if (tokens.size() == 1) {
        // Its ID too: after "Rotate → Keep both tokens" two tokens share a name.
        setInformativeText(tr("ID: %1").arg(tokens.first().id) + QStringLiteral("\n\n") + warning);
    } else {
        setInformativeText(warning);
        // All of them, scrolling when they are many: nothing destroyed goes unnamed.
        m_list = new QPlainTextEdit(this);
        m_list->setObjectName(QStringLiteral("deleteList"));
        m_list->setReadOnly(true);
        m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_list->setAccessibleName(tr("Tokens to delete"));
        m_list->setPlainText(listOf(groups, projectName).join(QLatin1Char('\n')));
        const QFontMetrics metrics(m_list->font());
        const int lines = std::min(int(tokens.size() + groups.size()), kLinesShown);
        const int frame = 2 * m_list->frameWidth() + int(2 * m_list->document()->documentMargin());
        m_list->setFixedHeight(lines * metrics.lineSpacing() + frame + 4);
        int widest = 0;
        for (const QString &line : m_list->toPlainText().split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        m_list->setMinimumWidth(
            std::min(widest + frame + 8 + m_list->verticalScrollBar()->sizeHint().width(), 640));
    }

    setSafeButton(tr("&Cancel"));
    setDestructiveButton(tokens.size() == 1
                             ? tr("&Delete token")
                             : tr("&Delete %Ln tokens", nullptr, int(tokens.size())));
    connect(this, &SafeConfirmation::destroyConfirmed, this,
            [this] { Q_EMIT confirmed(m_tokens); });
}

QString DeleteConfirmation::listText() const
{
    return m_list ? m_list->toPlainText() : QString();
}

void DeleteConfirmation::showEvent(QShowEvent *event)
{
    placeList();
    SafeConfirmation::showEvent(event); // sizes the box, the list included
}

void DeleteConfirmation::placeList()
{
    // The box lays itself out again when its texts or check box change: the list goes in last,
    // under the texts and above the check box and the buttons, which move one row down.
    auto *grid = qobject_cast<QGridLayout *>(layout());
    auto *informative = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    if (!m_list || !grid || !informative || grid->indexOf(m_list) >= 0)
        return;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    grid->getItemPosition(grid->indexOf(informative), &row, &column, &rowSpan, &columnSpan);
    struct Placed
    {
        QLayoutItem *item;
        int row, column, rowSpan, columnSpan;
    };
    QList<Placed> below;
    for (int i = grid->count() - 1; i >= 0; --i) {
        Placed placed{nullptr, 0, 0, 0, 0};
        grid->getItemPosition(i, &placed.row, &placed.column, &placed.rowSpan, &placed.columnSpan);
        if (placed.row > row) {
            placed.item = grid->takeAt(i);
            below.append(placed);
        }
    }
    grid->addWidget(m_list, row + rowSpan, column, 1, columnSpan);
    for (const Placed &placed : std::as_const(below))
        grid->addItem(placed.item, placed.row + 1, placed.column, placed.rowSpan,
                      placed.columnSpan);
}

void DeleteConfirmation::offerToForgetSavedSecrets(int savedCount)
{
    if (savedCount <= 0)
        return;
    auto *box =
        new QCheckBox(savedCount == 1 ? tr("Also &forget the saved secret key in the keychain")
                                      : tr("Also &forget the %Ln saved secret keys in the keychain",
                                           nullptr, savedCount),
                      this);
    box->setChecked(true);
    box->setAccessibleName(tr("Forget saved secret keys"));
    setCheckBox(box);
}

bool DeleteConfirmation::forgetSavedSecrets() const
{
    return checkBox() && checkBox()->isChecked();
}

} // namespace cockpit
