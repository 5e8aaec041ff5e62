#pragma once

#include <QMessageBox>

class QPushButton;

namespace cockpit {

// A question asked before something is destroyed: a one-time secret, a token, a profile. The
// button that keeps everything as it is is both the default and the escape button, so Enter,
// Esc or closing the window never destroys anything; only a click on (or the mnemonic of) the
// destructive button does. Window-modal, deleted on close, opened with open() so that the
// window and tests drive it through signals.
class SafeConfirmation : public QMessageBox
{
    Q_OBJECT

public:
    SafeConfirmation(const QString &title, const QString &text, QWidget *parent);

    // The button that destroys; `accessibleName` defaults to its text without the mnemonic.
    QPushButton *setDestructiveButton(const QString &text);
    // The button that keeps everything: the default and the escape button.
    QPushButton *setSafeButton(const QString &text);

    QPushButton *destructiveButton() const { return m_destructive; }
    QPushButton *safeButton() const { return m_safe; }

Q_SIGNALS:
    // The user chose the destructive button.
    void destroyConfirmed();

private:
    QPushButton *m_destructive = nullptr;
    QPushButton *m_safe = nullptr;
};

} // namespace cockpit
