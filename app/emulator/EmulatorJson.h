#pragma once

#include "StoredRecords.h"

#include "api/RegionConfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cockpit {

// One entry of an invalid_arguments error. `reason` is one of the API's: unknown, required,
// format, constraint.
struct ArgumentError
{
    QString argumentName;
    QString reason;
    QString helpMessage;
};

// The JSON shapes of the real API, as the cassettes record them. QJsonObject keeps its keys
// sorted, and compact output has no spaces: exactly the API's own serialisation.
namespace EmulatorJson {

// RFC 3339 in UTC with six fractional digits and "Z": 2024-09-19T09:04:30.777794Z.
QString timestamp(qint64 micros);

// `secretKey` is only given for the answer to a create; otherwise "secret_key" is null.
QJsonObject token(const StoredToken &stored, const QString &secretKey = {});
QJsonObject project(const StoredProject &stored);
QJsonObject apiKey(const StoredApiKey &key);
// retention_days and current_month_usage only when the source has them (older sources do not).
QJsonObject dataSource(const StoredDataSource &stored);
QJsonObject regionConfig(const RegionConfig &config);

QJsonObject notFound(const QString &resource, const QString &resourceId);
QJsonObject invalidArguments(const QList<ArgumentError> &errors);
// reason: "not_found" (unknown key) or "invalid_argument" (missing or malformed header).
QJsonObject deniedAuthentication(const QString &reason);
QJsonObject permissionsDenied(const QString &action, const QString &resource);
QJsonObject internalError();
QJsonObject noRoute();
QJsonObject methodNotAllowed();

QByteArray compact(const QJsonObject &object);

} // namespace EmulatorJson
} // namespace cockpit
