#include "DialogFit.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace cockpit {

DialogFit::DialogFit(QWidget *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    dialog->installEventFilter(this);
}

void DialogFit::install(QWidget *dialog)
{
    new DialogFit(dialog);
}

bool DialogFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialog && !m_pending &&
        (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)) {
        // After the layout has handled the request itself, once per burst of requests.
        m_pending = true;
        QTimer::singleShot(0, this, &DialogFit::fit);
    }
    return false;
}

void DialogFit::fit()
{
    m_pending = false;
    QLayout *layout = m_dialog->layout();
    if (!layout || !m_dialog->isVisible())
        return;
    layout->activate();
    const int width = std::max(m_dialog->width(), layout->totalMinimumSize().width());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    QSize wanted = m_dialog->size().expandedTo(QSize(width, height));
    if (const QScreen *screen = m_dialog->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    if (wanted != m_dialog->size())
        m_dialog->resize(wanted);
}

} // namespace cockpit
