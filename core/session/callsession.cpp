#include "session/callsession.h"

#include "auth/credentialadvice.h"
#include "net/serverclock.h"

namespace Ovh {

CallGuidance CallGuidance::of(const CallResult& result, const CallRequest& request)
{
    CallGuidance guidance;
    // Only the server's own refusals: a transport failure says nothing about the keys.
    if (result.failure != CallResult::Failure::None)
        return guidance;
    const CredentialAdvice::KeyProblem problem = CredentialAdvice::keyProblem(result);
    if (problem == CredentialAdvice::KeyProblem::InvalidCredential) {
        guidance.kind = Kind::KeyInvalid;
    } else if (const auto rule
        = AccessRules::missingRule(result, request.methodName(), request.pathTemplate)) {
        guidance.kind = Kind::RightMissing;
        guidance.rule = *rule;
    } else if (problem == CredentialAdvice::KeyProblem::UnknownApplication) {
        guidance.kind = Kind::ApplicationUnknown;
    }
    return guidance;
}

CallSession::CallSession(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

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
        !request.noAuthentication, request.noAuthentication, request.headerItems() };
}

void CallSession::setAccount(const Endpoint& endpoint, const Credentials& credentials)
{
    // Other keys on the same endpoint too: the answer (its guidance, "key refused") would land
    // on the wrong account.
    if (m_endpoint != endpoint || m_credentials != credentials)
        cancel();
    m_endpoint = endpoint;
    m_credentials = credentials;
}

bool CallSession::start(const CallRequest& request)
{
    if (!m_client || isRunning())
        return false;
    m_request = request;
    m_call = m_client->prepare(m_endpoint, m_credentials, httpCall(request, m_endpoint));
    connect(m_call, &ApiCall::clockUnavailable, this, &CallSession::clockUnavailable);
    connect(m_call, &ApiCall::finished, this, &CallSession::onCallFinished);
    m_call->start();
    return true;
}

void CallSession::prepareClock()
{
    ServerClock* clock = m_client ? m_client->clock() : nullptr;
    if (clock && m_endpoint.isValid() && !clock->isSettled(m_endpoint))
        clock->sync(m_endpoint);
}

void CallSession::cancel()
{
    if (m_call)
        m_call->abort();
}

void CallSession::onCallFinished(const CallResult& result)
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->deleteLater();
    }
    emit finished(result, CallGuidance::of(result, m_request));
}

} // namespace Ovh
