#include "DeleteConfirmation.h"

#include <QCheckBox>

#include <QPushButton>

using cockpit::Token;

namespace {
constexpr int kNamesListed = 10;
}

DeleteConfirmation::DeleteConfirmation(const QList<Token> &tokens, QWidget *parent)
    : QMessageBox(parent)
    , m_tokens(tokens)
{
    setIcon(QMessageBox::Warning);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Delete tokens"));

    if (tokens.size() == 1) {
        const Token &token = tokens.first();
        setText(
            tr("Delete the token “%1” in %2?").arg(token.name, cockpit::regionId(token.region)));
    } else {
        setText(tr("Delete these %n tokens?", nullptr, int(tokens.size())));
    }
    QStringList lines;
    for (qsizetype i = 0; i < tokens.size() && i < kNamesListed; ++i)
        lines.append(
            tr("• %1 (%2)").arg(tokens.at(i).name, cockpit::regionId(tokens.at(i).region)));
    if (tokens.size() > kNamesListed)
        lines.append(tr("…and %n more", nullptr, int(tokens.size() - kNamesListed)));
    const QString warning = tr("This cannot be undone. Agents and tools using these tokens will "
                               "be refused from now on.");
    setInformativeText(tokens.size() == 1
                           ? warning
                           : lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + warning);

    m_delete = addButton(tokens.size() == 1 ? tr("Delete token")
                                            : tr("Delete %n tokens", nullptr, int(tokens.size())),
                         QMessageBox::DestructiveRole);
    m_delete->setAccessibleName(m_delete->text());
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // The safe answer is the default, so a stray Enter deletes nothing.
    setDefaultButton(cancel);
    setEscapeButton(cancel);

    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_delete)
            Q_EMIT confirmed(m_tokens);
    });
}

void DeleteConfirmation::offerToForgetSavedSecrets(int savedCount)
{
    if (savedCount <= 0)
        return;
    auto *box =
        new QCheckBox(savedCount == 1 ? tr("Also forget the saved secret key in the keychain")
                                      : tr("Also forget the %n saved secret keys in the keychain",
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
