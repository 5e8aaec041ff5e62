#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace cockpit {

// For `--measure-startup`: waits for the first paint of the table with rows in it, then reports
// how long that took since the timer given (started at main() entry) and emits finished().
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QAbstractItemView *view, QElapsedTimer sinceStart, QObject *parent = nullptr);

    qint64 elapsedMs() const { return m_elapsedMs; }

Q_SIGNALS:
    void finished(qint64 elapsedMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceStart;
    qint64 m_elapsedMs = -1;
};

} // namespace cockpit
