#include "AppStyle.h"

#include "FocusRingStyle.h"
#include "Palette.h"

#include <QApplication>
#include <QStyleFactory>

namespace cockpit {

namespace AppStyle {

void installFocusRingsIfFusion()
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
}

bool useNamedPalette(const QString &name)
{
    if (name != QLatin1String("light") && name != QLatin1String("dark"))
        return false;
    // The style first: setting a style resets the application palette to the style's own.
    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(name == QLatin1String("dark") ? Palette::dark() : Palette::light());
    return true;
}

} // namespace AppStyle

} // namespace cockpit
