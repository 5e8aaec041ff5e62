#include "ComboChangeGuard.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>

namespace cockpit {

ComboChangeGuard::ComboChangeGuard(QComboBox *combo)
    : QObject(combo)
    , m_combo(combo)
{
    combo->installEventFilter(this);
}

void ComboChangeGuard::install(QComboBox *combo)
{
    new ComboChangeGuard(combo);
}

bool ComboChangeGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_combo)
        return false;
    if (event->type() == QEvent::Wheel) {
        // Scrolling the window over the box must not change it. Ignored, so the wheel still
        // scrolls whatever holds the box.
        event->ignore();
        return true;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    // Alt+Up/Down open and close the list: deliberate.
    if (key->modifiers() & Qt::AltModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        // In an editable box they move the text cursor, as in any text field.
        return !m_combo->isEditable();
    default:
        // Typing a letter in a closed, non-editable box jumps to a matching entry: not here.
        return !m_combo->isEditable() && !key->text().trimmed().isEmpty() &&
               !(key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier));
    }
}

} // namespace cockpit
