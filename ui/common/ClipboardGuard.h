#pragma once

#include "api/Secret.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QClipboard;

namespace cockpit {

// The one way secrets reach the clipboard. It marks the copy as a password so clipboard managers
// and history skip it, never puts it in the X11 PRIMARY selection, and clears the clipboard after
// a delay — but only if it still holds our value — and when the app quits. It compares by digest;
// the only copy of the value is the one the clipboard offers, which the guard zeroes once the
// clipboard has let go of it (Qt's platform clipboard may convert it for other applications
// meanwhile, in buffers of its own).
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClearSeconds = 30;

    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // 0 = never clear by time (still cleared on quit).
    void setClearDelaySeconds(int seconds) { m_clearDelaySeconds = qMax(0, seconds); }
    int clearDelaySeconds() const { return m_clearDelaySeconds; }
    // How long a "second" of the countdown lasts; tests shorten it.
    void setTickInterval(int milliseconds) { m_ticker.setInterval(milliseconds); }

    void copySecret(const Secret &secret);
    // Copies plain text (IDs, commands); any countdown stops, since the secret is no longer there.
    void copyText(const QString &text);
    // Clears the clipboard now if it still holds the secret we copied.
    void clearNow();

    bool isGuarding() const { return !m_digest.isEmpty(); }
    int secondsRemaining() const { return m_remaining; }

Q_SIGNALS:
    // Every tick while a secret is guarded with a delay; 0 just before clearing.
    void countdownChanged(int secondsRemaining);
    // We removed our secret from the clipboard.
    void cleared();
    // The clipboard no longer holds our secret (something else was copied): nothing to clear.
    void released();

private:
    void onTick();
    void onClipboardChanged();
    bool clipboardHoldsOurSecret() const;
    void stopGuarding();

    QClipboard *m_clipboard;
    QTimer m_ticker;
    QByteArray m_digest;
    // Shares the offered text's buffer (no copy of its own), to zero it when the clipboard no
    // longer holds it.
    Secret m_offered;
    int m_clearDelaySeconds = kDefaultClearSeconds;
    int m_remaining = 0;
    bool m_writing = false;
};

} // namespace cockpit
