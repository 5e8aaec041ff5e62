#pragma once

class QWidget;

namespace cockpit {

class StatusBanners;
class StatusSummary;
class WorkContext;

// What every flow of the window works in, handed to each flow's constructor: the window (the
// parent of the flow and of the dialogs it opens), the current context it reads (the session,
// the projects, what the rows belong to), and where it reports (the banners above the table, the
// status line). Flows are wired one way: this, then the flow's own collaborators by their
// narrowest type, all in the constructor; a flow connects what it follows itself.
struct FlowParts
{
    QWidget *window = nullptr;
    const WorkContext *context = nullptr;
    StatusBanners *banners = nullptr;
    StatusSummary *summary = nullptr;
};

} // namespace cockpit
