#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What cockpit-bench-load measures: one load in a child process, which prints its own figures as
// one JSON line ({"tokens", "ms", "maxRssKb"}), and the runs of one client, shown as medians.
struct Sample
{
    int tokens = 0;
    double ms = 0;
    double rssMb = 0;
};

struct Series
{
    QList<double> ms;
    QList<double> rssMb;
    int tokens = 0;

    void add(const Sample &sample);
    double medianMs() const;
    double medianRssMb() const;
};

// Peak resident memory of this process in KiB: VmHWM, else getrusage's ru_maxrss (KiB on Linux).
qint64 peakRssKb();
// One JSON object as one line on stdout.
void printJsonLine(const QJsonObject &object);
// Runs one child load and reads the JSON line it prints.
bool runChild(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &environment, Sample *sample, QString *error);
