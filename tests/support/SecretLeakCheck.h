#pragma once

#include <QString>
#include <QStringList>

// Proof that a flow leaked no secret: every log message (every category at debug level, Qt's
// own too chatty to keep) is captured while it runs, then the log and every file under the
// test-mode settings and data folders are searched for the secret.
namespace SecretLeakCheck {

// From now on: test mode for QStandardPaths, debug logging on, messages captured.
void startCapturing();
void stopCapturing();
const QStringList &capturedLog();
// Every file under the test-mode settings and data folders that contains `needle`.
QStringList filesContaining(const QString &needle);
// Lines of the log and files that hold `needle`, for a QVERIFY2 message; empty when none.
QString leaksOf(const QString &needle);

} // namespace SecretLeakCheck
