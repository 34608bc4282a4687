#include "auth/credentialrequest.h"

#include "base/coretr.h"
#include "text/displaytext.h"

#include <functional>

namespace Ovh {

namespace {

// Polling answers that mean "not decided yet" on the real API: the key exists but may not
// be used before validation.
bool meansPending(const CallResult& call)
{
    return call.failure == CallResult::Failure::None && call.status == 403
        && call.error.errorCode == QLatin1String("INVALID_CREDENTIAL");
}

} // namespace

// ---- CredentialRequest -------------------------------------------------------------------------

QString validationUrlProblem(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !url.host().isEmpty())
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    return AuthTr::tr("the server answered a validation URL that will not be opened: %1 (only "
                      "https, or http on a loopback address, is opened)")
        .arg(displayText(url.toString(QUrl::FullyEncoded)));
}

CredentialRequest::CredentialRequest(ApiClient* client, Endpoint endpoint, Credentials application,
    CredentialRequestSpec spec, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(application))
    , m_spec(std::move(spec))
    , m_options(options)
{
    m_credentials.consumerKey.clear();
    m_pollTimer.setSingleShot(true);
    m_tickTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &CredentialRequest::poll);
    connect(&m_tickTimer, &QTimer::timeout, this, &CredentialRequest::tick);
}

CredentialRequest::CredentialRequest(ApiClient* client, Endpoint endpoint, Credentials application,
    CredentialRequestSpec spec, QObject* parent)
    : CredentialRequest(
        client, std::move(endpoint), std::move(application), std::move(spec), Options(), parent)
{ }

int CredentialRequest::secondsLeft() const
{
    if (m_options.timeoutSeconds <= 0 || !m_waited.isValid())
        return -1;
    const qint64 left = m_options.timeoutSeconds - m_waited.elapsed() / 1000;
    return int(qMax<qint64>(0, left));
}

void CredentialRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    QString problem;
    if (!m_client)
        problem = AuthTr::tr("no API client");
    else if (!m_endpoint.isValid())
        problem = AuthTr::tr("no endpoint");
    else if (!m_credentials.hasApplication())
        problem = AuthTr::tr("an application key and secret are needed to request a consumer key");
    else if (m_spec.rules.isEmpty())
        problem = AuthTr::tr("no access rule: choose at least one right");
    for (const CredentialRule& rule : std::as_const(m_spec.rules)) {
        if (problem.isEmpty() && !AccessRules::isValidMethod(rule.method.toUpper()))
            problem = AuthTr::tr("unknown method in rule '%1'").arg(rule.toString());
        if (problem.isEmpty() && !rule.path.startsWith(QLatin1Char('/')))
            problem = AuthTr::tr("a rule path starts with '/': '%1'").arg(rule.toString());
    }
    if (!problem.isEmpty()) {
        // Never synchronously: callers connect after start().
        QTimer::singleShot(0, this,
            [this, problem] { finish(CredentialRequestResult::Outcome::Failed, problem); });
        return;
    }
    m_call = m_client->send(
        m_endpoint, m_credentials, AuthCalls::requestCredential(m_endpoint, m_spec));
    m_call->setParent(this); // dropped with this request
    connect(m_call, &ApiCall::finished, this, &CredentialRequest::onCredentialAnswered);
}

void CredentialRequest::cancel()
{
    if (!m_started || m_done)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
    // Asynchronously, like every other end.
    QTimer::singleShot(0, this, [this] { finish(CredentialRequestResult::Outcome::Cancelled); });
    m_pollTimer.stop();
    m_tickTimer.stop();
}

void CredentialRequest::onCredentialAnswered(const CallResult& call)
{
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    m_result.lastCall = call;
    if (m_done)
        return;
    if (!call.isSuccess()) {
        finish(CredentialRequestResult::Outcome::Failed,
            AuthTr::tr("the consumer-key request failed: %1").arg(call.errorString));
        return;
    }
    const QJsonObject answer = call.json.toObject();
    const QString consumerKey = answer.value(QLatin1String("consumerKey")).toString();
    const QUrl validationUrl(answer.value(QLatin1String("validationUrl")).toString());
    if (consumerKey.isEmpty() || !validationUrl.isValid() || validationUrl.isRelative()) {
        finish(CredentialRequestResult::Outcome::Failed,
            AuthTr::tr("the consumer-key request answered without a consumer key or a "
                       "validation URL"));
        return;
    }
    // Both come from a server we may not control: the key goes into a header of every poll,
    // the URL into a browser.
    const QString keyProblem = credentialValueProblem(CredentialField::ConsumerKey, consumerKey);
    if (!keyProblem.isEmpty()) {
        finish(CredentialRequestResult::Outcome::Failed,
            AuthTr::tr("the server answered a consumer key that cannot be used: %1")
                .arg(keyProblem));
        return;
    }
    const QString urlProblem = validationUrlProblem(validationUrl);
    if (!urlProblem.isEmpty()) {
        finish(CredentialRequestResult::Outcome::Failed, urlProblem);
        return;
    }
    m_result.consumerKey = consumerKey;
    m_credentials.consumerKey = consumerKey;
    m_result.validationUrl = validationUrl;
    m_waited.start();
    emit validationRequired(validationUrl);
    if (m_done) // a slot may have cancelled
        return;
    m_tickTimer.start();
    emit waiting(secondsLeft());
    m_pollTimer.start(m_options.pollIntervalMs);
}

void CredentialRequest::poll()
{
    if (m_done)
        return;
    if (!m_client) {
        finish(CredentialRequestResult::Outcome::Failed, AuthTr::tr("no API client"));
        return;
    }
    m_call = m_client->send(m_endpoint, m_credentials, AuthCalls::currentCredential(m_endpoint));
    m_call->setParent(this);
    connect(m_call, &ApiCall::finished, this, &CredentialRequest::onPollAnswered);
}

void CredentialRequest::onPollAnswered(const CallResult& call)
{
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    if (m_done)
        return;
    m_result.lastCall = call;
    using Outcome = CredentialRequestResult::Outcome;

    if (call.isSuccess()) {
        if (const auto info = CredentialInfo::fromJson(call.json)) {
            m_result.info = info;
            emit statusChanged(info->status);
            if (m_done)
                return;
            switch (info->status) {
            case CredentialStatus::Validated:
                finish(Outcome::Validated);
                return;
            case CredentialStatus::Refused:
                finish(Outcome::Refused, AuthTr::tr("the request was refused"));
                return;
            case CredentialStatus::Expired:
                finish(Outcome::Expired,
                    AuthTr::tr("the consumer key expired before it could be used"));
                return;
            case CredentialStatus::PendingValidation:
                ++m_result.pendingPolls;
                break;
            case CredentialStatus::Unknown:
                break;
            }
        }
    } else if (meansPending(call)) {
        ++m_result.invalidCredentialPolls;
        emit statusChanged(CredentialStatus::PendingValidation);
        if (m_done)
            return;
    } else if (call.failure == CallResult::Failure::None
        && (call.error.errorCode == QLatin1String("INVALID_KEY") || call.status == 400)
        && !call.isTimeError()) {
        finish(Outcome::Failed,
            AuthTr::tr("checking the consumer key failed: %1").arg(call.errorString));
        return;
    }
    // Pending, or a passing problem (network, time-out, clock re-sync): next tick.
    if (secondsLeft() == 0) {
        finishTimedOut();
        return;
    }
    emit waiting(secondsLeft());
    if (!m_done)
        m_pollTimer.start(m_options.pollIntervalMs);
}

void CredentialRequest::tick()
{
    if (m_done)
        return;
    const int left = secondsLeft();
    if (left == 0) {
        if (m_call) {
            m_call->disconnect(this);
            m_call->abort();
            m_call->deleteLater();
            m_call = nullptr;
        }
        finishTimedOut();
        return;
    }
    emit waiting(left);
}

void CredentialRequest::finishTimedOut()
{
    QString why = AuthTr::tr("no validation within %1 s").arg(m_options.timeoutSeconds);
    if (m_result.invalidCredentialPolls > 0 && m_result.pendingPolls == 0) {
        why = AuthTr::tr("not validated within %1 s (if you refused it on OVHcloud's page, "
                         "that is why: the API does not tell a refused key from a pending "
                         "one)")
                  .arg(m_options.timeoutSeconds);
    }
    finish(CredentialRequestResult::Outcome::TimedOut, why);
}

void CredentialRequest::finish(CredentialRequestResult::Outcome outcome, const QString& errorString)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    m_tickTimer.stop();
    m_result.outcome = outcome;
    m_result.errorString = errorString;
    emit finished(m_result);
}

// ---- The one-call jobs ------------------------------------------------------------------------

namespace {

// Sends `call` on behalf of `job`; `done` gets the answer, or a "no API client" failure on the
// next event-loop turn (never from inside start()). The call is the job's: deleted once it has
// answered, or with the job.
ApiCall* sendJobCall(QObject* job, ApiClient* client, const Endpoint& endpoint,
    const Credentials& credentials, const HttpCall& call,
    const std::function<void(const CallResult&)>& done)
{
    if (!client) {
        QTimer::singleShot(0, job, [done] {
            CallResult result;
            result.failure = CallResult::Failure::Network;
            result.errorString = AuthTr::tr("no API client");
            done(result);
        });
        return nullptr;
    }
    ApiCall* sent = client->send(endpoint, credentials, call);
    sent->setParent(job);
    QObject::connect(sent, &ApiCall::finished, job, [sent, done](const CallResult& result) {
        sent->deleteLater();
        done(result);
    });
    return sent;
}

} // namespace

// ---- CurrentCredentialJob ----------------------------------------------------------------------

CurrentCredentialJob::CurrentCredentialJob(
    ApiClient* client, Endpoint endpoint, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
{ }

void CurrentCredentialJob::start()
{
    if (m_call)
        return;
    m_call = sendJobCall(this, m_client, m_endpoint, m_credentials,
        AuthCalls::currentCredential(m_endpoint), [this](const CallResult& result) {
            std::optional<CredentialInfo> info;
            if (result.isSuccess())
                info = CredentialInfo::fromJson(result.json);
            emit finished(result, info);
        });
}

void CurrentCredentialJob::abort()
{
    if (m_call)
        m_call->abort();
}

// ---- LogoutJob ---------------------------------------------------------------------------------

LogoutJob::LogoutJob(ApiClient* client, Endpoint endpoint, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
{ }

void LogoutJob::start()
{
    if (m_call)
        return;
    m_call = sendJobCall(this, m_client, m_endpoint, m_credentials, AuthCalls::logout(m_endpoint),
        [this](const CallResult& result) { emit finished(result); });
}

void LogoutJob::abort()
{
    if (m_call)
        m_call->abort();
}

} // namespace Ovh
