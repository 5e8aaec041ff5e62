#pragma once

#include <QLineEdit>

class QAction;

namespace cockpit {

// A line edit for a secret: masked by default, with a reveal toggle (the eye at its end, or
// Ctrl+H). It keeps the mask for accessibility tools, which read a password field as masked.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

Q_SIGNALS:
    void revealedChanged(bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_revealAction;
};

} // namespace cockpit
