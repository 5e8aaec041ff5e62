#pragma once

#include "api/Region.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QStatusBar;

namespace cockpit {

class ClipboardGuard;

// The status bar's permanent texts: how many tokens (and how many shown by the filters), over
// how many regions, how many selected, and when the list was last refreshed. Transient messages
// (e.g. "Copied 2 IDs") use the status bar's own message area.
class StatusSummary : public QObject
{
    Q_OBJECT

public:
    explicit StatusSummary(QStatusBar *statusBar);

    // `regions`: the regions freshly loaded; `stale`: those whose rows are shown as they were,
    // since their refresh failed (counted and named).
    void setCounts(int total, int shown, int regions, int selected,
                   const QList<Region> &stale = {});
    // What the counts say the rows come from instead of the regions (e.g. "200 projects × 3
    // regions" in the organization view); empty: the regions, as setCounts() says.
    void setSource(const QString &text);
    void setRefreshedAt(const QDateTime &when);
    void showTransient(const QString &message);
    // "Clipboard clears in 25 s" while a copied secret is guarded; 0 hides it.
    void setClipboardCountdown(int seconds);
    // Shows the guard's countdown while it guards a secret.
    void followClipboard(ClipboardGuard *clipboard);
    QString clipboardText() const;

    QString countsText() const;
    QString refreshedText() const;

private:
    QStatusBar *m_statusBar;
    QLabel *m_counts;
    QLabel *m_refreshed;
    QLabel *m_clipboard;
    QString m_source;
};

} // namespace cockpit
