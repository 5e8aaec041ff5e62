// The Account API's answers: a page of projects, one project and an API key. A decoded project
// re-encodes, through the emulator's writer of the API's shape, to the same project; a rejected
// body leaves the output untouched and says why.
#include "FuzzContract.h"
#include "api/ApiJson.h"
#include "emulator/EmulatorJson.h"

using namespace cockpit;

namespace {

void checkRoundTrip(const Project &project)
{
    StoredProject stored;
    stored.project = project;
    stored.createdMicros = project.createdAt.toMSecsSinceEpoch() * 1000;
    Project again;
    const ApiError error =
        ApiJson::parseProject(EmulatorJson::compact(EmulatorJson::project(stored)), &again);
    fuzz::require(!error.isError(), "a decoded project re-encodes to a valid body");
    fuzz::require(again.id == project.id && again.name == project.name &&
                      again.organizationId == project.organizationId &&
                      again.description == project.description &&
                      again.createdAt == project.createdAt,
                  "a decoded project re-encodes to an equal project");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);

    ApiJson::ProjectPage page;
    page.totalCount = -42;
    ApiError error = ApiJson::parseProjectPage(body, &page);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(page.totalCount == -42 && page.projects.isEmpty(),
                      "a rejected page leaves the output untouched");
    } else {
        fuzz::require(page.totalCount >= 0, "a page's total is not negative");
        for (const Project &project : std::as_const(page.projects))
            checkRoundTrip(project);
    }

    Project project;
    project.id = QStringLiteral("sentinel");
    error = ApiJson::parseProject(body, &project);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(project.id == QLatin1String("sentinel") && project.name.isEmpty(),
                      "a rejected project leaves the output untouched");
    } else {
        checkRoundTrip(project);
    }

    ApiKeyInfo key;
    key.accessKey = QStringLiteral("sentinel");
    error = ApiJson::parseApiKey(body, &key);
    if (error.isError()) {
        fuzz::requireTypedRejection(error);
        fuzz::require(key.accessKey == QLatin1String("sentinel") && key.description.isEmpty(),
                      "a rejected API key leaves the output untouched");
    } else {
        fuzz::require(!key.accessKey.isEmpty(), "a decoded API key has its access key");
    }
    return 0;
}
