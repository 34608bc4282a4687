#include "history/recentvaluesfeed.h"

#include "call/recentvalues.h"
#include "history/historystore.h"

#include <QJsonObject>
#include <QThread>

#include <utility>

namespace Ovh {

// The store on the feed's thread: opened, read and closed there.
class RecentValuesFeed::Reader final : public QObject
{
public:
    explicit Reader(const QString& file)
        : m_store(file)
    { }

    QList<HistoryEntry> read(qint64 afterId) { return m_store.pathValues(afterId, Window); }

private:
    HistoryStore m_store;
};

RecentValuesFeed::RecentValuesFeed(const QString& file, RecentValues* values, QObject* parent)
    : QObject(parent)
    , m_values(values)
    , m_thread(new QThread(this))
    , m_reader(new Reader(file))
{
    m_thread->setObjectName(QStringLiteral("recent values reader"));
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread->start();
}

RecentValuesFeed::~RecentValuesFeed()
{
    // A read in flight ends first; its answer, posted to this object, is dropped with it.
    m_thread->quit();
    m_thread->wait();
}

void RecentValuesFeed::refresh(qint64 recordedId)
{
    if (m_reading) {
        m_again = true;
        m_againId = qMax(m_againId, recordedId);
        return;
    }
    m_reading = true;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, feed = this, afterId = m_lastId, recordedId] {
            const QList<HistoryEntry> calls = reader->read(afterId);
            QMetaObject::invokeMethod(
                feed, [feed, calls, recordedId] { feed->onRead(calls, recordedId); });
        });
}

void RecentValuesFeed::onRead(const QList<HistoryEntry>& calls, qint64 recordedId)
{
    m_reading = false;
    QList<RecentValues::PathUse> uses;
    uses.reserve(calls.size());
    for (const HistoryEntry& call : calls) { // newest first, as RecentValues likes them
        uses.append({ call.endpoint, call.pathTemplate,
            call.values.value(QLatin1String("path")).toObject(), call.time });
    }
    if (m_values)
        m_values->note(uses);
    m_lastId = qMax(m_lastId, qMax(recordedId, calls.isEmpty() ? 0 : calls.constFirst().id));
    emit refreshed();
    if (m_again) {
        m_again = false;
        refresh(std::exchange(m_againId, 0));
    }
}

} // namespace Ovh
