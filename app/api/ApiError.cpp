#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace cockpit {
namespace {

QString stringField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

qint64 integerField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
        return ApiError::Kind::InvalidArguments;
    case 401:
        return ApiError::Kind::Unauthenticated;
    case 403:
        return ApiError::Kind::PermissionDenied;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::TransientState;
    case 412:
        return ApiError::Kind::PreconditionFailed;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::ServerError : ApiError::Kind::HttpError;
    }
}

ApiError::Kind kindForType(const QString &type, ApiError::Kind fallback)
{
    if (type == QLatin1String("invalid_arguments"))
        return ApiError::Kind::InvalidArguments;
    if (type == QLatin1String("denied_authentication"))
        return ApiError::Kind::Unauthenticated;
    if (type == QLatin1String("permissions_denied"))
        return ApiError::Kind::PermissionDenied;
    if (type == QLatin1String("quotas_exceeded"))
        return ApiError::Kind::QuotaExceeded;
    if (type == QLatin1String("not_found"))
        return ApiError::Kind::NotFound;
    if (type == QLatin1String("transient_state"))
        return ApiError::Kind::TransientState;
    if (type == QLatin1String("precondition_failed"))
        return ApiError::Kind::PreconditionFailed;
    if (type == QLatin1String("too_many_requests"))
        return ApiError::Kind::RateLimited;
    return fallback;
}

QString statusText(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("HTTP %1").arg(status);
    }
}

} // namespace

QString ApiError::firstArgumentName() const
{
    for (const ApiErrorDetail &detail : details) {
        if (!detail.argumentName.isEmpty())
            return detail.argumentName;
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    ApiError error;
    error.httpStatus = status;
    error.requestId = requestId;
    error.kind = kindForStatus(status);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.message = statusText(status);
        return error;
    }
    const QJsonObject object = document.object();
    error.type = stringField(object, QLatin1String("type"));
    error.kind = kindForType(error.type, error.kind);
    error.message = stringField(object, QLatin1String("message"));
    error.fromApiBody = !error.type.isEmpty() || !error.message.isEmpty();
    if (error.message.isEmpty())
        error.message = statusText(status);
    error.resource = stringField(object, QLatin1String("resource"));
    error.resourceId = stringField(object, QLatin1String("resource_id"));
    error.method = stringField(object, QLatin1String("method"));
    error.reason = stringField(object, QLatin1String("reason"));
    error.helpMessage = stringField(object, QLatin1String("help_message"));
    const QJsonArray details = object.value(QLatin1String("details")).toArray();
    for (const QJsonValue &value : details) {
        if (!value.isObject())
            continue;
        const QJsonObject entry = value.toObject();
        ApiErrorDetail detail;
        detail.argumentName = stringField(entry, QLatin1String("argument_name"));
        detail.reason = stringField(entry, QLatin1String("reason"));
        detail.helpMessage = stringField(entry, QLatin1String("help_message"));
        detail.resource = stringField(entry, QLatin1String("resource"));
        detail.action = stringField(entry, QLatin1String("action"));
        detail.quota = integerField(entry, QLatin1String("quota"));
        detail.current = integerField(entry, QLatin1String("current"));
        error.details.append(detail);
    }
    return error;
}

ApiError ApiError::local(Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::InvalidArguments:
        return QStringLiteral("InvalidArguments");
    case Kind::Unauthenticated:
        return QStringLiteral("Unauthenticated");
    case Kind::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case Kind::QuotaExceeded:
        return QStringLiteral("QuotaExceeded");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::TransientState:
        return QStringLiteral("TransientState");
    case Kind::PreconditionFailed:
        return QStringLiteral("PreconditionFailed");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::HttpError:
        return QStringLiteral("HttpError");
    case Kind::NetworkError:
        return QStringLiteral("NetworkError");
    case Kind::TlsError:
        return QStringLiteral("TlsError");
    case Kind::ProxyError:
        return QStringLiteral("ProxyError");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::ResponseTooLarge:
        return QStringLiteral("ResponseTooLarge");
    case Kind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    }
    return QStringLiteral("Unknown");
}

} // namespace cockpit
