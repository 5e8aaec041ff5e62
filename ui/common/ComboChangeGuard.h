#pragma once

#include <QObject>

class QComboBox;

namespace cockpit {

// Keeps a combo box from changing its choice by accident: the arrow and Page keys, and (when not
// editable) Home/End and letters, and the mouse wheel do nothing while its list is closed. The
// choice is made deliberately, in the open list (a click, Alt+Down, F4 or Space) or, for an
// editable combo box, by typing. Used for the profile, project and region pickers, where a stray
// key would switch accounts or reload the table.
class ComboChangeGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `combo` for its lifetime (the guard is its child).
    static void install(QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ComboChangeGuard(QComboBox *combo);

    QComboBox *m_combo;
};

} // namespace cockpit
