// One token (GET and create answers): a decoded token re-encodes, through the emulator's own
// writer of the API's shape, to the same token; a create's secret is never empty; a rejected
// body leaves the output untouched and says why.
#include "FuzzContract.h"
#include "api/ApiJson.h"
#include "emulator/EmulatorJson.h"

using namespace cockpit;

namespace {

Token sentinel()
{
    Token token;
    token.id = QStringLiteral("sentinel");
    return token;
}

void checkRoundTrip(const Token &token)
{
    StoredToken stored;
    stored.token = token;
    stored.createdMicros = token.createdAt.toMSecsSinceEpoch() * 1000;
    Token again = sentinel();
    const ApiError error = ApiJson::parseToken(EmulatorJson::compact(EmulatorJson::token(stored)),
                                               token.region, &again);
    fuzz::require(!error.isError(), "a decoded token re-encodes to a valid body");
    fuzz::require(again.id == token.id && again.name == token.name &&
                      again.projectId == token.projectId && again.region == token.region &&
                      again.scopes == token.scopes && again.createdAt == token.createdAt,
                  "a decoded token re-encodes to an equal token");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    Token token = sentinel();
    const ApiError error = ApiJson::parseToken(body, std::nullopt, &token);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(token == sentinel(), "a rejected token leaves the output untouched");
    } else {
        fuzz::require(!token.id.isEmpty(), "a decoded token has an ID");
        if (token.unknownScopes.isEmpty())
            checkRoundTrip(token);
    }

    CreatedToken created;
    created.token = sentinel();
    const ApiError createError = ApiJson::parseCreatedToken(body, Region::FrPar, &created);
    if (createError.isError()) {
        fuzz::requireTypedRejection(createError);
        fuzz::require(created.token == sentinel() && created.secretKey.isEmpty(),
                      "a rejected create answer leaves the output untouched");
    } else {
        fuzz::require(!created.secretKey.isEmpty(), "a create's answer has its secret");
        fuzz::require(created.token.region == Region::FrPar, "a create's token is in its region");
    }
    return 0;
}
