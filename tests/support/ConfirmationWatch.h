#pragma once

#include <QObject>

class QMessageBox;

// Watches every message box the application shows while it lives and reports, through qCritical
// with the marker "UNSAFE CONFIRMATION" (which CTest turns into a failure, see
// tests/CMakeLists.txt), each one whose default or escape button destroys something: a box with
// a button of the destructive role must default to, and escape with, another one. The window
// and dialog harnesses install one, so every confirmation any test reaches is checked.
class ConfirmationWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConfirmationWatch(QObject *parent = nullptr);
    ~ConfirmationWatch() override;

    int boxesSeen() const { return m_seen; }
    int violations() const { return m_violations; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check(QMessageBox *box);

    int m_seen = 0;
    int m_violations = 0;
};
