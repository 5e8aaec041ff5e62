#include "PagedLoader.h"

#include "RequestRunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace cockpit {

PagedLoader::PagedLoader(int pageSize, int speculativePages, RunnerFactory runnerFactory,
                         PageParser parser, QObject *parent)
    : QObject(parent)
    , m_pageSize(std::max(1, pageSize))
    , m_speculativePages(std::clamp(speculativePages, 0, 16))
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
    for (int page = 1; page <= 1 + m_speculativePages; ++page)
        launch(page);
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
        failPage(page, result.error);
        return;
    }

    int total = 0;
    int items = 0;
    ApiError error = m_parser(page, runner->takeBody(), &total, &items);
    if (error.isError()) {
        error.httpStatus = result.status;
        error.requestId = result.requestId;
        failPage(page, error);
        return;
    }
    m_loaded += items;
    m_done.insert(page);

    if (page == 1) {
        ApiError context;
        context.httpStatus = result.status;
        context.requestId = result.requestId;
        if (!planPages(total, items, context))
            return;
    }

    Q_EMIT progress(m_loaded, m_totalCount);
    if (m_running.isEmpty() && m_pageCount >= 0) {
        m_finished = true;
        Q_EMIT finished();
    }
}

bool PagedLoader::planPages(int total, int itemsOnFirstPage, const ApiError &context)
{
    m_totalCount = total;
    // A server may serve smaller pages than asked for: its page 1 then says how big they are.
    const int perPage =
        (itemsOnFirstPage > 0 && itemsOnFirstPage < m_pageSize && itemsOnFirstPage < total)
            ? itemsOnFirstPage
            : m_pageSize;
    const qint64 pages = std::max<qint64>(1, (qint64(total) + perPage - 1) / perPage);
    if (pages > kMaxPages) {
        ApiError tooMany = ApiError::local(
            ApiError::Kind::MalformedResponse,
            QCoreApplication::translate("cockpit::PagedLoader",
                                        "The server's answer is not valid: it announces %1 "
                                        "items in pages of %2.")
                .arg(total)
                .arg(perPage));
        tooMany.httpStatus = context.httpStatus;
        tooMany.requestId = context.requestId;
        fail(tooMany);
        return false;
    }
    m_pageCount = int(pages);

    // Speculative pages past the end are not needed: stop them, forget how they failed.
    const QList<int> running = m_running.keys();
    for (int page : running) {
        if (page > m_pageCount) {
            RequestRunner *runner = m_running.take(page);
            runner->abort();
            runner->deleteLater();
        }
    }
    for (auto it = m_deferredErrors.cbegin(); it != m_deferredErrors.cend(); ++it) {
        if (it.key() <= m_pageCount) {
            fail(it.value());
            return false;
        }
    }
    m_deferredErrors.clear();
    for (int page = 2; page <= m_pageCount; ++page) {
        if (!m_running.contains(page) && !m_done.contains(page))
            launch(page);
    }
    return true;
}

void PagedLoader::failPage(int page, const ApiError &error)
{
    if (m_pageCount < 0 && page > 1) {
        // A speculative page: whether its failure matters is known once page 1 is in.
        m_deferredErrors.insert(page, error);
        return;
    }
    fail(error);
}

void PagedLoader::fail(const ApiError &error)
{
    abort();
    m_error = error;
    Q_EMIT finished();
}

} // namespace cockpit
