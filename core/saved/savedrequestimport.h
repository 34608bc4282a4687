#pragma once

#include "saved/savedrequest.h"

#include <QAtomicInteger>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Ovh {

// Imports a saved-requests file (SavedRequestFile) into the saved requests of a database file,
// on a thread of its own: reading, checking and inserting 10,000 requests takes about a second,
// which the window must not freeze for. All or none, as SavedRequestStore::addAll. Progress
// comes as the rows go in; deleting the import while it runs cancels it (nothing is added).
// The whole list after an import is read on that thread too (requests()): reading 10,000 saved
// requests back takes tens of milliseconds.
class SavedRequestImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedRequestImport)

public:
    // Rows inserted between two progressChanged signals.
    static constexpr int ProgressStep = 250;

    explicit SavedRequestImport(QObject* parent = nullptr);
    ~SavedRequestImport() override;

    // Imports the requests of `path` after those saved in `databaseFile`. False (and nothing
    // started) while another import of this object runs.
    bool start(const QString& path, const QString& databaseFile);
    // From start() until finished() is emitted (the thread may end a little after it posted).
    bool isRunning() const { return m_running; }
    // Every saved request of the database after the last import that added them, in their order
    // (read on the import's thread once the rows were in); empty until then.
    const QList<SavedRequest>& requests() const { return m_requests; }

signals:
    // `done` of `total` requests inserted so far (total 0 while the file is read).
    void progressChanged(int done, int total);
    // `added` requests were added; or none: `fileError` says why the file was refused (for a
    // person, without the file's name), `storeError` why the database refused them.
    void finished(int added, const QString& fileError, const QString& storeError);

private:
    std::unique_ptr<QThread> m_thread;
    QList<SavedRequest> m_requests;
    QAtomicInteger<int> m_cancelled { 0 };
    bool m_running = false;
};

} // namespace Ovh
