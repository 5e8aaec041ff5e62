#include "PagedLoader.h"

#include "RequestRunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace cockpit {

PagedLoader::PagedLoader(int pageSize, RunnerFactory runnerFactory, PageParser parser,
                         QObject *parent)
    : QObject(parent)
    , m_pageSize(std::max(1, pageSize))
    , m_runnerFactory(std::move(runnerFactory))
    , m_parser(std::move(parser))
{
}

PagedLoader::~PagedLoader()
{
    abort();
}

void PagedLoader::start()
{
    if (std::exchange(m_started, true))
        return;
    launch(1);
}

void PagedLoader::abort()
{
    m_finished = true;
    // Take the list first: aborting a runner must not find it half-updated.
    const QMap<int, RequestRunner *> running = std::exchange(m_running, {});
    for (RequestRunner *runner : running) {
        runner->abort();
        runner->deleteLater();
    }
}

void PagedLoader::launch(int page)
{
    RequestRunner *runner = m_runnerFactory(page, this);
    m_running.insert(page, runner);
    connect(runner, &RequestRunner::finished, this,
            [this, page, runner] { onPageFinished(page, runner); });
    runner->start();
}

void PagedLoader::onPageFinished(int page, RequestRunner *runner)
{
    m_running.remove(page);
    runner->deleteLater();
    if (m_finished)
        return;
    const HttpResult &result = runner->result();
    if (result.error.isError()) {
        fail(result.error);
        return;
    }

    int total = 0;
    int items = 0;
    ApiError error = m_parser(page, runner->takeBody(), &total, &items);
    if (error.isError()) {
        error.httpStatus = result.status;
        error.requestId = result.requestId;
        fail(error);
        return;
    }
    m_loaded += items;

    if (page == 1) {
        m_totalCount = total;
        // A server may serve smaller pages than asked for: its page 1 then says how big they are.
        const int perPage = (items > 0 && items < m_pageSize && items < total) ? items : m_pageSize;
        const qint64 pages = std::max<qint64>(1, (qint64(total) + perPage - 1) / perPage);
        if (pages > kMaxPages) {
            ApiError tooMany = ApiError::local(
                ApiError::Kind::MalformedResponse,
                QCoreApplication::translate("cockpit::PagedLoader",
                                            "The server's answer is not valid: it announces %1 "
                                            "items in pages of %2.")
                    .arg(total)
                    .arg(perPage));
            tooMany.httpStatus = result.status;
            tooMany.requestId = result.requestId;
            fail(tooMany);
            return;
        }
        for (int next = 2; next <= int(pages); ++next)
            launch(next);
    }

    Q_EMIT progress(m_loaded, m_totalCount);
    if (m_running.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void PagedLoader::fail(const ApiError &error)
{
    abort();
    m_error = error;
    Q_EMIT finished();
}

} // namespace cockpit
