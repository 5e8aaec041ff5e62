#pragma once

#include <QComboBox>

// The project selector: a combo box of project names that can be searched by typing. Typing
// filters a popup to the projects whose name contains the text (case-insensitive), Up/Down and
// Enter pick one, and Escape or leaving the field puts the current project's name back: the text
// never stays on something that is not a project. Items carry the project ID as their data.
class ProjectPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ProjectPicker(QWidget *parent = nullptr);

    // The name of the current item (currentText() would be whatever is being typed).
    QString currentItemText() const;

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void restoreText();
};
