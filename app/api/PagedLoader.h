#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QMap>
#include <QObject>

#include <functional>

namespace cockpit {

class RequestRunner;

// Loads every page of a paginated list: page 1 first; once it has given total_count, all the
// other pages at once (the RequestScheduler bounds and paces them). Each page is handed to the
// parser as soon as it arrives and its raw body is dropped. The first page that fails fails the
// whole list: the other requests are aborted and no partial result is reported.
class PagedLoader : public QObject
{
    Q_OBJECT

public:
    // Creates (does not start) the request of a page, numbered from 1, as a child of `parent`.
    using RunnerFactory = std::function<RequestRunner *(int page, QObject *parent)>;
    // Parses a page's body and keeps its items; sets the answer's total_count and the number of
    // items the page held. Returns an error (the page is then not kept).
    using PageParser =
        std::function<ApiError(int page, const QByteArray &body, int *totalCount, int *itemCount)>;

    // Never more pages than this, whatever total_count says.
    static constexpr int kMaxPages = 10000;

    PagedLoader(int pageSize, RunnerFactory runnerFactory, PageParser parser,
                QObject *parent = nullptr);
    ~PagedLoader() override;

    void start();
    // Stops every request silently: no signal afterwards.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int totalCount() const { return m_totalCount; }
    int loadedCount() const { return m_loaded; }

Q_SIGNALS:
    // After each page; `total` is -1 until page 1 has arrived.
    void progress(int loaded, int total);
    void finished();

private:
    void launch(int page);
    void onPageFinished(int page, RequestRunner *runner);
    void fail(const ApiError &error);

    int m_pageSize;
    RunnerFactory m_runnerFactory;
    PageParser m_parser;
    QMap<int, RequestRunner *> m_running;
    ApiError m_error;
    int m_totalCount = -1;
    int m_loaded = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace cockpit
