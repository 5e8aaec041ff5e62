#include "SecretLineEdit.h"

#include "common/Shortcuts.h"
#include "common/SymbolIcon.h"

#include <QAction>
#include <QEvent>
#include <QIcon>

namespace cockpit {
namespace {

QIcon revealIcon(const QWidget *widget, bool revealed)
{
    // The theme's icons where it has them; else the app's own eye, never a generic stand-in.
    const QIcon themed =
        QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"));
    return themed.isNull() ? SymbolIcon::eye(widget, revealed) : themed;
}

} // namespace

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_revealAction(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    // A secret is never offered to input methods or their prediction dictionaries.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                        Qt::ImhSensitiveData);
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(Shortcuts::revealSecret());
    // Anywhere in the field's window (a dialog holds one secret field): the key must not depend
    // on where the focus happens to be.
    m_revealAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    retranslate();
}

void SecretLineEdit::setRevealed(bool revealed)
{
    if (revealed == isRevealed())
        return;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker blocker(m_revealAction);
    m_revealAction->setChecked(revealed);
    retranslate();
    Q_EMIT revealedChanged(revealed);
}

void SecretLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::PaletteChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SecretLineEdit::retranslate()
{
    const bool revealed = isRevealed();
    m_revealAction->setIcon(revealIcon(this, revealed));
    m_revealAction->setText(revealed ? tr("Hide") : tr("Reveal"));
    m_revealAction->setToolTip(
        Shortcuts::withKeys(revealed ? tr("Hide the secret") : tr("Reveal the secret"),
                            Shortcuts::revealSecret()));
}

} // namespace cockpit
