#pragma once

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace cockpit {

// Where the window's layout is remembered between runs: its geometry, the splitter between the
// table and the details pane, the table's columns. Layout only: no credentials, project or
// token data ever goes to the settings file.
namespace WindowLayoutSettings {

void restore(QMainWindow *window, QSplitter *splitter, QHeaderView *columns);
void save(const QMainWindow *window, const QSplitter *splitter, const QHeaderView *columns);

} // namespace WindowLayoutSettings

} // namespace cockpit
