#pragma once

#include <QColor>
#include <QPalette>

class QString;
class QWidget;

namespace cockpit {

// The one place that decides colours the palette does not hold itself (error text, muted captions,
// banner tints) and the light and dark palettes the screenshot tools and tests render with. Every
// colour is derived from the current palette and checked against WCAG 2 contrast, so the app
// reads right on a light or a dark desktop and follows a theme switch while it runs.
namespace Palette {

// WCAG 2: AA asks for 4.5:1 between text and its background (3:1 for large text).
constexpr double MinimumTextContrast = 4.5;

// WCAG 2 relative luminance (0 = black, 1 = white) and contrast ratio (1 to 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);
// `a` moved towards `b` by `amount` (0 = a, 1 = b), opaque.
QColor mix(const QColor &a, const QColor &b, double amount);
// True when the window background is dark (light text on it).
bool isDark(const QPalette &palette);
// `preferred`, made lighter or darker (same hue) until it reaches `minimum` contrast on
// `background`.
QColor readableOn(const QColor &preferred, const QColor &background,
                  double minimum = MinimumTextContrast);

// Error text (a field's "Use 3 to 50 characters…"): a red that reads on `background`.
QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
// Secondary text (captions, hints): between the text and the background, still readable.
QColor mutedTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

enum class Tint
{
    Info,
    Warning,
    Error
};
// An inline banner's fill and border: the window colour tinted, so the palette's text stays
// readable on it; the border stands out from the window in light and dark palettes.
QColor bannerBackground(const QPalette &palette, Tint tint);
QColor bannerBorder(const QPalette &palette, Tint tint);

// A colour a label's text keeps, recomputed from the palette it inherits whenever that changes
// (a desktop theme switch, a style change, a new parent).
enum class Tone
{
    Error,
    Muted
};
void keepTextTone(QWidget *widget, Tone tone, QPalette::ColorRole background = QPalette::Window);

// The Fusion style's light palette, and a dark one for the same style.
QPalette light();
QPalette dark();

} // namespace Palette

} // namespace cockpit
