#include "SecretTextView.h"

#include "common/ClipboardGuard.h"
#include "common/SecretCopyPaths.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextDocumentFragment>

namespace cockpit {

SecretTextView::SecretTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // No history of earlier texts, each of which would be one more copy of a secret.
    setUndoRedoEnabled(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
}

bool SecretTextView::event(QEvent *event)
{
    if (SecretCopyPaths::claimCopyKeys(event))
        return true;
    return QPlainTextEdit::event(event);
}

void SecretTextView::keyPressEvent(QKeyEvent *event)
{
    if (SecretCopyPaths::isCopyOrCut(event)) {
        // Read-only: a cut copies, as Qt's own cut does in a read-only view.
        copySelection();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SecretTextView::contextMenuEvent(QContextMenuEvent *event)
{
    SecretCopyPaths::MenuEntries entries;
    entries.copy = [this] { copySelection(); };
    entries.canCopy = textCursor().hasSelection() && m_guard;
    entries.selectAll = [this] { selectAll(); };
    entries.canSelectAll = !document()->isEmpty();
    SecretCopyPaths::contextMenu(this, entries)->popup(event->globalPos());
}

QMimeData *SecretTextView::createMimeDataFromSelection() const
{
    // An empty offer: a drag carries nothing, and PRIMARY is left with nothing to paste.
    return new QMimeData;
}

void SecretTextView::copySelection()
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || !m_guard)
        return;
    // toPlainText() turns the paragraph separators of a selection into line breaks.
    const bool whole =
        cursor.selectionStart() == 0 && cursor.selectionEnd() == document()->characterCount() - 1;
    m_guard->copySecret(Secret(cursor.selection().toPlainText()));
    Q_EMIT copiedThroughGuard(whole);
}

void SecretTextView::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard;
}

} // namespace cockpit
