#include "ScwConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <string>

namespace cockpit {
namespace {

const QString kDefaultProfile = QStringLiteral("default");
// The CLI's files are a few hundred bytes to a few kilobytes; far more is not one of them.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

// The variable naming the home folder, as the scw CLI reads it (Go's os.UserHomeDir): HOME, and
// on Windows USERPROFILE (a HOME that a POSIX shell sets there is not the CLI's).
QString homeVariable()
{
#ifdef Q_OS_WIN
    return QStringLiteral("USERPROFILE");
#else
    return QStringLiteral("HOME");
#endif
}

// lupdate files these free tr() calls under the enclosing namespace, "cockpit".
QString tr(const char *text)
{
    return QCoreApplication::translate("cockpit", text);
}

// A config problem at a node; thrown inside the parser and turned into ScwConfigError.
struct NodeError
{
    YAML::Mark mark;
    QString message;
};

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString scalar(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return {};
    if (!value.IsScalar())
        throw NodeError{value.Mark(), tr("“%1” must be a single value").arg(QLatin1String(key))};
    return text(value.Scalar()).trimmed();
}

bool boolean(const YAML::Node &node, const char *key, bool fallback)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull())
        return fallback;
    bool result = fallback;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
        throw NodeError{value.Mark(), tr("“%1” must be true or false").arg(QLatin1String(key))};
    return result;
}

// Reads the profile keys of a map; unset keys stay empty so that merging can tell them apart.
ScwProfile readProfile(const QString &name, const YAML::Node &node, bool *insecureSet)
{
    if (!node.IsMap() && !node.IsNull())
        throw NodeError{node.Mark(), tr("the profile “%1” must be a map of keys").arg(name)};
    ScwProfile profile;
    profile.name = name;
    if (node.IsNull())
        return profile;
    profile.accessKey = scalar(node, "access_key");
    profile.secretKey = Secret(scalar(node, "secret_key"));
    profile.defaultOrganizationId = scalar(node, "default_organization_id");
    profile.defaultProjectId = scalar(node, "default_project_id");
    profile.defaultRegion = scalar(node, "default_region");
    profile.defaultZone = scalar(node, "default_zone");
    profile.apiUrl = scalar(node, "api_url");
    *insecureSet = node["insecure"] && !node["insecure"].IsNull();
    profile.insecure = boolean(node, "insecure", false);
    boolean(node, "send_telemetry", false); // validated only: the app sends no telemetry
    return profile;
}

void inherit(QString &value, const QString &fallback)
{
    if (value.isEmpty())
        value = fallback;
}

// Fields set in `overrides` win; the others come from `base` (the CLI's profile merge).
ScwProfile merged(const ScwProfile &base, const ScwProfile &overrides, bool overridesInsecure)
{
    ScwProfile result = overrides;
    inherit(result.accessKey, base.accessKey);
    if (result.secretKey.isEmpty())
        result.secretKey = base.secretKey;
    inherit(result.defaultOrganizationId, base.defaultOrganizationId);
    inherit(result.defaultProjectId, base.defaultProjectId);
    inherit(result.defaultRegion, base.defaultRegion);
    inherit(result.defaultZone, base.defaultZone);
    inherit(result.apiUrl, base.apiUrl);
    if (!overridesInsecure)
        result.insecure = base.insecure;
    return result;
}

void applyEnvironment(ScwProfile &profile, const QProcessEnvironment &environment)
{
    const auto take = [&environment](const char *variable, QString &field) {
        const QString value = environment.value(QLatin1String(variable)).trimmed();
        if (!value.isEmpty())
            field = value;
    };
    take("SCW_ACCESS_KEY", profile.accessKey);
    QString secret;
    take("SCW_SECRET_KEY", secret);
    if (!secret.isEmpty())
        profile.secretKey = Secret(secret);
    take("SCW_DEFAULT_ORGANIZATION_ID", profile.defaultOrganizationId);
    take("SCW_DEFAULT_PROJECT_ID", profile.defaultProjectId);
    QString region;
    take("SCW_DEFAULT_REGION", region);
    QString zone;
    take("SCW_DEFAULT_ZONE", zone);
    if (!region.isEmpty() || !zone.isEmpty()) {
        // An explicit region or zone from the environment replaces the file's pair.
        profile.defaultRegion = region;
        if (!zone.isEmpty())
            profile.defaultZone = zone;
    }
    take("SCW_API_URL", profile.apiUrl);
    const QString insecure = environment.value(QStringLiteral("SCW_INSECURE")).trimmed();
    if (!insecure.isEmpty())
        profile.insecure = insecure == QLatin1String("true") || insecure == QLatin1String("1");
}

} // namespace

QString ScwConfigError::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(path, message);
}

QString ScwConfig::configPath(const QProcessEnvironment &environment)
{
    const QString explicitPath = environment.value(QStringLiteral("SCW_CONFIG_PATH"));
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString xdg = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        return QDir(xdg).filePath(QStringLiteral("scw/config.yaml"));
    return QDir(environment.value(homeVariable(), QDir::homePath()))
        .filePath(QStringLiteral(".config/scw/config.yaml"));
}

ScwConfig ScwConfig::load(const QString &path, const QProcessEnvironment &environment)
{
    ScwConfig config;
    config.m_path = path;
    config.m_environment = environment;

    // Read on the GUI thread before the window shows, so only what the CLI writes: a regular
    // file (a link to one too, as dotfile managers make) of at most a few kilobytes. A device
    // (/dev/zero), a FIFO that nobody writes or a huge file is refused like a malformed file,
    // and the environment's profile still works.
    const QFileInfo info(path);
    config.m_fileExists = info.exists();
    if (!config.m_fileExists)
        return config;
    const auto refuse = [&config, &path](const QString &message) {
        config.m_error = ScwConfigError{path, 0, 0, message};
        return config;
    };
    if (!info.isFile())
        return refuse(QCoreApplication::translate("cockpit::ScwConfig",
                                                  "is not a regular file, so it was not read"));
    const QString tooLarge =
        QCoreApplication::translate(
            "cockpit::ScwConfig",
            "is larger than %1 KiB, so it was not read (the Scaleway CLI writes a few kilobytes)")
            .arg(kMaxFileBytes / 1024);
    if (info.size() > kMaxFileBytes)
        return refuse(tooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("cockpit::ScwConfig", "cannot be read: %1")
                          .arg(file.errorString()));
    // It may have grown since: never more than the bound.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes)
        return refuse(tooLarge);

    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (!root.IsNull() && !root.IsMap())
            throw NodeError{root.Mark(),
                            QCoreApplication::translate("cockpit::ScwConfig",
                                                        "the file must be a map of profile keys")};
        bool rootInsecureSet = false;
        const ScwProfile rootProfile =
            readProfile(kDefaultProfile, root.IsNull() ? YAML::Node() : root, &rootInsecureSet);
        QList<ScwProfile> profiles{rootProfile};
        if (root.IsMap()) {
            config.m_activeProfile = scalar(root, "active_profile");
            const YAML::Node named = root["profiles"];
            if (named && !named.IsNull()) {
                if (!named.IsMap())
                    throw NodeError{
                        named.Mark(),
                        QCoreApplication::translate("cockpit::ScwConfig",
                                                    "“profiles” must be a map of named profiles")};
                for (const auto &entry : named) {
                    if (!entry.first.IsScalar())
                        throw NodeError{entry.first.Mark(),
                                        QCoreApplication::translate("cockpit::ScwConfig",
                                                                    "a profile name must be text")};
                    const QString name = text(entry.first.Scalar());
                    bool insecureSet = false;
                    const ScwProfile own = readProfile(name, entry.second, &insecureSet);
                    profiles.append(merged(rootProfile, own, insecureSet));
                }
            }
        }
        config.m_profiles = profiles;
    } catch (const YAML::Exception &exception) {
        config.m_error = ScwConfigError{path, exception.mark.line + 1, exception.mark.column + 1,
                                        text(exception.msg)};
        return config;
    } catch (const NodeError &error) {
        config.m_error =
            ScwConfigError{path, error.mark.line + 1, error.mark.column + 1, error.message};
        return config;
    }

    bool holdsSecret = false;
    for (const ScwProfile &profile : std::as_const(config.m_profiles))
        holdsSecret = holdsSecret || !profile.secretKey.isEmpty();
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    if (holdsSecret && (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0) {
        config.m_warnings.append(
            QCoreApplication::translate(
                "cockpit::ScwConfig",
                "%1 holds a secret key and can be read by other users of this computer; "
                "restrict it with: chmod 600 %1")
                .arg(path));
    }
    return config;
}

QStringList ScwConfig::profileNames() const
{
    QStringList names;
    for (const ScwProfile &profile : m_profiles)
        names.append(profile.name);
    return names;
}

QString ScwConfig::selectedProfileName() const
{
    const QString fromEnvironment = m_environment.value(QStringLiteral("SCW_PROFILE")).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!m_activeProfile.isEmpty())
        return m_activeProfile;
    return kDefaultProfile;
}

std::optional<ScwProfile> ScwConfig::resolve(const QString &name) const
{
    std::optional<ScwProfile> found;
    for (const ScwProfile &profile : m_profiles) {
        if (profile.name == name)
            found = profile;
    }
    if (!found) {
        if (name != kDefaultProfile)
            return std::nullopt;
        found = ScwProfile{};
        found->name = kDefaultProfile;
    }
    applyEnvironment(*found, m_environment);
    return found;
}

} // namespace cockpit
