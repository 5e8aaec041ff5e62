#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

// The plain values every answer of the API is made of, shared by the strict decoders.
namespace cockpit::ApiJson {

// A total_count above this is treated as malformed: no project holds that many tokens or data
// sources, and a bogus count must not make the client queue thousands of page requests.
constexpr int kMaxTotalCount = 1000000;

// RFC 3339 as the API writes it ("2024-09-19T09:04:30.777794Z"; an offset instead of Z is
// accepted) → a UTC QDateTime with millisecond precision; std::nullopt when it is not one.
std::optional<QDateTime> parseTimestamp(QStringView text);

} // namespace cockpit::ApiJson
