#include "WindowLayoutSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace cockpit {

namespace {
const QLatin1String kGeometryKey("mainWindow/geometry");
const QLatin1String kSplitterKey("mainWindow/splitter");
const QLatin1String kHeaderKey("mainWindow/tableHeader");
} // namespace

namespace WindowLayoutSettings {

void restore(QMainWindow *window, QSplitter *splitter, QHeaderView *columns)
{
    QSettings settings;
    window->resize(1240, 720);
    window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const QByteArray header = settings.value(kHeaderKey).toByteArray();
    if (!header.isEmpty())
        columns->restoreState(header);
}

void save(const QMainWindow *window, const QSplitter *splitter, const QHeaderView *columns)
{
    QSettings settings;
    settings.setValue(kGeometryKey, window->saveGeometry());
    settings.setValue(kSplitterKey, splitter->saveState());
    settings.setValue(kHeaderKey, columns->saveState());
}

} // namespace WindowLayoutSettings

} // namespace cockpit
