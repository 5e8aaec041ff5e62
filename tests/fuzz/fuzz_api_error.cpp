// An error answer, whatever its status and body (the API's JSON, a gateway's HTML, nothing, bytes):
// always an error of a kind, with a message the user can read and the status kept; the API's own
// details only when its body was the API's.
#include "FuzzContract.h"
#include "text/ErrorText.h"

using namespace cockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (int(data[0]) << 8 | data[1]) % 200; // 400..599
    const QByteArray body = fuzz::bytes(data + 2, size - 2);
    const ApiError error =
        ApiError::fromHttp(status, body, QStringLiteral("11111111-2222-4333-8444-555555555555"));
    fuzz::require(error.isError(), "an HTTP error status is an error");
    fuzz::require(error.httpStatus == status, "the status is kept");
    fuzz::require(!error.message.trimmed().isEmpty(), "an error has a message");
    fuzz::require(error.fromApiBody || error.details.isEmpty(),
                  "details come only from the API's own body");
    fuzz::require(!ApiError::kindName(error.kind).isEmpty(), "an error's kind has a name");
    // What the window shows of it.
    fuzz::require(!cockpit::ErrorText::sentence(error).trimmed().isEmpty(),
                  "the user is told something");
    cockpit::ErrorText::withDetails(cockpit::ErrorText::sentence(error), error);
    return 0;
}
