#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

namespace cockpit {
namespace {

// Over the UTF-16 code units in place: no other copy of the text is made to compare it.
QByteArray digestOf(const QString &text)
{
    return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                                   text.size() * qsizetype(sizeof(QChar))),
                                    QCryptographicHash::Sha256);
}

// Text plus the platform's "this is a password" hints.
QMimeData *secretMimeData(const Secret &secret)
{
    auto *data = new QMimeData;
    data->setText(secret.expose());
#if defined(Q_OS_MACOS)
    data->setData(QStringLiteral("application/x-nspasteboard-concealed-type"),
                  QByteArrayLiteral("secret"));
#elif defined(Q_OS_WIN)
    const QByteArray zero(4, '\0'); // a DWORD 0
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), zero);
    data->setData(QStringLiteral("CanIncludeInClipboardHistory"), zero);
    data->setData(QStringLiteral("CanUploadToCloudClipboard"), zero);
#else
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return data;
}

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::onTick);
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    clearNow();
}

void ClipboardGuard::copySecret(const Secret &secret)
{
    // The clipboard only, never the X11 PRIMARY selection: a middle click anywhere would paste
    // from there, no clipboard manager hint applies to it, and nothing would clear it in time.
    // The clipboard's own copy, shared with nothing else, so that it can be zeroed once the
    // clipboard lets it go: whoever copied may drop the secret before that (a closed dialog).
    Secret replaced = std::move(m_offered);
    m_offered = Secret(QString(secret.expose().constData(), secret.expose().size()));
    m_writing = true;
    m_clipboard->setMimeData(secretMimeData(m_offered), QClipboard::Clipboard);
    m_writing = false;
    replaced.clear(); // an earlier offer, no longer in the clipboard: zeroed

    m_digest = digestOf(secret.expose());
    m_remaining = m_clearDelaySeconds;
    if (m_clearDelaySeconds > 0) {
        m_ticker.start();
        Q_EMIT countdownChanged(m_remaining);
    }
}

void ClipboardGuard::copyText(const QString &text)
{
    m_writing = true;
    m_clipboard->setText(text, QClipboard::Clipboard);
    m_writing = false;
    if (isGuarding()) {
        stopGuarding();
        Q_EMIT released();
    }
}

void ClipboardGuard::clearNow()
{
    if (!isGuarding())
        return;
    const bool ours = clipboardHoldsOurSecret();
    m_writing = true;
    if (ours)
        m_clipboard->clear(QClipboard::Clipboard);
    m_writing = false;
    stopGuarding();
    if (ours)
        Q_EMIT cleared();
    else
        Q_EMIT released();
}

void ClipboardGuard::onTick()
{
    m_remaining = qMax(0, m_remaining - 1);
    Q_EMIT countdownChanged(m_remaining);
    if (m_remaining == 0)
        clearNow();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_writing || !isGuarding() || clipboardHoldsOurSecret())
        return;
    stopGuarding();
    Q_EMIT released();
}

bool ClipboardGuard::clipboardHoldsOurSecret() const
{
    return digestOf(m_clipboard->text(QClipboard::Clipboard)) == m_digest;
}

void ClipboardGuard::stopGuarding()
{
    // Whenever the guard lets go: should this app's own PRIMARY selection hold the secret after
    // all (the secret widgets keep it out), it goes too. Only our own offer is read, never
    // another app's, which would be a round trip to it.
    if (m_clipboard->supportsSelection() && m_clipboard->ownsSelection() &&
        digestOf(m_clipboard->text(QClipboard::Selection)) == m_digest) {
        m_writing = true;
        m_clipboard->clear(QClipboard::Selection);
        m_writing = false;
    }
    m_ticker.stop();
    m_digest.clear();
    m_remaining = 0;
    // Zeroed if the clipboard no longer shares it; otherwise let go (it still offers it).
    m_offered.clear();
}

} // namespace cockpit
