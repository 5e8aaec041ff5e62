#include "BenchEmulatorProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace {
const QStringList kRequiredKeys{QStringLiteral("SCW_API_URL"), QStringLiteral("SCW_ACCESS_KEY"),
                                QStringLiteral("SCW_SECRET_KEY"),
                                QStringLiteral("SCW_DEFAULT_ORGANIZATION_ID"),
                                QStringLiteral("SCW_DEFAULT_PROJECT_ID")};

QString translated(const char *text)
{
    return QCoreApplication::translate("BenchEmulatorProcess", text);
}
} // namespace

BenchEmulatorProcess::~BenchEmulatorProcess()
{
    stop();
}

bool BenchEmulatorProcess::start(const QString &program, const QStringList &arguments,
                                 QString *error)
{
    m_values.clear();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = translated("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // Generating thousands of tokens takes a moment in a Debug build.
    QDeadlineTimer deadline(60000);
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        pending += m_process.readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                m_values.insert(line.left(equals), line.mid(equals + 1));
        }
        const bool complete =
            std::all_of(kRequiredKeys.cbegin(), kRequiredKeys.cend(),
                        [this](const QString &key) { return m_values.contains(key); });
        if (complete)
            return true;
    }
    *error = translated("%1 printed no credentials").arg(program);
    stop();
    return false;
}

void BenchEmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
