#include "TokenNameGenerator.h"

#include <QRandomGenerator>

#include <array>

namespace cockpit {
namespace {

constexpr std::array kAdjectives{
    "amber",   "bold",   "brave",  "bright", "calm",   "clever", "cosmic", "crisp",
    "daring",  "eager",  "fast",   "fierce", "gentle", "golden", "happy",  "humble",
    "jolly",   "keen",   "kind",   "lively", "lucky",  "mellow", "nimble", "noble",
    "patient", "polite", "proud",  "quick",  "quiet",  "rapid",  "serene", "sharp",
    "shiny",   "silent", "smooth", "steady", "sunny",  "swift",  "tidy",   "vivid",
};

constexpr std::array kNouns{
    "albatross", "badger", "beacon", "comet",   "condor",  "falcon", "ferret",  "galaxy",
    "glacier",   "harbor", "heron",  "horizon", "island",  "jaguar", "lantern", "lynx",
    "meadow",    "meteor", "nebula", "orbit",   "otter",   "panda",  "pelican", "puffin",
    "quasar",    "raven",  "river",  "rocket",  "saturn",  "signal", "sparrow", "summit",
    "thunder",   "tiger",  "tundra", "valley",  "voyager", "walrus", "willow",  "zephyr",
};

} // namespace

TokenNameGenerator::TokenNameGenerator(QRandomGenerator *random)
    : m_random(random ? random : QRandomGenerator::global())
{
}

QString TokenNameGenerator::next()
{
    const char *adjective = kAdjectives.at(m_random->bounded(int(kAdjectives.size())));
    const char *noun = kNouns.at(m_random->bounded(int(kNouns.size())));
    return QStringLiteral("token-") + QLatin1String(adjective) + QLatin1Char('-') +
           QLatin1String(noun);
}

QString TokenNameGenerator::nextDifferentFrom(const QString &current)
{
    // 1,600 combinations: a handful of draws always finds another one.
    QString name = next();
    for (int attempt = 0; name == current && attempt < 16; ++attempt)
        name = next();
    return name;
}

} // namespace cockpit
