#pragma once

#include "api/Project.h"
#include "api/ProjectScope.h"
#include "api/Region.h"
#include "credentials/ProfileOption.h"
#include "frame/ProjectPicker.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace cockpit {

// The row above the table: where the tokens come from (profile, project, region), the search
// box, Refresh and the primary Create token button. It only reports choices; the window decides
// what to load.
class HeaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderBar(QWidget *parent = nullptr);

    void setProfiles(const QList<ProfileOption> &profiles, const QString &currentId);
    QString currentProfileId() const;
    QString currentProfileLabel() const;
    // The window's title: what is shown, then whose it is (the platform adds the app's name,
    // "… — Cockpit Tokens").
    QString titleForWindow() const;
    void setDemoBadgeVisible(bool visible);
    bool isDemoBadgeVisible() const;
    // Placed by the window beside its menus, outside the header's rows, so that nothing moves
    // when it appears.
    QLabel *demoBadge() const { return m_demoBadge; }

    // With more than one project, "All projects" comes first: the item whose AllProjectsRole is
    // true (items of projects carry the project ID as their data).
    static constexpr int AllProjectsRole = Qt::UserRole + 1;
    void setProjects(const QList<Project> &projects, const ProjectScope &current);
    // The projects of the list (without "All projects").
    const QList<Project> &projects() const { return m_projects; }
    // What is chosen: one project, All projects, or nothing (no project listed).
    ProjectScope currentScope() const;
    // "All projects" is chosen: currentProjectId() is then empty, currentProjectName() says
    // "All projects".
    bool allProjectsSelected() const { return currentScope().isAll(); }
    void selectAllProjects();
    // A disabled one-line text instead of projects (e.g. while they load).
    void setProjectsPlaceholder(const QString &text);
    // The one project chosen; empty for All projects or none.
    QString currentProjectId() const { return currentScope().projectId(); }
    QString currentProjectName() const;

    // std::nullopt = All regions.
    std::optional<Region> currentRegion() const;
    void setCurrentRegion(std::optional<Region> region);
    QList<Region> selectedRegions() const;
    QString currentRegionName() const;
    // Puts the focus in the search box, its text selected (Ctrl+F).
    void focusSearch();

    QLineEdit *searchBox() const { return m_search; }
    QComboBox *profileBox() const { return m_profile; }
    // Beside the selector: what can be done with profiles (sign in, remove); filled by the owner.
    QToolButton *profileMenuButton() const { return m_profileMenuButton; }
    QMenu *profileMenu() const { return m_profileMenu; }
    QComboBox *projectBox() const { return m_project; }
    ProjectPicker *projectPicker() const { return m_project; }
    QComboBox *regionBox() const { return m_region; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void profileChanged(const QString &profileId);
    // By the user only (a programmatic change is silent).
    void projectChanged(const ProjectScope &scope);
    void regionChanged();
    void searchTextChanged(const QString &text);
    void refreshRequested();

private:
    // The profile selector, its menu of actions and the Demo badge.
    void setUpProfileControls();
    // What the table lists and what to do with it: project, region, search, Refresh, Create.
    void setUpListControls();
    void layOutGroups();

    QComboBox *m_profile;
    QToolButton *m_profileMenuButton;
    QMenu *m_profileMenu;
    QLabel *m_demoBadge;
    ProjectPicker *m_project;
    QList<Project> m_projects;
    QComboBox *m_region;
    QLineEdit *m_search;
    QPushButton *m_refresh;
    QPushButton *m_create;
};

} // namespace cockpit
