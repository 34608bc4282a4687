#include "saved/savedrequestimport.h"

#include "saved/savedrequestfile.h"
#include "saved/savedrequeststore.h"

#include <QPointer>
#include <QThread>

namespace Ovh {

SavedRequestImport::SavedRequestImport(QObject* parent)
    : QObject(parent)
{ }

SavedRequestImport::~SavedRequestImport()
{
    if (m_thread) {
        m_cancelled.storeRelaxed(1); // the transaction is rolled back: nothing half added
        m_thread->wait();
    }
}

bool SavedRequestImport::start(const QString& path, const QString& databaseFile)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait(); // ended: only its finished signal may still be queued
    m_cancelled.storeRelaxed(0);
    m_requests.clear();
    m_running = true;
    // Signals cross to this object's thread through queued calls guarded by `self`.
    const QPointer<SavedRequestImport> self(this);
    const auto post = [self](auto call) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, call] {
                if (self)
                    call(self.data());
            },
            Qt::QueuedConnection);
    };
    QAtomicInteger<int>* cancelled = &m_cancelled;
    m_thread.reset(QThread::create([path, databaseFile, post, cancelled] {
        post([](SavedRequestImport* import) { emit import->progressChanged(0, 0); });
        QString error;
        const std::optional<QList<SavedRequest>> requests = SavedRequestFile::read(path, &error);
        if (!requests) {
            post([error](SavedRequestImport* import) {
                import->m_running = false;
                emit import->finished(0, error, QString());
            });
            return;
        }
        const int total = int(requests->size());
        SavedRequestStore store(databaseFile);
        const bool ok = store.addAll(*requests, [&](int done) {
            if (done % ProgressStep == 0 || done == total)
                post([done, total](SavedRequestImport* import) {
                    emit import->progressChanged(done, total);
                });
            return cancelled->loadRelaxed() == 0;
        });
        const QString message = store.errorString();
        QList<SavedRequest> all = ok ? store.list() : QList<SavedRequest>();
        post([ok, total, message, all = std::move(all)](SavedRequestImport* import) {
            import->m_requests = all;
            import->m_running = false;
            emit import->finished(ok ? total : 0, QString(), message);
        });
    }));
    m_thread->start();
    return true;
}

} // namespace Ovh
