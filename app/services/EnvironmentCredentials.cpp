#include "EnvironmentCredentials.h"

namespace cockpit {
namespace {

QString value(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QString::fromLatin1(name)).trimmed();
}

// "fr-par-1" → fr-par: a zone names its region followed by a number.
std::optional<Region> regionOfZone(const QString &zone)
{
    const qsizetype dash = zone.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return std::nullopt;
    return regionFromId(QStringView(zone).left(dash));
}

} // namespace

std::optional<ApiCredentials> readEnvironmentCredentials(const QProcessEnvironment &environment)
{
    const QString secret = value(environment, "SCW_SECRET_KEY");
    if (secret.isEmpty())
        return std::nullopt;

    ApiCredentials credentials;
    credentials.secretKey = Secret(secret);
    credentials.accessKey = value(environment, "SCW_ACCESS_KEY");
    credentials.organizationId = value(environment, "SCW_DEFAULT_ORGANIZATION_ID");
    credentials.projectId = value(environment, "SCW_DEFAULT_PROJECT_ID");
    credentials.defaultRegion = regionFromId(value(environment, "SCW_DEFAULT_REGION"));
    if (!credentials.defaultRegion)
        credentials.defaultRegion = regionOfZone(value(environment, "SCW_DEFAULT_ZONE"));
    const QString url = value(environment, "SCW_API_URL");
    if (!url.isEmpty())
        credentials.apiUrl = QUrl(url, QUrl::StrictMode);
    return credentials;
}

} // namespace cockpit
