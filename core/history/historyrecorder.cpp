#include "history/historyrecorder.h"

#include "base/endpoint.h"
#include "base/endpointtext.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "session/callsession.h"
#include "settings/explorersettings.h"

#include <QThread>

namespace Ovh {

// The store on the recorder's thread: opened, written and closed there.
class HistoryRecorder::Writer final : public QObject
{
    Q_OBJECT

public:
    explicit Writer(const QString& file)
        : m_store(file)
    { }

    void write(const HistoryEntry& entry)
    {
        const qint64 id = m_store.add(entry);
        emit written(id, id ? QString() : m_store.errorString());
    }

    void prune(const QDateTime& olderThan, qint64 maxEntries)
    {
        const qint64 removed = m_store.prune(olderThan, maxEntries);
        if (removed > 0)
            emit pruned(removed);
    }

signals:
    void written(qint64 id, const QString& error);
    void pruned(qint64 removed);

private:
    HistoryStore m_store;
};

HistoryRecorder::HistoryRecorder(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_maxBodyBytes(HistoryStore::DefaultMaxBodyBytes)
{ }

HistoryRecorder::HistoryRecorder(const QString& file, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_writer(new Writer(file))
    , m_maxBodyBytes(HistoryStore::DefaultMaxBodyBytes)
{
    m_thread->setObjectName(QStringLiteral("history writer"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &Writer::written, this, &HistoryRecorder::onWritten);
    connect(m_writer, &Writer::pruned, this, &HistoryRecorder::pruned);
    m_thread->start();
}

HistoryRecorder::~HistoryRecorder()
{
    if (!m_thread)
        return;
    // The writes already asked for come first (one queue), then the thread ends and the
    // writer (closing the store) is deleted on it.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void HistoryRecorder::watch(CallSession* session, std::function<QString()> profile)
{
    connect(session, &CallSession::finished, this,
        [this, session, profile = std::move(profile)](const CallResult& result) {
            record(session->request(), result, session->endpoint(), profile ? profile() : QString(),
                session->credentials());
        });
}

void HistoryRecorder::record(const CallRequest& request, const CallResult& result,
    const Endpoint& endpoint, const QString& profile, const Credentials& credentials)
{
    if (result.failure == CallResult::Failure::MissingCredentials)
        return;
    HistoryEntry entry = HistoryEntry::fromCall(
        request, result, endpointUserText(endpoint), profile, credentials, m_maxBodyBytes);
    if (!m_keepResponses) {
        entry.responseHeaders.clear();
        entry.responseBody.clear();
        entry.responseBodySize = 0;
    }
    if (m_writer) {
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, entry] { writer->write(entry); });
    } else {
        const qint64 id = m_store->add(entry);
        onWritten(id, id ? QString() : m_store->errorString());
    }
    if (++m_sincePrune >= m_pruneEvery)
        prune();
}

void HistoryRecorder::setRetention(int keepDays, qint64 maxEntries, bool pruneNow)
{
    m_keepDays = keepDays;
    m_maxEntries = maxEntries;
    if (pruneNow)
        prune();
}

void HistoryRecorder::applySettings(const ExplorerSettings& settings, bool pruneNow)
{
    setMaxBodyBytes(settings.historyMaxBodyBytes());
    setKeepResponses(settings.historyKeepResponses());
    setRetention(settings.historyKeepDays(), settings.historyMaxEntries(), pruneNow);
}

void HistoryRecorder::prune()
{
    m_sincePrune = 0;
    if (m_keepDays <= 0 && m_maxEntries <= 0)
        return;
    const QDateTime olderThan
        = m_keepDays > 0 ? QDateTime::currentDateTimeUtc().addDays(-m_keepDays) : QDateTime();
    if (m_writer) {
        QMetaObject::invokeMethod(m_writer,
            [writer = m_writer, olderThan, max = m_maxEntries] { writer->prune(olderThan, max); });
        return;
    }
    const qint64 removed = m_store->prune(olderThan, m_maxEntries);
    if (removed > 0)
        emit pruned(removed);
}

void HistoryRecorder::onWritten(qint64 id, const QString& error)
{
    if (id == 0) {
        if (!m_reported)
            emit unavailable(error);
        m_reported = true;
        return;
    }
    m_reported = false;
    emit recorded(id);
}

} // namespace Ovh

#include "historyrecorder.moc"
