#pragma once

#include <QPlainTextEdit>
#include <QPointer>

namespace cockpit {

class ClipboardGuard;

// A read-only text that may show a secret (an agent's configuration, revealed): whatever the user
// copies from it leaves through the clipboard guard, as a secret, with the copy and cut keys and
// the context menu. Qt's own ways out of a text view (its copy, a drag, the X11 PRIMARY selection
// that a mouse selection fills) all take their data from createMimeDataFromSelection(), which
// gives them nothing here.
class SecretTextView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SecretTextView(QWidget *parent = nullptr);

    // Where a selection may be copied to; without one, nothing is copied.
    void setClipboardGuard(ClipboardGuard *guard);

Q_SIGNALS:
    // A selection went to the clipboard through the guard; `whole`: all of the text.
    void copiedThroughGuard(bool whole);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void copySelection();

    QPointer<ClipboardGuard> m_guard;
};

} // namespace cockpit
