#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace cockpit {

StartupProbe::StartupProbe(QAbstractItemView *view, QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_sinceStart(sinceStart)
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_elapsedMs < 0 && event->type() == QEvent::Paint && m_view->model() &&
        m_view->model()->rowCount() > 0) {
        // Measured after this paint has run, from the event loop's next turn.
        QTimer::singleShot(0, this, [this] {
            if (m_elapsedMs >= 0)
                return;
            m_elapsedMs = m_sinceStart.elapsed();
            Q_EMIT finished(m_elapsedMs);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cockpit
