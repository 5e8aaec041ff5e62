#pragma once

#include <QList>
#include <QString>

// One entry of the header's profile selector.
struct ProfileOption
{
    QString id;    // stable key, e.g. "environment" or "demo"
    QString label; // shown, translated
    bool demo = false;
};
