#pragma once

#include <QStringList>

class QWidget;

// What a layout may not do to the widgets it places, in whatever state a window is shown: give
// a widget less than its minimum (width, or for wrapped text the height its width needs, which
// also catches text cut off at the bottom), make two of its widgets overlap, or place one
// partly outside its parent, where it is cut off. One line per problem; only widgets a layout
// manages are judged (a scroll area's or a line edit's own parts are placed by hand).
namespace LayoutCheck {

QStringList problems(QWidget *root);

} // namespace LayoutCheck
