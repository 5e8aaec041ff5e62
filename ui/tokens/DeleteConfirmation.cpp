#include "DeleteConfirmation.h"

#include "models/ProjectGroups.h"

#include <QCheckBox>
#include <QPushButton>

using cockpit::Token;

namespace {
constexpr int kNamesListed = 10;
constexpr int kProjectsListed = 6;

QString questionFor(const QList<Token> &tokens, qsizetype projects)
{
    if (tokens.size() == 1) {
        const Token &token = tokens.first();
        return DeleteConfirmation::tr("Delete the token “%1” in %2?")
            .arg(token.name, cockpit::regionId(token.region));
    }
    if (projects > 1)
        return DeleteConfirmation::tr("Delete these %Ln tokens of %1 projects?", nullptr,
                                      int(tokens.size()))
            .arg(projects);
    return DeleteConfirmation::tr("Delete these %Ln tokens?", nullptr, int(tokens.size()));
}

QString tokenLine(const Token &token, const QString &indent = {})
{
    return indent +
           DeleteConfirmation::tr("• %1 (%2)").arg(token.name, cockpit::regionId(token.region));
}

// One project's tokens after its name, the first ones named, within `budget` names in all.
QStringList projectLines(const cockpit::ProjectTokens &group, const QString &name, int &budget)
{
    QStringList lines{DeleteConfirmation::tr("%1 (%Ln tokens):", "project name, then how many",
                                             int(group.tokens.size()))
                          .arg(name)};
    const QString indent = QStringLiteral("    ");
    qsizetype listed = 0;
    for (; listed < group.tokens.size() && budget > 0; ++listed, --budget)
        lines.append(tokenLine(group.tokens.at(listed), indent));
    // A project none of whose tokens fit keeps its count alone (in its heading).
    if (listed > 0 && listed < group.tokens.size())
        lines.append(indent + DeleteConfirmation::tr("…and %Ln more", nullptr,
                                                     int(group.tokens.size() - listed)));
    return lines;
}

QStringList listOf(const QList<Token> &tokens, const QList<cockpit::ProjectTokens> &groups,
                   const DeleteConfirmation::ProjectNamer &projectName)
{
    QStringList lines;
    if (groups.size() > 1) {
        int budget = kNamesListed;
        for (qsizetype i = 0; i < groups.size() && i < kProjectsListed; ++i) {
            const QString &id = groups.at(i).projectId;
            lines += projectLines(groups.at(i), projectName ? projectName(id) : id, budget);
        }
        if (groups.size() > kProjectsListed)
            lines.append(DeleteConfirmation::tr("…and %Ln more projects", nullptr,
                                                int(groups.size() - kProjectsListed)));
        return lines;
    }
    for (qsizetype i = 0; i < tokens.size() && i < kNamesListed; ++i)
        lines.append(tokenLine(tokens.at(i)));
    if (tokens.size() > kNamesListed)
        lines.append(
            DeleteConfirmation::tr("…and %Ln more", nullptr, int(tokens.size() - kNamesListed)));
    return lines;
}

} // namespace

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens, QWidget *parent,
                                       const ProjectNamer &projectName)
    : DeleteConfirmation(tokens, cockpit::groupByProject(tokens), parent, projectName)
{
}

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens,
                                       const QList<cockpit::ProjectTokens> &groups, QWidget *parent,
                                       const ProjectNamer &projectName)
    : SafeConfirmation(tokens.size() == 1 ? tr("Delete token") : tr("Delete tokens"),
                       questionFor(tokens, groups.size()), parent)
    , m_tokens(tokens)
{
    setTextFormat(Qt::PlainText);
    const QStringList lines = listOf(tokens, groups, projectName);
    const QString warning = tr("This cannot be undone. Agents and tools using these tokens will "
                               "be refused from now on.",
                               nullptr, int(tokens.size()));
    setInformativeText(tokens.size() == 1
                           ? warning
                           : lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + warning);

    setSafeButton(tr("&Cancel"));
    setDestructiveButton(tokens.size() == 1
                             ? tr("&Delete token")
                             : tr("&Delete %Ln tokens", nullptr, int(tokens.size())));
    connect(this, &SafeConfirmation::destroyConfirmed, this,
            [this] { Q_EMIT confirmed(m_tokens); });
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
