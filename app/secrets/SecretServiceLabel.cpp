#include "SecretServiceLabel.h"

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>
#endif

namespace cockpit::SecretServiceLabel {

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");

void setLabel(const QDBusObjectPath &item, const QString &label)
{
    QDBusMessage set = QDBusMessage::createMethodCall(
        kSecrets, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Set"));
    set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
        << QVariant::fromValue(QDBusVariant(label));
    QDBusConnection::sessionBus().asyncCall(set);
}

} // namespace

void apply(const QString &service, const QString &key, const QString &label)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (label.isEmpty() || !bus.isConnected())
        return;
    static const QMetaType attributesType = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(attributesType)
    QDBusMessage search = QDBusMessage::createMethodCall(
        kSecrets, kSecretsPath, QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("SearchItems"));
    const QMap<QString, QString> attributes{{QStringLiteral("user"), key},
                                            {QStringLiteral("server"), service}};
    search << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(search));
    QObject::connect(
        watcher, &QDBusPendingCallWatcher::finished, watcher,
        [label](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *call;
            if (reply.isError())
                return;
            // Unlocked items only: the entry was written a moment ago.
            for (const QDBusObjectPath &item : reply.argumentAt<0>())
                setLabel(item, label);
        });
}
#else
void apply(const QString &, const QString &, const QString &) {}
#endif

} // namespace cockpit::SecretServiceLabel
