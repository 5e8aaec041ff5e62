#pragma once

#include "api/DataSource.h"
#include "api/Project.h"
#include "api/Token.h"

#include <QByteArray>
#include <QString>

namespace cockpit {

// The real API stamps objects with microseconds; QDateTime keeps milliseconds. The store keeps
// the full value and hands out the millisecond QDateTime in the domain types.
struct StoredToken
{
    Token token;
    qint64 createdMicros = 0; // since the epoch, UTC (created_at == updated_at: no update endpoint)
    // The token as list and get answers show it (compact, secret_key null). Tokens never change,
    // so it is serialised once at creation instead of on every page served.
    QByteArray json;
};

// A data source with its full-precision times. Unlike tokens, sources change (a rename, a new
// retention): their JSON is written when asked for.
struct StoredDataSource
{
    DataSource source;
    qint64 createdMicros = 0;
    qint64 updatedMicros = 0;
};

struct StoredProject
{
    Project project;
    qint64 createdMicros = 0;
};

struct StoredApiKey
{
    QString accessKey;
    QString secretKey;
    QString defaultProjectId;
    QString organizationId;
    QString applicationId;
    qint64 createdMicros = 0;
};

enum class TokenOrder
{
    CreatedAtAsc,
    CreatedAtDesc,
    NameAsc,
    NameDesc
};

} // namespace cockpit
