#include "session/callsession.h"

#include "net/serverclock.h"

namespace Ovh {

CallGuidance CallGuidance::of(const CallResult& result, const CallRequest& request)
{
    CallGuidance guidance;
    // Only the server's own refusals: a transport failure says nothing about the keys.
    const QString code
        = result.failure == CallResult::Failure::None ? result.error.errorCode : QString();
    if (code == QLatin1String("INVALID_CREDENTIAL")) {
        guidance.kind = Kind::KeyInvalid;
    } else if (const auto rule
        = AccessRules::missingRule(result, request.methodName(), request.pathTemplate)) {
        guidance.kind = Kind::RightMissing;
        guidance.rule = *rule;
    } else if (code == QLatin1String("INVALID_KEY")) {
        guidance.kind = Kind::ApplicationUnknown;
    }
    return guidance;
}

CallSession::CallSession(ApiClient* client, ServerClock* clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    if (m_clock) {
        connect(m_clock, &ServerClock::synced, this,
            [this](const Endpoint& endpoint) { onClockAnswered(endpoint, QString()); });
        connect(m_clock, &ServerClock::syncFailed, this, &CallSession::onClockAnswered);
    }
}

CallSession::~CallSession()
{
    if (ApiCall* call = m_call) {
        call->disconnect(this);
        call->abort();
        call->deleteLater();
    }
}

HttpCall CallSession::httpCall(const CallRequest& request, const Endpoint& endpoint)
{
    return HttpCall { request.methodName().toLatin1(), request.url(endpoint), request.bodyBytes,
        !request.noAuthentication };
}

void CallSession::setAccount(const Endpoint& endpoint, const Credentials& credentials)
{
    // Other keys on the same endpoint too: the answer (its guidance, "key refused") would land
    // on the wrong account.
    if (m_endpoint != endpoint || m_credentials != credentials)
        cancel();
    if (m_endpoint != endpoint)
        m_clockTried = false;
    m_endpoint = endpoint;
    m_credentials = credentials;
}

bool CallSession::start(const CallRequest& request)
{
    if (!m_client || isRunning())
        return false;
    m_request = request;
    m_call = m_client->prepare(m_endpoint, m_credentials, httpCall(request, m_endpoint));
    connect(m_call, &ApiCall::finished, this, &CallSession::onCallFinished);
    sendWhenClockReady();
    return true;
}

bool CallSession::clockReady() const
{
    return !m_clock || m_clockTried || m_clock->isSynced(m_endpoint);
}

void CallSession::sendWhenClockReady()
{
    if (clockReady()) {
        m_call->start();
        return;
    }
    // Joins a sync already running for the endpoint; bounded by the call's own deadline.
    m_waitingForClock = true;
    m_clock->sync(m_endpoint, m_client->settings().deadline);
}

void CallSession::prepareClock()
{
    if (m_endpoint.isValid() && !clockReady())
        m_clock->sync(m_endpoint);
}

void CallSession::onClockAnswered(const Endpoint& endpoint, const QString& failure)
{
    if (endpoint.baseUrl != m_endpoint.baseUrl) // the clock keys its endpoints by base URL
        return;
    m_clockTried = true;
    if (!m_waitingForClock)
        return;
    m_waitingForClock = false;
    if (!failure.isEmpty())
        emit clockUnavailable(failure);
    if (m_call)
        m_call->start();
}

void CallSession::cancel()
{
    m_waitingForClock = false;
    if (m_call)
        m_call->abort();
}

void CallSession::onCallFinished(const CallResult& result)
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->deleteLater();
    }
    m_waitingForClock = false;
    if (result.isTimeError() && m_clock) {
        // The delta is stale (the server's or this machine's clock moved): measure it again,
        // and let the next call wait for that measurement.
        m_clock->invalidate(m_endpoint);
        m_clockTried = false;
    }
    emit finished(result, CallGuidance::of(result, m_request));
}

} // namespace Ovh
