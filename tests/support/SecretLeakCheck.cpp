#include "SecretLeakCheck.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace SecretLeakCheck {
namespace {

QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message);
}

} // namespace

void startCapturing()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    qInstallMessageHandler(captureMessage);
}

void stopCapturing()
{
    qInstallMessageHandler(nullptr);
    QLoggingCategory::setFilterRules(QString());
}

const QStringList &capturedLog()
{
    return g_log;
}

QStringList filesContaining(const QString &needle)
{
    QStringList hits;
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                hits.append(file.fileName());
        }
    }
    return hits;
}

QString leaksOf(const QString &needle)
{
    QStringList leaks;
    for (const QString &line : std::as_const(g_log))
        if (line.contains(needle))
            leaks.append(QStringLiteral("logged: ") + line);
    for (const QString &file : filesContaining(needle))
        leaks.append(QStringLiteral("in file: ") + file);
    return leaks.join(QLatin1Char('\n'));
}

} // namespace SecretLeakCheck
