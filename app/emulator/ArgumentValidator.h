#pragma once

#include "EmulatorJson.h"
#include "EmulatorStore.h"

#include "api/DataSource.h"
#include "api/RegionConfig.h"
#include "api/TokenScope.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace cockpit {

// Reads the arguments of one request (query parameters or JSON body fields) and collects every
// problem as the API reports them: all at once, in one invalid_arguments error.
class ArgumentValidator
{
public:
    // ---- query parameters ----
    // A UUID; empty when absent (an error when `required`) or malformed.
    QString queryUuid(const QUrlQuery &query, const QString &name, bool required);
    // An integer within [minimum, maximum]; `fallback` when absent or invalid.
    int queryInteger(const QUrlQuery &query, const QString &name, int minimum, int maximum,
                     int fallback);
    TokenOrder queryOrder(const QUrlQuery &query, const QString &name);
    // Every value of a repeated parameter, each one a known scope.
    TokenScopes queryScopes(const QUrlQuery &query, const QString &name);
    // Absent and unknown_origin both mean every origin (DataSourceOrigin::Unknown).
    DataSourceOrigin queryOrigin(const QUrlQuery &query, const QString &name);
    // Every value of a repeated parameter, each one a known type (unknown_type is ignored).
    QList<DataSourceType> queryDataSourceTypes(const QUrlQuery &query, const QString &name);
    DataSourceOrder queryDataSourceOrder(const QUrlQuery &query, const QString &name);

    // ---- JSON body fields ----
    QString bodyUuid(const QJsonObject &body, const QString &name);
    QString bodyTokenName(const QJsonObject &body, const QString &name);
    // Absent, null and [] all mean no scope.
    TokenScopes bodyScopes(const QJsonObject &body, const QString &name);
    // std::nullopt when absent (an error only when `required`) or invalid.
    std::optional<QString> bodyDataSourceName(const QJsonObject &body, const QString &name,
                                              bool required);
    // Required; the zero value unknown_type counts as absent.
    DataSourceType bodyDataSourceType(const QJsonObject &body, const QString &name);
    // std::nullopt when absent or null, or when not a whole number within `range`.
    std::optional<int> bodyRetentionDays(const QJsonObject &body, const QString &name,
                                         const RetentionRange &range);

    // A path parameter that must be a UUID.
    void checkUuid(const QString &name, const QString &value);

    void add(const QString &argumentName, const QString &reason, const QString &helpMessage);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<ArgumentError> &errors() const { return m_errors; }

private:
    QList<ArgumentError> m_errors;
};

} // namespace cockpit
