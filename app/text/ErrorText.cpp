#include "ErrorText.h"

namespace cockpit {

QString ErrorText::sentence(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return tr("No error.");
    case ApiError::Kind::InvalidArguments:
        if (!error.firstArgumentName().isEmpty())
            return tr("The API refused the value of “%1”.").arg(error.firstArgumentName());
        return tr("The API refused the request as invalid.");
    case ApiError::Kind::Unauthenticated:
        if (error.reason == QLatin1String("expired"))
            return tr("The API key has expired. Create a new key in the Scaleway console.");
        return tr("The API key was refused. Check the secret key of this profile.");
    case ApiError::Kind::PermissionDenied:
        return tr("The API key is not allowed to do this. It needs Cockpit permissions on this "
                  "project; a project created moments ago can take a minute to allow it.");
    case ApiError::Kind::QuotaExceeded:
        return tr("A quota of this project is exhausted.");
    case ApiError::Kind::NotFound:
        return tr("The API does not know this resource any more: it may have been deleted "
                  "elsewhere.");
    case ApiError::Kind::TransientState:
        return tr("The resource is busy. Try again in a moment.");
    case ApiError::Kind::PreconditionFailed:
        return tr("The API refused the request in the current state of the resource.");
    case ApiError::Kind::RateLimited:
        return tr("The API is receiving too many requests. Wait a moment and retry.");
    case ApiError::Kind::ServerError:
        return tr("The Scaleway API had an internal error. Retry in a moment.");
    case ApiError::Kind::HttpError:
        return tr("The API answered with an unexpected error (HTTP %1).").arg(error.httpStatus);
    case ApiError::Kind::NetworkError:
        return tr("The API could not be reached. Check the network connection.");
    case ApiError::Kind::TlsError:
    case ApiError::Kind::ProxyError:
        // The client's own sentence: it names the server or proxy and says what to do.
        return error.message;
    case ApiError::Kind::Timeout:
        return tr("The API did not answer in time.");
    case ApiError::Kind::Cancelled:
        return tr("Cancelled.");
    case ApiError::Kind::MalformedResponse:
        return tr("The API's answer could not be read.");
    case ApiError::Kind::ResponseTooLarge:
        return tr("The API's answer was too large to be accepted.");
    case ApiError::Kind::InsecureUrl:
        return tr("The API address must use https:// (plain http:// is only allowed for this "
                  "computer's own addresses).");
    case ApiError::Kind::InvalidRequest:
        return tr("The request could not be sent: %1").arg(error.message);
    }
    return tr("Unexpected error.");
}

QString ErrorText::technicalDetails(const ApiError &error)
{
    QStringList parts;
    if (!error.message.isEmpty() && error.httpStatus != 0) {
        parts.append(tr("The API said: “%1”").arg(error.message));
    } else if (!error.message.isEmpty() && error.kind != ApiError::Kind::Cancelled &&
               error.kind != ApiError::Kind::InvalidRequest &&
               error.kind != ApiError::Kind::TlsError && error.kind != ApiError::Kind::ProxyError) {
        // A local error's description (e.g. "Connection refused") helps whoever debugs it;
        // an invalid request's is already in sentence().
        parts.append(tr("Details: %1").arg(error.message));
    }
    if (error.httpStatus != 0)
        parts.append(tr("HTTP %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        parts.append(tr("Request ID: %1").arg(error.requestId));
    return parts.join(tr(" · "));
}

QString ErrorText::withDetails(const QString &sentence, const ApiError &error)
{
    const QString details = technicalDetails(error);
    return details.isEmpty() ? sentence : sentence + QLatin1Char('\n') + details;
}

QString ErrorText::forAction(const QString &action, const ApiError &error)
{
    return tr("%1: %2").arg(action, sentence(error));
}

QString ErrorText::lostCreateChecking(const QString &tokenName)
{
    return tr("The answer to the create request was lost. Checking whether “%1” was created "
              "anyway…")
        .arg(tokenName);
}

} // namespace cockpit
