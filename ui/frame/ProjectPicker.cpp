#include "ProjectPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>

namespace cockpit {

ProjectPicker::ProjectPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // Typing searches; it never adds a project.
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Search projects"));
    lineEdit()->setAccessibleName(tr("Search projects"));

    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    completer->popup()->setAccessibleName(tr("Matching projects"));
    setCompleter(completer);

    // An item chosen from the list or the popup shows its own name, whatever was typed.
    connect(this, &QComboBox::currentIndexChanged, this, &ProjectPicker::restoreText);
}

QString ProjectPicker::currentItemText() const
{
    return currentIndex() < 0 ? QString() : itemText(currentIndex());
}

void ProjectPicker::restoreText()
{
    if (lineEdit() && lineEdit()->text() != currentItemText()) {
        lineEdit()->setText(currentItemText());
        lineEdit()->setCursorPosition(0);
    }
}

void ProjectPicker::giveUpTyping()
{
    const QString typed = lineEdit()->text().trimmed();
    if (!typed.isEmpty() && typed != currentItemText() && findText(typed, Qt::MatchFixedString) < 0)
        Q_EMIT noMatch(typed);
    restoreText();
}

void ProjectPicker::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // A search that was not completed leaves the current project as it was.
    if (!completer()->popup()->isVisible())
        giveUpTyping();
}

void ProjectPicker::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && lineEdit()->text() != currentItemText()) {
        restoreText();
        lineEdit()->selectAll();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
    // Enter on a text that names no project: back to the current one.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        findText(lineEdit()->text(), Qt::MatchFixedString) < 0)
        giveUpTyping();
}

} // namespace cockpit
