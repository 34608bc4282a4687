#include "saved/savedrequestreader.h"

#include "saved/savedrequeststore.h"

#include <QPointer>
#include <QThread>

#include <utility>

namespace Ovh {

SavedRequestReader::SavedRequestReader(QObject* parent)
    : QObject(parent)
{ }

SavedRequestReader::~SavedRequestReader()
{
    if (m_thread)
        m_thread->wait(); // its list, posted to this object, goes with it
}

void SavedRequestReader::read(const QString& databaseFile)
{
    m_file = databaseFile;
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    start();
}

void SavedRequestReader::start()
{
    if (m_thread)
        m_thread->wait(); // ended: it posted its list already
    const QPointer<SavedRequestReader> self(this);
    m_thread.reset(QThread::create([self, file = m_file] {
        QList<SavedRequest> requests;
        QString error;
        {
            SavedRequestStore store(file); // opened, read and closed on this thread
            requests = store.list();
            error = store.errorString();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, requests = std::move(requests), error] {
                if (!self)
                    return;
                if (std::exchange(self->m_again, false)) {
                    self->start(); // a change may have come after this list was read
                    return;
                }
                self->m_reading = false;
                emit self->finished(requests, error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("saved requests reader"));
    m_thread->start();
}

} // namespace Ovh
