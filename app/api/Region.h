#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace cockpit {

// The Scaleway regions that host Cockpit. Tokens are regional: a token lives where it was created.
enum class Region
{
    FrPar,
    NlAms,
    PlWaw
};

// The API identifier of a region ("fr-par", "nl-ams", "pl-waw").
QString regionId(Region region);
// Parses an API identifier; std::nullopt for anything that is not one of the known regions.
std::optional<Region> regionFromId(QStringView id);
// Every region, in the order the web console lists them.
QList<Region> allRegions();

inline size_t qHash(Region region, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(region), seed);
}

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::Region)
