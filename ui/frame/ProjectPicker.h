#pragma once

#include <QComboBox>

namespace cockpit {

// The project selector: a combo box of project names that can be searched by typing. Typing
// filters a popup to the projects whose name contains the text (case-insensitive), Up/Down and
// Enter pick one, and Escape or leaving the field puts the current project's name back: the text
// never stays on something that is not a project (noMatch() says so, so the window can tell the
// user why). Items carry the project ID as their data.
class ProjectPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ProjectPicker(QWidget *parent = nullptr);

    // The name of the current item (currentText() would be whatever is being typed).
    QString currentItemText() const;

Q_SIGNALS:
    // A typed name matched no project; the current project stays.
    void noMatch(const QString &typed);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void restoreText();
    // Puts the current name back, saying so first when the typed text named no project.
    void giveUpTyping();
};

} // namespace cockpit
