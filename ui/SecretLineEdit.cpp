#include "SecretLineEdit.h"

#include "Shortcuts.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QStyle>

namespace cockpit {
namespace {

QIcon revealIcon(const QWidget *widget, bool revealed)
{
    // Themes name these icons; the style's own icons are the fallback where no theme has them.
    const QIcon themed =
        QIcon::fromTheme(revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"));
    if (!themed.isNull())
        return themed;
    return widget->style()->standardIcon(revealed ? QStyle::SP_DialogNoButton
                                                  : QStyle::SP_FileDialogContentsView);
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
    m_revealAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SecretLineEdit::retranslate()
{
    const bool revealed = isRevealed();
    m_revealAction->setIcon(revealIcon(this, revealed));
    m_revealAction->setText(revealed ? tr("Hide") : tr("Reveal"));
    m_revealAction->setToolTip(revealed ? tr("Hide the secret (Ctrl+H)")
                                        : tr("Reveal the secret (Ctrl+H)"));
}

} // namespace cockpit
