#pragma once

#include <QLineEdit>
#include <QPointer>

class QAction;

namespace cockpit {

class ClipboardGuard;

// A line edit for a secret: masked by default, with a reveal toggle (the eye at its end, or
// Ctrl+H). It keeps the mask for accessibility tools, which read a password field as masked.
// Revealed, its text still leaves only through the clipboard guard: the copy and cut keys and
// the context menu copy through it (or not at all without a guard), a mouse or keyboard
// selection never reaches the X11 PRIMARY selection, and the text cannot be dragged.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }
    // Empties the field and zeroes the copies of its text that Qt keeps and that can be reached:
    // the revealed display text and the text itself (each once nothing else shares it), with no
    // undo history of its characters left behind (QLineEdit::clear() would keep one).
    void wipe();
    // Where a revealed selection may be copied to; without one, nothing is copied.
    void setClipboardGuard(ClipboardGuard *guard);

Q_SIGNALS:
    void revealedChanged(bool revealed);
    // A selection went to the clipboard through the guard; `whole`: all of the secret.
    void copiedThroughGuard(bool whole);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void retranslate();
    bool copySelection();
    void cutSelection();
    void keepHiddenFromInputMethods();
    template <typename Handler> auto withDisplayKeptPrivate(Handler handler);
    void holdDisplayCopy();
    static bool isInputEvent(const QEvent *event);

    QAction *m_revealAction;
    QPointer<ClipboardGuard> m_guard;
    bool m_revealed = false;
    // While revealed: the one display copy of the text, shared with Qt, zeroed when replaced.
    QString m_heldDisplay;
};

} // namespace cockpit
