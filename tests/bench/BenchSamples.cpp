#include "BenchSamples.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("cockpit-bench-load", text);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

} // namespace

void Series::add(const Sample &sample)
{
    ms.append(sample.ms);
    rssMb.append(sample.rssMb);
    tokens = sample.tokens;
}

double Series::medianMs() const
{
    return median(ms);
}

double Series::medianRssMb() const
{
    return median(rssMb);
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void printJsonLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

bool runChild(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment, Sample *sample, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit) {
        *error = translated("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
    if (process.exitCode() != 0 || result.isEmpty() || result.contains(QLatin1String("error"))) {
        *error = translated("%1 failed: %2").arg(program, QString::fromUtf8(lines.last()));
        return false;
    }
    sample->tokens = result.value(QLatin1String("tokens")).toInt();
    sample->ms = result.value(QLatin1String("ms")).toDouble();
    sample->rssMb = result.value(QLatin1String("maxRssKb")).toDouble() / 1024.0;
    return true;
}
