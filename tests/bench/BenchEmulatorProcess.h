#pragma once

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

// The `cockpit-emulator` program run as a separate process for a benchmark, so that the memory a
// client uses is measured without the server's. Reads the KEY=value lines the emulator prints on
// start (its URL and demo credentials) and stops it (SIGTERM) when destroyed.
class BenchEmulatorProcess
{
public:
    BenchEmulatorProcess() = default;
    ~BenchEmulatorProcess();
    BenchEmulatorProcess(const BenchEmulatorProcess &) = delete;
    BenchEmulatorProcess &operator=(const BenchEmulatorProcess &) = delete;

    // Starts the program with `arguments` and waits (bounded) for its credentials.
    bool start(const QString &program, const QStringList &arguments, QString *error);
    void stop();

    // e.g. value("SCW_API_URL"); empty when it was not printed.
    QString value(const QString &key) const { return m_values.value(key); }
    const QHash<QString, QString> &values() const { return m_values; }

private:
    QProcess m_process;
    QHash<QString, QString> m_values;
};
