#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSet>

#include <functional>

namespace cockpit {

class RequestRunner;

// Loads every page of a paginated list: page 1 (and, speculatively, the next few) first; once
// page 1 has given total_count, all the other pages at once (the RequestScheduler bounds and paces
// them). Each page is handed to the parser as soon as it arrives and its raw body is dropped. The
// first needed page that fails fails the whole list: the other requests are aborted and no
// partial result is reported. A speculative page that turns out not to be needed is aborted or
// ignored, even when it failed.
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

    // `speculativePages`: pages after page 1 asked for before total_count is known. Each saves a
    // round trip when the list is that long, and costs one small request when it is not.
    PagedLoader(int pageSize, int speculativePages, RunnerFactory runnerFactory, PageParser parser,
                QObject *parent = nullptr);
    ~PagedLoader() override;

    void start();
    // Stops every request silently: no signal afterwards.
    void abort();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int totalCount() const { return m_totalCount; }

Q_SIGNALS:
    // After each page; `total` is -1 until page 1 has arrived.
    void progress(int loaded, int total);
    void finished();

private:
    void launch(int page);
    void onPageFinished(int page, RequestRunner *runner);
    // Page 1 is in: sizes the list, drops what is not needed, asks for what is missing.
    bool planPages(int total, int itemsOnFirstPage, const ApiError &context);
    void failPage(int page, const ApiError &error);
    void fail(const ApiError &error);

    int m_pageSize;
    int m_speculativePages;
    RunnerFactory m_runnerFactory;
    PageParser m_parser;
    QMap<int, RequestRunner *> m_running;
    QSet<int> m_done;
    QMap<int, ApiError> m_deferredErrors; // failed before page 1 said whether they matter
    ApiError m_error;
    int m_pageCount = -1; // known once page 1 is in
    int m_totalCount = -1;
    int m_loaded = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace cockpit
