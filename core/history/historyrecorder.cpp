#include "history/historyrecorder.h"

#include "base/endpoint.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "session/callsession.h"

namespace Ovh {

HistoryRecorder::HistoryRecorder(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_maxBodyBytes(HistoryStore::DefaultMaxBodyBytes)
{ }

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
    const qint64 id = m_store->add(HistoryEntry::fromCall(
        request, result, endpoint.displayName(), profile, credentials, m_maxBodyBytes));
    if (id == 0) {
        if (!m_reported)
            emit unavailable(m_store->errorString());
        m_reported = true;
        return;
    }
    m_reported = false;
    emit recorded(id);
}

} // namespace Ovh
