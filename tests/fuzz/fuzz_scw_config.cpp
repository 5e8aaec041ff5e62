// The scw CLI's config.yaml: any bytes either give profiles (the root first, each resolvable) or
// a located error with a message; never a half-read file passed off as fine.
#include "FuzzContract.h"
#include "credentials/ScwConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace cockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The reader takes a path, as the app gives it: one private file, rewritten for each input.
    static const QString path = QDir::temp().filePath(
        QStringLiteral("cockpit-fuzz-scw-%1.yaml").arg(QCoreApplication::applicationPid()));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the file opens");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const ScwConfig config = ScwConfig::load(path, QProcessEnvironment());
    fuzz::require(config.fileExists(), "the file is found");
    if (config.error()) {
        fuzz::require(!config.error()->message.trimmed().isEmpty(), "an error says what is wrong");
        fuzz::require(config.error()->line >= 0 && config.error()->column >= 0,
                      "an error's place is a place");
        fuzz::require(!config.error()->toString().isEmpty(), "an error reads as a line");
        return 0;
    }
    for (const ScwProfile &profile : config.fileProfiles())
        fuzz::require(config.resolve(profile.name).has_value(),
                      "every profile of the file resolves");
    config.resolveSelected();
    return 0;
}
