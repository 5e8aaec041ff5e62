#include "FaultGate.h"

#include "OversizedBodyStream.h"
#include "emulator/EmulatorJson.h"
#include "emulator/HttpResponseWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

namespace cockpit {
namespace {

// Valid JSON that fits no answer of the API: every field it could have, with the wrong type.
QJsonObject wrongTypesBody()
{
    return QJsonObject{
        {QStringLiteral("created_at"), 7},
        {QStringLiteral("id"), 42},
        {QStringLiteral("name"), false},
        {QStringLiteral("organization_id"), 1},
        {QStringLiteral("project_id"), QJsonArray()},
        {QStringLiteral("projects"), QStringLiteral("none")},
        {QStringLiteral("region"), QJsonObject()},
        {QStringLiteral("scopes"), QStringLiteral("all")},
        {QStringLiteral("secret_key"), 12},
        {QStringLiteral("tokens"), QJsonObject()},
        {QStringLiteral("total_count"), QStringLiteral("x")},
        {QStringLiteral("updated_at"), true},
    };
}

// Announces the whole body in Content-Length, sends only its first half, then closes.
void writeTruncated(QTcpSocket *socket, const EmulatorResponse &response)
{
    const QByteArray body = response.body.isEmpty() ? QByteArrayLiteral("{}") : response.body;
    EmulatorResponse announced = response;
    announced.status = 200;
    socket->write(HttpResponseWriter::head(announced, body.size(), true));
    socket->write(body.left(qMax<qsizetype>(1, body.size() / 2)));
    socket->disconnectFromHost();
}

// A valid JSON token list of about `bytes` bytes, produced chunk by chunk as the socket drains,
// so that the body never sits in memory whole.
void writeOversized(QTcpSocket *socket, const EmulatorResponse &headersFrom, qint64 bytes)
{
    // The stream is a child of the socket: it goes away with the connection.
    auto *stream = new OversizedBodyStream(socket, bytes);
    EmulatorResponse announced = headersFrom;
    announced.status = 200;
    announced.jsonContentType = true;
    socket->write(HttpResponseWriter::head(announced, stream->totalSize(), false));
    stream->start();
}

} // namespace

void FaultGate::inject(EmulatorFault fault, int count, const QByteArray &method)
{
    m_injector.inject(fault, count, method);
}

void FaultGate::setRate(EmulatorFault fault, double rate, quint32 seed)
{
    m_injector.setRate(fault, rate, seed);
}

void FaultGate::setOversizedBytes(qint64 bytes)
{
    m_oversizedBytes = qMax<qint64>(1, bytes);
}

std::optional<EmulatorFault> FaultGate::admit(const RecordedHttpRequest &request)
{
    return m_injector.next(request.method);
}

std::optional<EmulatorResponse> FaultGate::refusal(EmulatorFault fault) const
{
    // RateLimited, injected or from the rate limit, is the gateway's own refusal: CockpitEmulator
    // answers it before asking the gate.
    switch (fault) {
    case EmulatorFault::ServerError:
        return EmulatorResponse::empty(503);
    case EmulatorFault::ServerErrorJson:
        return EmulatorResponse::json(500, EmulatorJson::internalError());
    default:
        return std::nullopt;
    }
}

void FaultGate::deliver(EmulatorFault fault, QTcpSocket *socket, EmulatorResponse response,
                        bool close) const
{
    switch (fault) {
    case EmulatorFault::Drop:
        socket->disconnectFromHost();
        return;
    case EmulatorFault::Stall:
        return; // the connection stays open until the client gives up
    case EmulatorFault::Truncated:
        writeTruncated(socket, response);
        return;
    case EmulatorFault::Oversized:
        writeOversized(socket, response, m_oversizedBytes);
        return;
    case EmulatorFault::Malformed:
        response.body = QByteArrayLiteral("upstream connect error or disconnect/reset before "
                                          "headers. reset reason: connection termination");
        break;
    case EmulatorFault::EmptyBody:
        response.body.clear();
        break;
    case EmulatorFault::WrongTypes:
        response.body = EmulatorJson::compact(wrongTypesBody());
        break;
    case EmulatorFault::ServerError:
    case EmulatorFault::ServerErrorJson:
    case EmulatorFault::RateLimited:
        break; // refusals, answered before the work (refusal())
    }
    response.status = 200;
    response.jsonContentType = true;
    HttpResponseWriter::write(socket, response, close);
}

} // namespace cockpit
