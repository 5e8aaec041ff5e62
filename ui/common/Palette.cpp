#include "Palette.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>
#include <memory>

namespace cockpit {

namespace Palette {
namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// What a pixel will really hold: 8 bits a channel, no alpha.
QColor opaque8(const QColor &color)
{
    return QColor::fromRgb(color.rgb());
}

// Keeps one label's text colour derived from the palette the label inherits. Installed as an
// event filter on the label and owned by it. Only the text role is set on the label, and from
// its parent's palette, so the colour never feeds back into the next computation.
class TextToneKeeper : public QObject
{
public:
    TextToneKeeper(QWidget *widget, Tone tone, QPalette::ColorRole background)
        : QObject(widget)
        , m_widget(widget)
        , m_tone(tone)
        , m_background(background)
    {
        setObjectName(QStringLiteral("TextToneKeeper"));
        widget->installEventFilter(this);
    }

    void set(Tone tone, QPalette::ColorRole background)
    {
        m_tone = tone;
        m_background = background;
        apply();
    }

    void apply()
    {
        const QWidget *parent = m_widget->isWindow() ? nullptr : m_widget->parentWidget();
        const QPalette inherited = parent ? parent->palette() : QApplication::palette(m_widget);
        const QColor color = m_tone == Tone::Error ? errorTextColor(inherited, m_background)
                                                   : mutedTextColor(inherited, m_background);
        QPalette palette;
        // The disabled colour stays the palette's: disabled text is meant to recede.
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, color);
        // Setting an equal palette is a no-op in Qt, so this cannot loop through PaletteChange.
        m_widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget) {
            switch (event->type()) {
            case QEvent::PaletteChange:
            case QEvent::ApplicationPaletteChange:
            case QEvent::StyleChange:
            case QEvent::ParentChange:
                apply();
                break;
            default:
                break;
            }
        }
        return false;
    }

private:
    QWidget *m_widget;
    Tone m_tone;
    QPalette::ColorRole m_background;
};

QColor tintColor(Tint tint)
{
    switch (tint) {
    case Tint::Info:
        return QColor(0x35, 0x84, 0xe4);
    case Tint::Warning:
        return QColor(0xe5, 0xa5, 0x0a);
    case Tint::Error:
        return QColor(0xe0, 0x1b, 0x24);
    }
    return {};
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const QColor from = a.toRgb();
    const QColor to = b.toRgb();
    const auto channel = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

bool isDark(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return contrastRatio(window, Qt::white) > contrastRatio(window, Qt::black);
}

QColor readableOn(const QColor &preferred, const QColor &background, double minimum)
{
    QColor color = opaque8(preferred);
    if (contrastRatio(color, background) >= minimum)
        return color;
    // Towards whichever end, white or black, stands out more from the background.
    const bool lighten =
        contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    const QColor hsl = preferred.toHsl();
    for (int step = 1; step <= 100; ++step) {
        const double lightness = lighten ? hsl.lightnessF() + (1.0 - hsl.lightnessF()) * step / 100
                                         : hsl.lightnessF() * (100 - step) / 100;
        color = opaque8(QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness)));
        if (contrastRatio(color, background) >= minimum)
            break;
    }
    return color;
}

QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    // GNOME's red 4 on light backgrounds; a salmon red on dark ones, where deep red sinks.
    const bool darkBehind = contrastRatio(behind, Qt::white) > contrastRatio(behind, Qt::black);
    return readableOn(darkBehind ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28), behind);
}

QColor mutedTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    const QColor text =
        palette.color(background == QPalette::Base || background == QPalette::AlternateBase
                          ? QPalette::Text
                          : QPalette::WindowText);
    return readableOn(mix(text, behind, 0.45), behind);
}

QColor bannerBackground(const QPalette &palette, Tint tint)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // A stronger tint on dark windows, where a faint one is lost; never so strong that the
    // window text stops reading on it.
    for (double amount = isDark(palette) ? 0.22 : 0.14; amount > 0.0; amount -= 0.02) {
        const QColor fill = opaque8(mix(window, tintColor(tint), amount));
        if (contrastRatio(text, fill) >= MinimumTextContrast)
            return fill;
    }
    return window;
}

QColor bannerBorder(const QPalette &palette, Tint tint)
{
    return opaque8(mix(palette.color(QPalette::Window), tintColor(tint), 0.55));
}

void keepTextTone(QWidget *widget, Tone tone, QPalette::ColorRole background)
{
    for (QObject *child : widget->children()) {
        if (auto *keeper = dynamic_cast<TextToneKeeper *>(child)) {
            keeper->set(tone, background);
            return;
        }
    }
    (new TextToneKeeper(widget, tone, background))->apply();
}

QPalette light()
{
    // As Fusion ships it, so that what the tests check is what users of the style get.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette dark()
{
    // Fields (base) lighter than the window, as in GNOME's dark style: Fusion outlines check
    // boxes and fields in a darker shade of the window, which a base darker than the window
    // would swallow.
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x3a, 0x3a, 0x3a);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor button(0x45, 0x45, 0x45);

    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    palette.setColor(QPalette::Light, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Midlight, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Dark, QColor(0x1c, 0x1c, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x0e));
    // White on this blue is 5.2:1; Fusion's usual #2a82da would be 4.0:1.
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7c, 0xb5, 0xf5));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa0, 0xf0));
    palette.setColor(QPalette::ToolTipBase, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));

    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabledText);
    return palette;
}

} // namespace Palette

} // namespace cockpit
