#include "FieldMessage.h"

#include <QLabel>

namespace FieldMessage {

QLabel *create()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    return label;
}

void set(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace FieldMessage
