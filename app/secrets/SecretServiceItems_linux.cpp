// The Secret Service's D-Bus API (org.freedesktop.Secret.*), asked directly for what QtKeychain's
// libsecret backend does not report: whether an entry is there but locked, and its label.
#include "SecretServiceItems.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>
#include <QPointer>
#include <QTimer>

namespace cockpit::SecretServiceItems {
namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kPromptInterface = QStringLiteral("org.freedesktop.Secret.Prompt");
// How long the desktop's unlock prompt may stay open before the entry counts as still locked.
constexpr int kPromptTimeoutMs = 5 * 60 * 1000;

using Paths = QList<QDBusObjectPath>;

bool serviceReachable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || bus.interface() == nullptr)
        return false;
    if (bus.interface()->isServiceRegistered(kSecrets).value())
        return true;
    return bus.interface()->activatableServiceNames().value().contains(kSecrets);
}

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(kSecrets, kSecretsPath, kServiceInterface, method);
}

// Calls `method` and hands its reply to `handle` in `context`'s thread, if `context` lives.
template <typename Handle>
void callAsync(const QDBusMessage &message, QObject *context, Handle handle)
{
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(message), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, handle](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         handle(*watcher);
                     });
}

// SearchItems: (unlocked, locked) entries with QtKeychain's attributes for (service, key).
template <typename Handle>
void search(const QString &service, const QString &key, QObject *context, Handle handle)
{
    static const QMetaType attributesType = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(attributesType)
    QDBusMessage message = serviceCall(QStringLiteral("SearchItems"));
    message << QVariant::fromValue(
        QMap<QString, QString>{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}});
    callAsync(message, context, [handle](const QDBusPendingCall &call) {
        const QDBusPendingReply<Paths, Paths> reply = call;
        if (reply.isError())
            handle(false, Paths(), Paths());
        else
            handle(true, reply.argumentAt<0>(), reply.argumentAt<1>());
    });
}

State stateOf(bool answered, const Paths &unlocked, const Paths &locked)
{
    if (!answered)
        return State::NoService;
    if (!locked.isEmpty())
        return State::Locked;
    return unlocked.isEmpty() ? State::Absent : State::Unlocked;
}

// Waits for a prompt's Completed signal (or its time-out), then runs `finish` once.
class PromptWait : public QObject
{
    Q_OBJECT

public:
    PromptWait(const QDBusObjectPath &prompt, QObject *context, std::function<void()> finish)
        : QObject(context)
        , m_prompt(prompt)
        , m_finish(std::move(finish))
    {
        QDBusConnection::sessionBus().connect(kSecrets, prompt.path(), kPromptInterface,
                                              QStringLiteral("Completed"), this,
                                              SLOT(completed(bool, QDBusVariant)));
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, &PromptWait::end);
        m_timeout.start(kPromptTimeoutMs);
        QDBusMessage show = QDBusMessage::createMethodCall(
            kSecrets, prompt.path(), kPromptInterface, QStringLiteral("Prompt"));
        show << QString(); // no parent window id: the desktop places the prompt
        callAsync(show, this, [this](const QDBusPendingCall &call) {
            // A prompt that cannot be shown (no prompter, no display) ends here.
            if (call.isError())
                end();
        });
    }

public Q_SLOTS:
    void completed(bool, const QDBusVariant &) { end(); }

private:
    void end()
    {
        if (!m_finish)
            return;
        QDBusConnection::sessionBus().disconnect(kSecrets, m_prompt.path(), kPromptInterface,
                                                 QStringLiteral("Completed"), this,
                                                 SLOT(completed(bool, QDBusVariant)));
        const std::function<void()> finish = std::move(m_finish);
        m_finish = nullptr;
        deleteLater();
        finish();
    }

    QDBusObjectPath m_prompt;
    std::function<void()> m_finish;
    QTimer m_timeout;
};

} // namespace

void lookUp(const QString &service, const QString &key, QObject *context, Done done)
{
    if (!serviceReachable(QDBusConnection::sessionBus())) {
        QTimer::singleShot(0, context, [done] { done(State::NoService); });
        return;
    }
    search(service, key, context,
           [done](bool answered, const Paths &unlocked, const Paths &locked) {
               done(stateOf(answered, unlocked, locked));
           });
}

void unlock(const QString &service, const QString &key, QObject *context, Done done)
{
    if (!serviceReachable(QDBusConnection::sessionBus())) {
        QTimer::singleShot(0, context, [done] { done(State::NoService); });
        return;
    }
    search(
        service, key, context,
        [service, key, context, done](bool answered, const Paths &unlocked, const Paths &locked) {
            const State state = stateOf(answered, unlocked, locked);
            if (state != State::Locked) {
                done(state);
                return;
            }
            // Whatever the prompt's outcome, the Secret Service says what holds after it.
            const QPointer<QObject> alive(context);
            const auto askAgain = [service, key, context, done, alive] {
                if (alive)
                    lookUp(service, key, context, done);
            };
            QDBusMessage message = serviceCall(QStringLiteral("Unlock"));
            message << QVariant::fromValue(locked);
            callAsync(message, context, [context, askAgain](const QDBusPendingCall &call) {
                const QDBusPendingReply<Paths, QDBusObjectPath> reply = call;
                const QString prompt = reply.isError() ? QString() : reply.argumentAt<1>().path();
                if (prompt.isEmpty() || prompt == QLatin1String("/"))
                    askAgain();
                else
                    new PromptWait(QDBusObjectPath(prompt), context, askAgain);
            });
        });
}

void applyLabel(const QString &service, const QString &key, const QString &label)
{
    if (label.isEmpty() || !QDBusConnection::sessionBus().isConnected())
        return;
    // A context that lives as long as the calls: the bus connection's own objects are not ours,
    // so a small holder that deletes itself once done.
    auto *holder = new QObject;
    search(service, key, holder, [holder, label](bool, const Paths &unlocked, const Paths &) {
        // Unlocked entries only: the entry was written a moment ago.
        for (const QDBusObjectPath &item : unlocked) {
            QDBusMessage set = QDBusMessage::createMethodCall(
                kSecrets, item.path(), QStringLiteral("org.freedesktop.DBus.Properties"),
                QStringLiteral("Set"));
            set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
                << QVariant::fromValue(QDBusVariant(label));
            QDBusConnection::sessionBus().asyncCall(set);
        }
        holder->deleteLater();
    });
}

} // namespace cockpit::SecretServiceItems

#include "SecretServiceItems_linux.moc"
