#include "FieldMessage.h"

#include "common/Palette.h"

#include <QLabel>

namespace cockpit {

namespace FieldMessage {

namespace {

QLabel *wrappedHiddenLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setVisible(false);
    // The full width of its column (a form's field column grows only for expanding widgets), so
    // a long message wraps where the field ends rather than at the label's preferred width.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    return label;
}

} // namespace

QLabel *create()
{
    QLabel *label = wrappedHiddenLabel();
    // Derived from the palette, and again whenever it changes: a fixed red sinks on dark ones.
    Palette::keepTextTone(label, Palette::Tone::Error);
    return label;
}

QLabel *createNotice()
{
    return wrappedHiddenLabel();
}

void set(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace FieldMessage

} // namespace cockpit
