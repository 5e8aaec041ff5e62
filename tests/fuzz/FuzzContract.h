#pragma once

// What every fuzz target asserts besides "no crash": a broken contract aborts, so that libFuzzer
// keeps the input as a crash artifact, like any sanitizer report.
#include "api/ApiError.h"
#include "api/Region.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void require(bool holds, const char *contract)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz contract broken: %s\n", contract);
    std::abort();
}

// A rejected input: a typed error (malformed answer) with a message for the user.
inline void requireTypedRejection(const cockpit::ApiError &error)
{
    require(error.kind == cockpit::ApiError::Kind::MalformedResponse,
            "a rejected body gives MalformedResponse");
    require(!error.message.trimmed().isEmpty(), "a rejected body says why");
}

// The region an input's first byte picks (for the decoders told which region was asked).
inline cockpit::Region regionFrom(uint8_t byte)
{
    const QList<cockpit::Region> regions = cockpit::allRegions();
    return regions.at(byte % regions.size());
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fuzz
