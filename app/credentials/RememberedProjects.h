#pragma once

#include "api/Project.h"
#include "api/ProjectScope.h"

#include <QList>
#include <QString>

class QSettings;

namespace cockpit {

// The project (or All projects) last chosen in each profile, so that the app reopens where the
// user left it. Kept in QSettings under "profiles/<profile id>/": `project` (a project ID) or
// `allProjects` (true); nothing secret.
class RememberedProjects
{
public:
    // Not owned; nullptr remembers nothing (e.g. tests that must not depend on earlier runs).
    explicit RememberedProjects(QSettings *settings = nullptr);

    void setSettings(QSettings *settings) { m_settings = settings; }
    ProjectScope scope(const QString &profileId) const;
    void remember(const QString &profileId, const ProjectScope &scope);
    void forget(const QString &profileId);

    // What to show first: All projects when it was chosen and the organization has several, the
    // remembered project when the organization still has it, else `defaultId`.
    ProjectScope choose(const QString &profileId, const QList<Project> &projects,
                        const QString &defaultId) const;

    // The keys of the project ID and of the All projects choice.
    static QString settingsKey(const QString &profileId);
    static QString allProjectsKey(const QString &profileId);

private:
    QSettings *m_settings;
};

} // namespace cockpit
