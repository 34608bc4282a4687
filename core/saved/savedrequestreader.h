#pragma once

#include "saved/savedrequest.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ovh {

// Reads the saved requests of a database file on a thread of its own, with a connection of its
// own: 10,000 of them take ~40 ms, which the window's start must not wait for. One read at a
// time: read() while one runs reads again once it ends, and only that newer list is told (the
// older one may predate a change). Deleting the reader waits for the read in flight, whose list
// is dropped.
class SavedRequestReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedRequestReader)

public:
    explicit SavedRequestReader(QObject* parent = nullptr);
    ~SavedRequestReader() override;

    void read(const QString& databaseFile);
    // From read() until finished() is emitted.
    bool isReading() const { return m_reading; }

signals:
    // Every saved request of the file, in their order; or none, and `error` says why.
    void finished(const QList<Ovh::SavedRequest>& requests, const QString& error);

private:
    void start();

    std::unique_ptr<QThread> m_thread;
    QString m_file;
    bool m_reading = false;
    bool m_again = false; // read() was called while reading
};

} // namespace Ovh
