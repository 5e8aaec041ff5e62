#include "SecretLineEdit.h"

#include "common/ClipboardGuard.h"
#include "common/SecretCopyPaths.h"
#include "common/Shortcuts.h"
#include "common/SymbolIcon.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QSignalBlocker>

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
    keepHiddenFromInputMethods();
    setDragEnabled(false);
    m_revealAction->setCheckable(true);
    m_revealAction->setShortcut(Shortcuts::revealSecret());
    // Anywhere in the field's window (a dialog holds one secret field): the key must not depend
    // on where the focus happens to be.
    m_revealAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    retranslate();
}

SecretLineEdit::~SecretLineEdit()
{
    // Masked before it goes, so that the display copy held here is the last and is zeroed.
    if (m_revealed) {
        const QSignalBlocker blocker(this);
        m_revealed = false;
        QLineEdit::setEchoMode(QLineEdit::Password);
        holdDisplayCopy();
    }
}

void SecretLineEdit::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    holdDisplayCopy();
    // QLineEdit lifts these hints for a visible text; a revealed secret keeps them.
    keepHiddenFromInputMethods();
    const QSignalBlocker blocker(m_revealAction);
    m_revealAction->setChecked(revealed);
    retranslate();
    Q_EMIT revealedChanged(revealed);
}

void SecretLineEdit::wipe()
{
    // Masked first: the display copy held here is zeroed, and Qt moves a text it shares (with the
    // Secret it came from) into a buffer of its own, which nothing else holds but `held` below.
    setRevealed(false);
    QString held = text();
    setText(QString()); // unlike clear(), keeps no undo history of the characters
    Secret::overwrite(held);
}

void SecretLineEdit::keepHiddenFromInputMethods()
{
    // A secret is never offered to input methods or their prediction dictionaries.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                        Qt::ImhSensitiveData);
}

// QLineEdit keeps a second copy of a revealed text, the one it displays, and makes a new one
// whenever the selection or the cursor changes it, letting go of the old one unwiped. It also puts
// every selection made with the mouse or the keyboard into the X11 PRIMARY selection, but only
// while its echo mode is Normal: that is its one gate. So while Qt handles an input event for a
// revealed secret, the field is masked underneath (the text and the selection stay; nothing is
// painted in between): the selection stays private, and every display copy Qt makes and drops
// meanwhile is the mask. The one display copy of the secret is then held here, and zeroed when it
// is replaced.
template <typename Handler> auto SecretLineEdit::withDisplayKeptPrivate(Handler handler)
{
    if (!m_revealed)
        return handler();
    // A change made outside an input event (selectAll() from code) is held before it is masked.
    holdDisplayCopy();
    const QPointer<SecretLineEdit> self(this);
    QLineEdit::setEchoMode(QLineEdit::Password);
    const auto result = handler();
    // Unless the handler hid the secret itself (a dialog closing on Enter) or is gone.
    if (self && m_revealed) {
        QLineEdit::setEchoMode(QLineEdit::Normal);
        keepHiddenFromInputMethods();
    }
    if (self)
        holdDisplayCopy();
    return result;
}

void SecretLineEdit::holdDisplayCopy()
{
    const QString shown = displayText();
    if (shown.constData() == m_heldDisplay.constData())
        return;
    // The one this replaces is let go of by Qt by now: zeroed here as its last holder.
    QString previous = std::exchange(m_heldDisplay, m_revealed ? shown : QString());
    Secret::overwrite(previous);
}

bool SecretLineEdit::isInputEvent(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::FocusIn:
    case QEvent::FocusOut:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool SecretLineEdit::event(QEvent *event)
{
    if (SecretCopyPaths::claimCopyKeys(event))
        return true;
    if (isInputEvent(event))
        return withDisplayKeptPrivate([this, event] { return QLineEdit::event(event); });
    return QLineEdit::event(event);
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (SecretCopyPaths::isCopyOrCut(event)) {
        if (SecretCopyPaths::isCut(event))
            cutSelection();
        else
            copySelection();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    SecretCopyPaths::MenuEntries entries;
    // Masked, there is nothing to copy, as in Qt's own menu for a password field.
    entries.canCopy = isRevealed() && hasSelectedText() && m_guard;
    entries.copy = [this] { copySelection(); };
    if (!isReadOnly()) {
        entries.cut = [this] {
            withDisplayKeptPrivate([this] {
                cutSelection();
                return true;
            });
        };
        entries.paste = [this] {
            withDisplayKeptPrivate([this] {
                paste();
                return true;
            });
        };
        entries.canPaste = !QGuiApplication::clipboard()->text().isEmpty();
        entries.remove = [this] {
            withDisplayKeptPrivate([this] {
                del();
                return true;
            });
        };
        entries.canRemove = hasSelectedText();
    }
    entries.selectAll = [this] {
        withDisplayKeptPrivate([this] {
            selectAll();
            return true;
        });
    };
    entries.canSelectAll = !text().isEmpty();
    SecretCopyPaths::contextMenu(this, entries)->popup(event->globalPos());
}

bool SecretLineEdit::copySelection()
{
    // Masked, Qt copies nothing either: the mask is there to keep the secret in.
    if (!isRevealed() || !hasSelectedText() || !m_guard)
        return false;
    const bool whole = selectionLength() == text().size();
    m_guard->copySecret(Secret(selectedText()));
    Q_EMIT copiedThroughGuard(whole);
    return true;
}

void SecretLineEdit::cutSelection()
{
    // Only what was copied is cut: without the guard, the text stays where it is.
    if (copySelection() && !isReadOnly())
        del();
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
    m_revealAction->setToolTip(Shortcuts::withKeys(
        revealed ? tr("Hide the secret") : tr("Reveal the secret"), Shortcuts::revealSecret()));
}

void SecretLineEdit::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
}

} // namespace cockpit
