#include "AppIdentity.h"

#include <QAccessible>
#include <QAccessibleApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <utility>

namespace cockpit {

namespace {

// The application's accessible root, named as people read it.
class NamedApplication : public QAccessibleApplication
{
public:
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return QGuiApplication::applicationDisplayName();
        return QAccessibleApplication::text(t);
    }
};

QAccessibleInterface *applicationInterface(const QString &, QObject *object)
{
    if (object && object == QCoreApplication::instance() && qobject_cast<QGuiApplication *>(object))
        return new NamedApplication;
    return nullptr;
}

} // namespace

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("io.github.cockpittokens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cockpittokens.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("CockpitTokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COCKPIT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Cockpit Tokens"));
    QGuiApplication::setDesktopFileName(QStringLiteral(COCKPIT_APP_ID));
    static bool installed = false;
    if (!std::exchange(installed, true))
        QAccessible::installFactory(applicationInterface);
}

} // namespace cockpit
