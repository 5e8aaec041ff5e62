// A page of tokens: every token of a decoded page is in the region asked, the count is not
// negative, and a rejected page leaves the output untouched and says why (no half a page).
#include "FuzzContract.h"
#include "api/ApiJson.h"

using namespace cockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Region region = fuzz::regionFrom(data[0]);
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    ApiJson::TokenPage page;
    page.totalCount = -42;
    const ApiError error = ApiJson::parseTokenPage(body, region, &page);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(page.totalCount == -42 && page.tokens.isEmpty(),
                      "a rejected page leaves the output untouched");
        return 0;
    }
    fuzz::require(page.totalCount >= 0, "a page's total is not negative");
    for (const Token &token : std::as_const(page.tokens)) {
        fuzz::require(token.region == region, "a page's tokens are in the region asked");
        fuzz::require(!token.id.isEmpty(), "a page's tokens have IDs");
    }
    return 0;
}
