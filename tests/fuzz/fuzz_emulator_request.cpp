// The emulator's reading of a request (method, path, query, headers, JSON bodies), behind its
// HTTP parser: any request gets an answer with a real status; every JSON answer is JSON, and an
// error answer is the API's own error object, which the client reads as such.
//
// Input framing: a method line, a "path?query" line, "Name: value" header lines, an empty line,
// then the body. A header value "SECRET" stands for the demo key's secret, so that the fuzzer
// reaches the endpoints behind authentication.
#include "FuzzContract.h"
#include "emulator/DemoSeed.h"
#include "emulator/EmulatorRouter.h"
#include "emulator/EmulatorStore.h"

#include <QJsonDocument>
#include <QUrl>

using namespace cockpit;

namespace {

RecordedHttpRequest requestFrom(const QByteArray &input, const QString &secret)
{
    RecordedHttpRequest request;
    qsizetype at = 0;
    const auto nextLine = [&]() {
        const qsizetype end = input.indexOf('\n', at);
        const QByteArray line = input.mid(at, end < 0 ? -1 : end - at);
        at = end < 0 ? input.size() : end + 1;
        return line.endsWith('\r') ? line.chopped(1) : line;
    };
    request.method = nextLine().left(16);
    const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromUtf8(nextLine()));
    request.path = url.path();
    request.query = QUrlQuery(url);
    while (at < input.size()) {
        const QByteArray line = nextLine();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon < 0 ? line.size() : colon).trimmed();
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
        if (value == "SECRET")
            value = secret.toUtf8();
        request.headers.append({name, value});
    }
    request.body = input.mid(at);
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh store each time, so that an input's answer never depends on the ones before it.
    EmulatorStore store;
    const EmulatorCredentials credentials = DemoSeed::seed(store);
    EmulatorRouter router(store);
    const RecordedHttpRequest request = requestFrom(fuzz::bytes(data, size), credentials.secretKey);
    const EmulatorResponse response = router.route(request);

    fuzz::require(response.status >= 100 && response.status <= 599, "an answer has a real status");
    if (response.jsonContentType && !response.body.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(response.body, &parseError);
        fuzz::require(parseError.error == QJsonParseError::NoError, "a JSON answer is JSON");
    }
    if (response.status >= 400 && response.jsonContentType && !response.body.isEmpty()) {
        const ApiError error = ApiError::fromHttp(response.status, response.body, {});
        fuzz::require(error.fromApiBody, "an error answer is the API's error object");
        fuzz::require(!error.message.trimmed().isEmpty(), "an error answer has a message");
    }
    return 0;
}
