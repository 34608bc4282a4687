#include "session/fetchall.h"

#include "net/retryafter.h"

#include "net/apiclient.h"
#include "session/callsession.h"

namespace Ovh {

namespace {

constexpr qint64 kFirstBackoffMs = 1000; // a 429 without a usable Retry-After

} // namespace

FetchAll::FetchAll(
    ApiClient* client, const Endpoint& endpoint, const Credentials& credentials, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_credentials(credentials)
{
    m_pause.setSingleShot(true);
    // A coarse timer may fire 5% early: Retry-After is a floor, never waited less.
    m_pause.setTimerType(Qt::PreciseTimer);
    connect(&m_pause, &QTimer::timeout, this, &FetchAll::pump);
}

FetchAll::~FetchAll()
{
    releaseCalls();
}

void FetchAll::setSettings(const Settings& settings)
{
    m_settings = settings;
    m_settings.concurrency = qBound(1, settings.concurrency, Settings::MaxConcurrency);
    m_settings.maxRetries = qMax(0, settings.maxRetries);
    m_settings.maxWaitMs = qMax(0, settings.maxWaitMs);
}

bool FetchAll::start(const QList<Item>& items)
{
    if (!m_client || m_running)
        return false;
    m_items = items;
    m_rows = ObjectRows(items.size());
    m_attempts = QList<int>(items.size(), 0);
    m_queue.clear();
    m_done = 0;
    m_failed = 0;
    m_retries = 0;
    m_endMs = -1;
    m_running = true;
    m_clock.start();
    for (int index = 0; index < items.size(); ++index) {
        m_rows[index].id = items[index].id;
        if (items[index].error.isEmpty()) {
            m_queue.push_back(index);
        } else {
            m_rows[index].error = items[index].error;
            ++m_done;
            ++m_failed;
        }
    }
    // finished() never synchronously, even for an empty list.
    QMetaObject::invokeMethod(this, &FetchAll::pump, Qt::QueuedConnection);
    return true;
}

void FetchAll::pump()
{
    if (!m_running)
        return;
    while (!m_pause.isActive() && !m_queue.empty() && m_calls.size() < m_settings.concurrency) {
        const int index = m_queue.front();
        m_queue.pop_front();
        send(index);
    }
    finishIfDone();
}

void FetchAll::send(int index)
{
    const CallRequest& request = m_items[index].request;
    ApiCall* call
        = m_client->prepare(m_endpoint, m_credentials, CallSession::httpCall(request, m_endpoint));
    call->setParent(this);
    m_calls.insert(call, index);
    connect(call, &ApiCall::finished, this,
        [this, call](const CallResult& result) { onCallFinished(call, result); });
    call->start();
}

void FetchAll::onCallFinished(ApiCall* call, const CallResult& result)
{
    const int index = m_calls.take(call);
    call->deleteLater();
    if (!m_running)
        return;
    if (isThrottled(result) && m_attempts[index] < m_settings.maxRetries) {
        const int attempt = ++m_attempts[index];
        ++m_retries;
        const qint64 asked
            = retryAfterMs(result).value_or(kFirstBackoffMs << qMin(attempt - 1, 10));
        const qint64 wait = qMin<qint64>(asked, m_settings.maxWaitMs);
        m_queue.push_front(index);
        // A later Retry-After never shortens a pause already longer.
        if (!m_pause.isActive() || m_pause.remainingTime() < wait)
            m_pause.start(int(wait));
        emit throttled(wait);
    } else {
        complete(index, result);
    }
    pump();
}

void FetchAll::complete(int index, const CallResult& result)
{
    ObjectRow& row = m_rows[index];
    if (!result.isSuccess()) {
        row.error = result.errorString.isEmpty()
            ? tr("HTTP %1 %2").arg(result.status).arg(result.reason)
            : result.errorString;
        if (isThrottled(result))
            row.error += QLatin1String(" ")
                + tr("(still refused after %n retries)", nullptr, m_attempts[index]);
        ++m_failed;
    } else if (result.json.isUndefined()) {
        row.error = tr("the answer is not JSON");
        ++m_failed;
    } else {
        row.object = result.json;
    }
    ++m_done;
    emit progress(m_done, total());
}

void FetchAll::finishIfDone()
{
    if (!m_running || m_done < total())
        return;
    m_running = false;
    m_endMs = m_clock.elapsed();
    emit finished(m_rows, false);
}

void FetchAll::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_pause.stop();
    releaseCalls();
    m_queue.clear();
    for (ObjectRow& row : m_rows) {
        if (row.object.isUndefined() && row.error.isEmpty())
            row.error = tr("not fetched: cancelled");
    }
    m_endMs = m_clock.elapsed();
    emit finished(m_rows, true);
}

void FetchAll::releaseCalls()
{
    const QList<ApiCall*> calls = m_calls.keys();
    m_calls.clear();
    for (ApiCall* call : calls) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

qint64 FetchAll::elapsedMs() const
{
    if (!m_clock.isValid())
        return 0;
    return m_endMs >= 0 ? m_endMs : m_clock.elapsed();
}

double FetchAll::rate() const
{
    const qint64 ms = elapsedMs();
    return ms > 0 ? m_done * 1000.0 / double(ms) : 0.0;
}

} // namespace Ovh
