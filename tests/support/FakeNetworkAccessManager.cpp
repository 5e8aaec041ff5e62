#include "FakeNetworkAccessManager.h"

#include <memory>

#include <QIODevice>

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation,
                                                       const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest recorded;
    switch (operation) {
    case GetOperation:
        recorded.verb = "GET";
        break;
    case PostOperation:
        recorded.verb = "POST";
        break;
    case PutOperation:
        recorded.verb = "PUT";
        break;
    case DeleteOperation:
        recorded.verb = "DELETE";
        break;
    case HeadOperation:
        recorded.verb = "HEAD";
        break;
    default:
        recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    const FakeResponse response = m_handler ? m_handler(recorded) : FakeResponse::empty(404);
    auto *reply = new FakeNetworkReply(operation, request, response, this);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    auto finished = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::finished, this, [this, reply, finished] {
        *finished = true;
        --m_inFlight;
        if (reply->error() == QNetworkReply::OperationCanceledError)
            ++m_aborted;
    });
    // A real reply deleted before it finished cancels its transfer, as abort() does.
    connect(reply, &QObject::destroyed, this, [this, finished] {
        if (*finished)
            return;
        --m_inFlight;
        ++m_aborted;
    });
    return reply;
}
