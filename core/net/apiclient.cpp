#include "net/apiclient.h"

#include "base/backgroundtask.h"
#include "base/coretr.h"
#include "base/jsontext.h"
#include "net/bearersource.h"
#include "net/serverclock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Ovh {

namespace {

HeaderList redacted(const HeaderList& headers)
{
    HeaderList result;
    for (const auto& [name, value] : headers) {
        const bool secret = name.compare("X-Ovh-Consumer", Qt::CaseInsensitive) == 0
            || name.compare("X-Ovh-Signature", Qt::CaseInsensitive) == 0
            || name.compare("Authorization", Qt::CaseInsensitive) == 0;
        result.append({ name, secret ? QByteArray("<redacted>") : value });
    }
    return result;
}

QString missingCredentialsMessage(const Credentials& credentials, const HttpCall& call)
{
    if (!call.authenticated) {
        if (credentials.applicationKey.isEmpty() && call.keyOptional)
            return QString();
        if (credentials.applicationKey.isEmpty())
            return NetTr::tr("no application key: even unauthenticated calls need one");
        const QString problem
            = credentialValueProblem(CredentialField::ApplicationKey, credentials.applicationKey);
        return problem.isEmpty() ? QString() : NetTr::tr("application_key: %1").arg(problem);
    }
    return credentials.canSign() ? QString() : credentials.missing();
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* nam, ServerClock* clock, Endpoint endpoint,
    Credentials credentials, HttpCall call, Settings settings, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_call(std::move(call))
    , m_settings(settings)
{ }

void ApiCall::describeRequest()
{
    m_result.request.method = m_call.method;
    m_result.request.url = RequestSigner::wireUrl(m_call.url);
    m_result.request.body = m_call.body;
}

void ApiCall::finishLater(CallResult::Failure failure, const QString& message)
{
    CallResult result = m_result;
    result.failure = failure;
    result.errorString = message;
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void ApiCall::start()
{
    if (m_started)
        return;
    m_started = true;
    describeRequest();

    const QString missing
        = usesBearer() ? QString() : missingCredentialsMessage(m_credentials, m_call);
    if (!missing.isEmpty())
        return finishLater(CallResult::Failure::MissingCredentials, missing);
    if (usesBearer()) {
        m_bearerKey = m_bearer->keyFor(m_endpoint, m_credentials);
        m_token = m_bearer->validToken(m_bearerKey);
        if (m_token.isEmpty())
            return waitForToken();
        return send();
    }
    if (!mustWaitForClock())
        return send();
    // Joins a measurement already running for the endpoint; bounded by the call's deadline.
    m_waitingForClock = true;
    connect(m_clock, &ServerClock::synced, this,
        [this](const Endpoint& endpoint) { onClockAnswered(endpoint, QString()); });
    connect(m_clock, &ServerClock::syncFailed, this, &ApiCall::onClockAnswered);
    m_clock->sync(m_endpoint, m_settings.deadline);
}

bool ApiCall::mustWaitForClock() const
{
    // Only a signature carries a timestamp.
    return m_call.authenticated && !usesBearer() && m_clock && !m_clock->isSettled(m_endpoint);
}

bool ApiCall::usesBearer() const
{
    return m_call.authenticated && m_bearer && m_credentials.hasOAuth2();
}

void ApiCall::waitForToken()
{
    m_waitingForToken = true;
    connect(m_bearer, &BearerSource::answered, this, &ApiCall::onTokenAnswered);
    m_bearer->fetch(m_endpoint, m_credentials, m_settings.deadline);
}

void ApiCall::stopWaitingForToken()
{
    m_waitingForToken = false;
    if (m_bearer)
        disconnect(m_bearer, &BearerSource::answered, this, &ApiCall::onTokenAnswered);
}

void ApiCall::onTokenAnswered(const QString& key, const QByteArray& token, const QString& error)
{
    if (!m_waitingForToken || key != m_bearerKey)
        return;
    stopWaitingForToken();
    if (m_aborted)
        return;
    if (token.isEmpty()) // nothing was sent to the API
        return finishLater(CallResult::Failure::MissingCredentials, error);
    m_token = token;
    send();
}

void ApiCall::onClockAnswered(const Endpoint& endpoint, const QString& failure)
{
    if (!m_waitingForClock || endpoint.baseUrl != m_endpoint.baseUrl)
        return; // the clock keys its endpoints by base URL
    m_waitingForClock = false;
    m_clock->disconnect(this);
    if (!failure.isEmpty())
        emit clockUnavailable(failure);
    if (!m_aborted) // a slot may have aborted
        send();
}

void ApiCall::send()
{
    m_timer.start();
    const QDeadlineTimer deadline = qMin(m_settings.deadline, QDeadlineTimer(m_settings.timeoutMs));
    if (deadline.hasExpired()) { // the command's time went on the schema or the clock
        return finishLater(
            CallResult::Failure::Timeout, NetTr::tr("deadline reached before the call was sent"));
    }

    const RequestSigner signer(m_credentials.applicationKey, m_credentials.applicationSecret,
        m_credentials.consumerKey,
        m_clock ? m_clock->clockFor(m_endpoint) : UnixClock(systemUnixTime));
    QNetworkRequest request(m_call.url);
    // A redirect would change the signed URL: report it as it is.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArray("ovh-api-explorer/" OVH_VERSION));
    const RequestSigner::Auth auth
        = m_call.authenticated ? RequestSigner::Auth::Signed : RequestSigner::Auth::Unsigned;
    if (usesBearer()) {
        signer.apply(request, m_call.method, m_call.body, RequestSigner::Auth::Unsigned);
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token);
    } else {
        signer.apply(request, m_call.method, m_call.body, auth);
    }
    m_result.request.headers.clear(); // sent again with a renewed token
    for (const auto& [name, value] : m_call.headers) {
        if (!request.hasRawHeader(name))
            request.setRawHeader(name, value);
    }
    for (const QByteArray& name : request.rawHeaderList())
        m_result.request.headers.append({ name, request.rawHeader(name) });
    m_result.request.headers = redacted(m_result.request.headers);

    QNetworkReply* reply = BoundedReply::send(m_nam, request, m_call.method, m_call.body);
    BoundedReply::Limits limits;
    limits.maxBytes = m_settings.maxResponseBytes;
    limits.deadline = deadline;
    m_reader = new BoundedReply(reply, limits, this);
    connect(m_reader, &BoundedReply::finished, this, &ApiCall::onReplyFinished);
    m_firstByteMs = -1;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_firstByteMs < 0)
            m_firstByteMs = m_timer.elapsed();
    });
}

void ApiCall::abort()
{
    if (m_done)
        return;
    if (m_reader)
        return m_reader->cancel();
    m_aborted = true;
    if (!m_started) {
        m_started = true;
        describeRequest();
    }
    if (m_waitingForClock) { // the clock's answer must not send it any more
        m_waitingForClock = false;
        m_clock->disconnect(this);
    }
    if (m_waitingForToken)
        stopWaitingForToken();
    finishLater(CallResult::Failure::Cancelled, QStringLiteral("cancelled"));
}

namespace {

CallResult::Failure failureOf(BoundedReply::Outcome outcome)
{
    switch (outcome) {
    case BoundedReply::Outcome::Complete:
    case BoundedReply::Outcome::Pending:
        return CallResult::Failure::None;
    case BoundedReply::Outcome::TooLarge:
        return CallResult::Failure::TooLarge;
    case BoundedReply::Outcome::DeadlinePassed:
        return CallResult::Failure::Timeout;
    case BoundedReply::Outcome::Cancelled:
        return CallResult::Failure::Cancelled;
    case BoundedReply::Outcome::RedirectRefused:
    case BoundedReply::Outcome::TransportError:
        break;
    }
    return CallResult::Failure::Network;
}

} // namespace

void ApiCall::onReplyFinished()
{
    BoundedReply* reader = m_reader;
    m_reader = nullptr;
    reader->deleteLater();
    const QNetworkReply* reply = reader->reply();
    CallResult result = m_result;
    result.elapsedMs = m_timer.elapsed();
    if (reader->status() != 0)
        result.firstByteMs = m_firstByteMs < 0 ? result.elapsedMs : m_firstByteMs;
    result.status = reader->status();
    result.reason = QString::fromLatin1(reader->reasonPhrase());
    for (const auto& pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    result.queryId = QString::fromLatin1(reply->rawHeader("X-Ovh-QueryId"));

    result.failure = failureOf(reader->outcome());
    if (result.failure == CallResult::Failure::None && result.status == 0) {
        result.failure = CallResult::Failure::Network;
        result.errorString = NetTr::tr("not an HTTP answer");
        return finish(result);
    }
    if (result.failure != CallResult::Failure::None) {
        // Never a partial body passed off as the answer.
        result.errorString = reader->errorString();
        return finish(result);
    }
    if (result.status == 401 && usesBearer() && !m_tokenRenewed) {
        // The token expired early or was revoked: one new token, one more try.
        m_tokenRenewed = true;
        m_bearer->invalidate(m_bearerKey, m_token);
        m_token.clear();
        return waitForToken();
    }
    result.body = reader->body();
    if (result.body.size() <= InlineParseBytes) {
        result.json = parseJsonValue(result.body);
        return completeAnswer(result);
    }
    // A large answer takes long to parse (a second for 30 MB): off this thread, so that a
    // window stays responsive. An abort meanwhile finishes the call as cancelled.
    const QByteArray body = result.body;
    runInBackground<QJsonValue>(
        this, [body] { return parseJsonValue(body); },
        [this, result](QJsonValue json) mutable {
            result.json = std::move(json);
            completeAnswer(result);
        },
        largeAnswerPool());
}

QThreadPool* ApiCall::largeAnswerPool()
{
    static QThreadPool* const pool = [] {
        auto* made = new QThreadPool(QCoreApplication::instance());
        made->setMaxThreadCount(1);
        made->setExpiryTimeout(-1);
        return made;
    }();
    return pool;
}

void ApiCall::completeAnswer(CallResult result)
{
    if (result.status >= 300) {
        result.error = parseOvhError(result.json);
        result.errorString = QStringLiteral("HTTP %1 %2").arg(result.status).arg(result.reason);
        if (!result.error.isEmpty())
            result.errorString += QLatin1String(": ") + result.error.summary();
        if (result.status == 401 && usesBearer()) {
            result.errorString += NetTr::tr(" (a new OAuth2 token was refused too: check the "
                                            "service account and its rights)");
        }
        if (result.isTimeError() && m_clock) {
            // The delta is stale (the server's or this machine's clock moved): measure it
            // again; the next signed call on the endpoint waits for that measurement.
            m_clock->invalidate(m_endpoint);
        }
    }
    finish(result);
}

void ApiCall::finish(CallResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (result.elapsedMs == 0)
        result.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    emit finished(result);
}

ApiClient::ApiClient(QNetworkAccessManager* nam, ServerClock* clock, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{ }

ApiCall* ApiClient::prepare(
    const Endpoint& endpoint, const Credentials& credentials, const HttpCall& call)
{
    auto* job = new ApiCall(m_nam, m_clock, endpoint, credentials, call, m_settings, this);
    job->setBearerSource(m_bearer);
    return job;
}

ApiCall* ApiClient::send(
    const Endpoint& endpoint, const Credentials& credentials, const HttpCall& call)
{
    ApiCall* job = prepare(endpoint, credentials, call);
    job->start();
    return job;
}

} // namespace Ovh
