#pragma once

#include "ScwProfile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace cockpit {

// A problem with the config file, located so the user can fix it.
struct ScwConfigError
{
    QString path;
    int line = 0;   // 1-based; 0 when the problem is not at a line (unreadable file)
    int column = 0; // 1-based
    QString message;

    // "<path>:<line>:<column>: <message>" (or "<path>: <message>").
    QString toString() const;
};

// The Scaleway CLI configuration (~/.config/scw/config.yaml) and the SCW_* environment, resolved
// with the CLI's precedence: the profile is SCW_PROFILE, else active_profile, else the root
// ("default"); a named profile inherits the keys it leaves unset from the root; SCW_* variables
// override the file. Read-only: nothing here ever writes the file.
class ScwConfig
{
public:
    // Where the CLI looks: $SCW_CONFIG_PATH, else $XDG_CONFIG_HOME/scw/config.yaml, else
    // $HOME/.config/scw/config.yaml.
    static QString configPath(const QProcessEnvironment &environment);

    // Reads the file at `path`. A missing file is not an error (no profiles); an unreadable or
    // malformed one sets error() and leaves the environment usable.
    static ScwConfig load(const QString &path, const QProcessEnvironment &environment);
    static ScwConfig load(const QProcessEnvironment &environment)
    {
        return load(configPath(environment), environment);
    }

    const QString &path() const { return m_path; }
    bool fileExists() const { return m_fileExists; }
    const std::optional<ScwConfigError> &error() const { return m_error; }
    // E.g. the file holding a secret key is readable by other users.
    const QStringList &warnings() const { return m_warnings; }

    // The file's profiles, "default" (the root) first then the named ones in file order, each
    // already merged with the root but NOT with the environment.
    const QList<ScwProfile> &fileProfiles() const { return m_profiles; }
    QStringList profileNames() const;

    // The name the CLI would use: SCW_PROFILE, else active_profile, else "default".
    QString selectedProfileName() const;
    // A profile by name merged with the SCW_* environment; std::nullopt when the file has no
    // such profile (SCW_PROFILE naming a missing profile is an error for the CLI too). The name
    // "default" always resolves: it may come from the environment alone.
    std::optional<ScwProfile> resolve(const QString &name) const;
    // The profile the CLI would use right now; std::nullopt when SCW_PROFILE names a profile the
    // file lacks.
    std::optional<ScwProfile> resolveSelected() const { return resolve(selectedProfileName()); }

private:
    QString m_path;
    bool m_fileExists = false;
    std::optional<ScwConfigError> m_error;
    QStringList m_warnings;
    QList<ScwProfile> m_profiles;
    QString m_activeProfile;
    QProcessEnvironment m_environment;
};

} // namespace cockpit
