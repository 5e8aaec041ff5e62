#pragma once

// Tokens for the model tests, built in code (names, regions and scopes varied on purpose).
#include "api/Token.h"
#include "api/UtcDateTime.h"

#include <QList>

namespace testdata {

inline cockpit::Token token(int n, const QString &name, cockpit::Region region,
                            cockpit::TokenScopes scopes, const QDateTime &created)
{
    cockpit::Token t;
    t.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    t.projectId = QStringLiteral("8923da43-2c19-42ad-8011-2c55913b6b54");
    t.name = name;
    t.region = region;
    t.scopes = scopes;
    t.createdAt = created;
    t.updatedAt = created;
    return t;
}

inline QDateTime at(int day, int hour = 12)
{
    return cockpit::UtcDateTime::fromDateAndTime(QDate(2024, 9, day), QTime(hour, 0));
}

// Five tokens: names out of order, mixed case, every region, various scopes and ages.
inline QList<cockpit::Token> sample()
{
    using cockpit::Region;
    using cockpit::TokenScope;
    return {
        token(1, QStringLiteral("grafana"), Region::FrPar,
              TokenScope::ReadOnlyMetrics | TokenScope::ReadOnlyLogs, at(10)),
        token(2, QStringLiteral("Alloy-agent"), Region::NlAms,
              TokenScope::WriteOnlyMetrics | TokenScope::WriteOnlyLogs, at(3)),
        token(3, QStringLiteral("ci-rules"), Region::PlWaw, TokenScope::FullAccessMetricsRules,
              at(15)),
        token(4, QStringLiteral("traces-push"), Region::FrPar, TokenScope::WriteOnlyTraces, at(1)),
        token(5, QStringLiteral("empty"), Region::NlAms, {}, at(20)),
    };
}

} // namespace testdata
