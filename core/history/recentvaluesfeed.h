#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ovh {

class RecentValues;
struct HistoryEntry;

// Feeds RecentValues from the history: the path values of the newest calls at first, then
// those of each call recorded since (by this program or another one sharing the file). The
// file is read on a thread of its own (its own connection): the first read goes through a few
// thousand calls, which the GUI thread must not wait for. A history that cannot be read feeds
// nothing, and the values typed in the window still follow.
class RecentValuesFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentValuesFeed)

public:
    // The newest calls read at first, and at most per refresh.
    static constexpr int Window = 5000;

    // Reads the history `file` into `values`, which is owned by the caller and lives on this
    // object's thread.
    RecentValuesFeed(const QString& file, RecentValues* values, QObject* parent = nullptr);
    // Waits for the read in flight, if any.
    ~RecentValuesFeed() override;

    // Reads the calls recorded since the last refresh; `recordedId`: the call just recorded,
    // so that the calls without path values before it are not read again.
    void refresh(qint64 recordedId = 0);

signals:
    // The values of a refresh are in RecentValues.
    void refreshed();

private:
    class Reader;
    void onRead(const QList<HistoryEntry>& calls, qint64 recordedId);

    QPointer<RecentValues> m_values;
    QThread* m_thread;
    Reader* m_reader; // lives in m_thread
    qint64 m_lastId = 0;
    bool m_reading = false;
    bool m_again = false; // a refresh was asked while reading
    qint64 m_againId = 0;
};

} // namespace Ovh
