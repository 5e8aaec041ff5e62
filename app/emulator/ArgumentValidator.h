#pragma once

#include "EmulatorJson.h"
#include "EmulatorStore.h"

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

    // ---- JSON body fields ----
    QString bodyUuid(const QJsonObject &body, const QString &name);
    QString bodyTokenName(const QJsonObject &body, const QString &name);
    // Absent, null and [] all mean no scope.
    TokenScopes bodyScopes(const QJsonObject &body, const QString &name);

    // A path parameter that must be a UUID.
    void checkUuid(const QString &name, const QString &value);

    void add(const QString &argumentName, const QString &reason, const QString &helpMessage);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<ArgumentError> &errors() const { return m_errors; }

private:
    QList<ArgumentError> m_errors;
};

} // namespace cockpit
