#pragma once

#include "api/Project.h"

#include <QList>
#include <QString>

class QSettings;

namespace cockpit {

// The project last chosen in each profile, so that the app reopens where the user left it. Kept
// in QSettings under "profiles/<profile id>/project" (a project ID only, nothing secret).
class RememberedProjects
{
public:
    // Not owned; nullptr remembers nothing (e.g. tests that must not depend on earlier runs).
    explicit RememberedProjects(QSettings *settings = nullptr);

    void setSettings(QSettings *settings) { m_settings = settings; }
    QString projectId(const QString &profileId) const;
    void remember(const QString &profileId, const QString &projectId);
    void forget(const QString &profileId);

    // The project to show first: the remembered one when the organization still has it, else
    // `defaultId`.
    QString choose(const QString &profileId, const QList<Project> &projects,
                   const QString &defaultId) const;

    static QString settingsKey(const QString &profileId);

private:
    QSettings *m_settings;
};

} // namespace cockpit
