#pragma once

#include <QIcon>

class QColor;
class QWidget;

namespace cockpit {

// The app's own small symbols, drawn in the colours they are given rather than loaded from
// files, so that they follow the palette (light, dark, selected rows) at every icon size and
// device pixel ratio. Used where icon themes often have nothing (a bare Windows or macOS
// install, the offscreen platform of the tests).
namespace SymbolIcon {

// A key: a secret is saved in the keychain. `selected` is used for selected rows.
QIcon key(const QColor &normal, const QColor &selected);
// An open eye ("reveal the secret") or a crossed-out one ("hide it"), in the widget's text colour.
QIcon eye(const QWidget *widget, bool crossed);

} // namespace SymbolIcon

} // namespace cockpit
