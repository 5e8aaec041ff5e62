#pragma once

#include <QList>
#include <QString>

namespace cockpit {

// One entry of the header's profile selector.
struct ProfileOption
{
    // Where the credentials come from; it decides what the user may do with the profile.
    enum class Source
    {
        Environment, // credentials handed over at start (SCW_* variables, tests)
        ScwCli,      // a profile of the scw CLI's config.yaml: read-only, the app never writes it
        App,         // signed in inside the app: secret key in the keychain
        Session,     // signed in for this run only: secret key in memory
        Demo,
    };

    QString id;    // stable key, e.g. "scw:prod", "app:<uuid>" or "demo"
    QString label; // shown, translated
    Source source = Source::Environment;
    QString name; // the profile's own name, without the source's mark

    // Only what the app itself stored can be removed by it.
    bool isRemovable() const { return source == Source::App || source == Source::Session; }
};

} // namespace cockpit
