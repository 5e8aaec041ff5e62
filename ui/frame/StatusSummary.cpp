#include "StatusSummary.h"

#include "common/ClipboardGuard.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace cockpit {

StatusSummary::StatusSummary(QStatusBar *statusBar)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    , m_counts(new QLabel(statusBar))
    , m_refreshed(new QLabel(statusBar))
    , m_clipboard(new QLabel(statusBar))
{
    m_clipboard->setAccessibleName(tr("Clipboard countdown"));
    m_clipboard->setVisible(false);
    statusBar->addPermanentWidget(m_clipboard);
    m_counts->setAccessibleName(tr("Token counts"));
    m_refreshed->setAccessibleName(tr("Last refresh"));
    statusBar->addPermanentWidget(m_counts);
    statusBar->addPermanentWidget(m_refreshed);
    // The status bar draws no separators: air between the items keeps "…1 selected" and
    // "Refreshed at…" from reading as one sentence.
    for (QLabel *label : {m_counts, m_refreshed})
        label->setContentsMargins(12, 0, 0, 0);
}

void StatusSummary::setCounts(int total, int shown, int regions, int selected,
                              const QList<Region> &stale)
{
    const QString tokens = tr("%Ln tokens", nullptr, total);
    QString where =
        m_source.isEmpty() ? tr("%Ln regions", nullptr, regions + int(stale.size())) : m_source;
    if (!stale.isEmpty() && m_source.isEmpty()) {
        QStringList names;
        for (const Region region : stale)
            names.append(regionId(region));
        where += tr(" (%1 not refreshed)").arg(names.join(tr(", ")));
    }
    QString text = shown == total
                       ? tr("%1 · %2").arg(tokens, where)
                       : tr("%1 of %2 · %3").arg(QLocale().toString(shown), tokens, where);
    if (selected > 0)
        text += tr(" · %Ln selected", nullptr, selected);
    m_counts->setText(text);
}

void StatusSummary::setSource(const QString &text)
{
    m_source = text;
}

void StatusSummary::setRefreshedAt(const QDateTime &when)
{
    m_refreshed->setText(when.isValid() ? tr("Refreshed at %1")
                                              .arg(QLocale().toString(when.toLocalTime().time(),
                                                                      QLocale::ShortFormat))
                                        : QString());
    m_refreshed->setToolTip(
        when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString());
}

void StatusSummary::showTransient(const QString &message)
{
    m_statusBar->showMessage(message, 4000);
}

QString StatusSummary::countsText() const
{
    return m_counts->text();
}

QString StatusSummary::refreshedText() const
{
    return m_refreshed->text();
}

void StatusSummary::setClipboardCountdown(int seconds)
{
    m_clipboard->setVisible(seconds > 0);
    m_clipboard->setText(seconds > 0 ? tr("Clipboard clears in %n s", nullptr, seconds)
                                     : QString());
}

void StatusSummary::followClipboard(ClipboardGuard *clipboard)
{
    connect(clipboard, &ClipboardGuard::countdownChanged, this,
            &StatusSummary::setClipboardCountdown);
    // A guard owned by the window clears the clipboard, and signals so, while the window is
    // being destroyed: the labels may be gone by then, the connection goes with them.
    for (auto signal : {&ClipboardGuard::cleared, &ClipboardGuard::released})
        connect(clipboard, signal, m_clipboard, [this] { setClipboardCountdown(0); });
}

QString StatusSummary::clipboardText() const
{
    return m_clipboard->isVisible() ? m_clipboard->text() : QString();
}

} // namespace cockpit
