#pragma once

#include <QObject>

class QWidget;

namespace cockpit {

// Keeps a dialog big enough for what it shows. A dialog keeps the size it opened with, so a
// message that appears later (a validation hint, an API error, a notice) would be squeezed in
// by the layout, crushing or overlapping the other controls, and word-wrapped text gets no more
// height than one line. Installed on a dialog, this grows it (never shrinks it, and never past
// the screen) whenever its layout asks for more than it has: the preferred height at its
// current width, the minimum width.
class DialogFit : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DialogFit(QWidget *dialog);
    void fit();

    QWidget *m_dialog;
    bool m_pending = false;
};

} // namespace cockpit
