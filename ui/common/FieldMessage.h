#pragma once

class QLabel;
class QString;

namespace cockpit {

// The inline message under a form field ("Use 3 to 50 characters…"): hidden while empty, in the
// error colour of the palette in use, wrapped. Shared by the create and sign-in forms so they look
// and read alike.
namespace FieldMessage {

QLabel *create();
// The same, in the ordinary text colour: advice rather than a problem ("A token with this name
// already exists…").
QLabel *createNotice();
// Shows `text`, or hides the label when it is empty.
void set(QLabel *label, const QString &text);

} // namespace FieldMessage

} // namespace cockpit
