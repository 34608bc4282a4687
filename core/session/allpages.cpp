#include "session/allpages.h"

#include "base/coretr.h"
#include "call/pagination.h"
#include "net/retryafter.h"
#include "session/callsession.h"

namespace Ovh {

AllPagesJob::AllPagesJob(CallSession* session, CallRequest first, Limits limits, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(first))
    , m_limits(limits)
{
    m_pause.setSingleShot(true);
    // A coarse timer may fire 5% early: Retry-After is a floor, never waited less.
    m_pause.setTimerType(Qt::PreciseTimer);
    connect(&m_pause, &QTimer::timeout, this, &AllPagesJob::requestPage);
}

bool AllPagesJob::start()
{
    if (m_running || !m_session || m_session->isRunning())
        return false;
    m_running = true;
    m_clock.start();
    connect(m_session, &CallSession::finished, this, &AllPagesJob::onPage);
    requestPage();
    return true;
}

void AllPagesJob::requestPage()
{
    if (!m_running)
        return;
    if (!m_session || !m_session->start(m_request)) {
        // Another call took the session during a pause.
        QTimer::singleShot(0, this, [this] {
            finish(AllPagesResult::Outcome::Failed,
                NetTr::tr("another call is running; the pages stopped"));
        });
    }
}

void AllPagesJob::cancel()
{
    if (!m_running)
        return;
    if (m_pause.isActive()) {
        m_pause.stop();
        QTimer::singleShot(0, this,
            [this] { finish(AllPagesResult::Outcome::Cancelled, NetTr::tr("cancelled")); });
        return;
    }
    if (m_session)
        m_session->cancel(); // finished() comes back through onPage
}

void AllPagesJob::onPage(const CallResult& result)
{
    if (!m_running)
        return;
    m_result.last = result;
    if (result.failure == CallResult::Failure::Cancelled)
        return finish(AllPagesResult::Outcome::Cancelled, NetTr::tr("cancelled"));
    if (isThrottled(result) && m_retries < m_limits.maxRetries) {
        const qint64 backoff = qint64(m_limits.firstPauseMs)
            << qMin(m_retries, 16); // 1 s, 2 s, 4 s, …
        const qint64 ms = qMin<qint64>(retryAfterMs(result).value_or(backoff), m_limits.maxPauseMs);
        ++m_retries;
        emit throttled(ms);
        m_pause.start(int(ms));
        return;
    }
    if (!result.isSuccess()) {
        const QString reason = result.error.isEmpty() ? result.errorString : result.error.summary();
        return finish(AllPagesResult::Outcome::Failed,
            NetTr::tr("page %1 failed: %2").arg(m_result.pages + 1).arg(reason));
    }
    if (!result.json.isArray()) {
        return finish(AllPagesResult::Outcome::Failed,
            NetTr::tr("page %1 is not a JSON array: the pages cannot be joined")
                .arg(m_result.pages + 1));
    }
    m_retries = 0;
    const QJsonArray page = result.json.toArray();
    for (const QJsonValue& item : page)
        m_result.items.append(item);
    ++m_result.pages;
    emit progressed(m_result.pages, int(m_result.items.size()));

    const QString next = QString::fromLatin1(result.header(Pagination::NextCursorHeader));
    if (next.isEmpty())
        return finish(AllPagesResult::Outcome::Complete, QString());
    if (m_cursors.contains(next)) {
        return finish(AllPagesResult::Outcome::Failed,
            NetTr::tr("the server gave the cursor of an earlier page again; stopped after "
                      "%1 pages")
                .arg(m_result.pages));
    }
    if (m_result.pages >= m_limits.maxPages || m_result.items.size() >= m_limits.maxItems) {
        return finish(AllPagesResult::Outcome::PageLimit,
            NetTr::tr("stopped after %1 pages (%2 items): more remain")
                .arg(m_result.pages)
                .arg(m_result.items.size()));
    }
    m_cursors.insert(next);
    m_request = withPageCursor(m_request, next);
    // After the session's finished() handlers have run: it is still busy inside its emit.
    QTimer::singleShot(0, this, &AllPagesJob::requestPage);
}

void AllPagesJob::finish(AllPagesResult::Outcome outcome, const QString& message)
{
    if (!m_running)
        return;
    m_running = false;
    m_pause.stop();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_result.outcome = outcome;
    m_result.errorString = message;
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}

} // namespace Ovh
