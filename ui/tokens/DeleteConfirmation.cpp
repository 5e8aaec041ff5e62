#include "DeleteConfirmation.h"

#include <QCheckBox>
#include <QPushButton>

using cockpit::Token;

namespace {
constexpr int kNamesListed = 10;

QString questionFor(const QList<Token> &tokens)
{
    if (tokens.size() == 1) {
        const Token &token = tokens.first();
        return DeleteConfirmation::tr("Delete the token “%1” in %2?")
            .arg(token.name, cockpit::regionId(token.region));
    }
    return DeleteConfirmation::tr("Delete these %Ln tokens?", nullptr, int(tokens.size()));
}

} // namespace

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens, QWidget *parent)
    : SafeConfirmation(tokens.size() == 1 ? tr("Delete token") : tr("Delete tokens"),
                       questionFor(tokens), parent)
    , m_tokens(tokens)
{
    setTextFormat(Qt::PlainText);
    QStringList lines;
    for (qsizetype i = 0; i < tokens.size() && i < kNamesListed; ++i)
        lines.append(
            tr("• %1 (%2)").arg(tokens.at(i).name, cockpit::regionId(tokens.at(i).region)));
    if (tokens.size() > kNamesListed)
        lines.append(tr("…and %Ln more", nullptr, int(tokens.size() - kNamesListed)));
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
