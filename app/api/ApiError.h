#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cockpit {

// One entry of an error's `details` array. Which fields are set depends on the error type:
// invalid_arguments → argumentName, reason, helpMessage; permissions_denied → resource, action;
// quotas_exceeded → resource, quota, current.
struct ApiErrorDetail
{
    QString argumentName;
    QString reason;
    QString helpMessage;
    QString resource;
    QString action;
    qint64 quota = -1;
    qint64 current = -1;

    friend bool operator==(const ApiErrorDetail &a, const ApiErrorDetail &b)
    {
        return a.argumentName == b.argumentName && a.reason == b.reason &&
               a.helpMessage == b.helpMessage && a.resource == b.resource && a.action == b.action &&
               a.quota == b.quota && a.current == b.current;
    }
};

// A typed error from the API client. The UI maps `kind` to a translated sentence in one place;
// `message`, `type` and `requestId` are shown for support.
struct ApiError
{
    enum class Kind
    {
        None,               // no error
        InvalidArguments,   // 400 invalid_arguments (see details)
        Unauthenticated,    // 401 denied_authentication: wrong, unknown or expired key
        PermissionDenied,   // 403 permissions_denied
        QuotaExceeded,      // 403 quotas_exceeded
        NotFound,           // 404 not_found
        TransientState,     // 409 transient_state
        PreconditionFailed, // 412 precondition_failed
        RateLimited,        // 429 (the gateway's empty one or too_many_requests), retries spent
        ServerError,        // 5xx
        HttpError,          // any other HTTP error status
        NetworkError,       // connection refused, reset, DNS…
        TlsError,           // no secure connection: certificate refused, handshake failed
        ProxyError,         // the proxy refused, could not be reached or asked for a login
        Timeout,            // no complete answer within the request's timeout
        Cancelled,          // cancelled by the caller
        MalformedResponse,  // the body is not the JSON the API documents (or is truncated)
        ResponseTooLarge,   // the body exceeds the client's size cap
        InsecureUrl,        // plain http:// to a host that is not a loopback address
        InvalidRequest,     // refused before sending (bad name, project ID…)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString type;       // the API's `type`, e.g. "not_found"
    QString message;    // the API's `message`, or a plain description for local errors
    QList<ApiErrorDetail> details;
    QString resource;    // not_found / transient_state
    QString resourceId;  // not_found / transient_state
    QString method;      // denied_authentication: api_key, jwt…
    QString reason;      // denied_authentication: not_found, expired…
    QString helpMessage; // precondition_failed / too_many_requests
    QString requestId;   // X-Request-Id of the answer, for support
    // True when the body was the API's own error object (JSON with a `type` or `message`): the
    // API itself answered, as opposed to a gateway's HTML page, an empty body or no answer.
    bool fromApiBody = false;
    // True when the request may have reached the server without its answer reaching us (a timeout
    // or a connection dropped after sending): a create may then have happened.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    // The first details entry naming an argument (for showing an error next to a field).
    QString firstArgumentName() const;

    // Builds the typed error for an HTTP error answer: parses a JSON body when there is one and
    // falls back to the status text when the body is empty or not JSON.
    static ApiError fromHttp(int status, const QByteArray &body, const QString &requestId);
    static ApiError local(Kind kind, const QString &message);

    // A stable English name of a kind (for logs and test output, never shown to users as is).
    static QString kindName(Kind kind);
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::ApiError)
