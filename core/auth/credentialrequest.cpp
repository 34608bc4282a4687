#include "auth/credentialrequest.h"

#include "base/endpoint.h"
#include "text/displaytext.h"

#include <QJsonDocument>

#include <functional>

namespace Ovh {

namespace {

QDateTime parseDate(const QJsonValue& value)
{
    if (!value.isString())
        return QDateTime();
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

// "/domain/zone/{zoneName}/record" -> "/domain/zone/*/record"
QString wildcardPlaceholders(const QString& pathTemplate)
{
    QString path;
    path.reserve(pathTemplate.size());
    bool inPlaceholder = false;
    for (const QChar c : pathTemplate) {
        if (inPlaceholder) {
            if (c == QLatin1Char('}'))
                inPlaceholder = false;
            continue;
        }
        if (c == QLatin1Char('{')) {
            inPlaceholder = true;
            path += QLatin1Char('*');
            continue;
        }
        if (c == QLatin1Char('?'))
            break; // a query never belongs to a rule
        path += c;
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

// Polling answers that mean "not decided yet" on the real API: the key exists but may not
// be used before validation.
bool meansPending(const CallResult& call)
{
    return call.failure == CallResult::Failure::None && call.status == 403
        && call.error.errorCode == QLatin1String("INVALID_CREDENTIAL");
}

} // namespace

// ---- CredentialRule ----------------------------------------------------------------------------

QJsonObject CredentialRule::toJson() const
{
    return QJsonObject { { QStringLiteral("method"), method }, { QStringLiteral("path"), path } };
}

std::optional<CredentialRule> CredentialRule::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QString method = object.value(QLatin1String("method")).toString();
    const QString path = object.value(QLatin1String("path")).toString();
    if (method.isEmpty() || path.isEmpty())
        return std::nullopt;
    return CredentialRule { method, path };
}

std::optional<CredentialRule> CredentialRule::parse(const QString& text, QString* error)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto fail = [error](const QString& why) -> std::optional<CredentialRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parts.size() != 2)
        return fail(QStringLiteral("a rule is 'METHOD /path', e.g. 'GET /me' or 'POST /domain/*'"));
    const QString method = parts.at(0).toUpper();
    if (!AccessRules::isValidMethod(method)) {
        return fail(
            QStringLiteral("unknown method '%1' (GET, POST, PUT or DELETE)").arg(parts.at(0)));
    }
    if (!parts.at(1).startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("a rule path starts with '/': '%1'").arg(parts.at(1)));
    return CredentialRule { method, parts.at(1) };
}

// ---- AccessRules -------------------------------------------------------------------------------

namespace AccessRules {

QStringList methods()
{
    return { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("DELETE") };
}

bool isValidMethod(const QString& method)
{
    return methods().contains(method);
}

CredentialRules recursive(const QStringList& methodList, const QString& path)
{
    QString base = path.trimmed();
    while (!base.isEmpty()
        && (base.endsWith(QLatin1Char('/')) || base.endsWith(QLatin1Char('*'))
            || base.endsWith(QLatin1Char(' '))))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    CredentialRules rules;
    for (const QString& method : methodList) {
        if (!base.isEmpty())
            rules.append({ method.toUpper(), base });
        rules.append({ method.toUpper(), base + QLatin1String("/*") });
    }
    return normalized(rules);
}

CredentialRules recursive(const QString& method, const QString& path)
{
    return recursive(QStringList { method }, path);
}

CredentialRules readOnly()
{
    return { { QStringLiteral("GET"), QStringLiteral("/*") } };
}

CredentialRules fullAccess()
{
    CredentialRules rules;
    for (const QString& method : methods())
        rules.append({ method, QStringLiteral("/*") });
    return rules;
}

CredentialRule forOperation(const QString& method, const QString& pathTemplate)
{
    return { method.toUpper(), wildcardPlaceholders(pathTemplate) };
}

std::optional<CredentialRule> missingRule(
    const CallResult& result, const QString& method, const QString& pathTemplate)
{
    if (result.failure != CallResult::Failure::None
        || result.error.errorCode != QLatin1String("NOT_GRANTED_CALL"))
        return std::nullopt;
    return forOperation(method, pathTemplate);
}

CredentialRules normalized(const CredentialRules& rules)
{
    CredentialRules result;
    for (CredentialRule rule : rules) {
        rule.method = rule.method.toUpper();
        if (!result.contains(rule))
            result.append(rule);
    }
    return result;
}

QJsonArray toJson(const CredentialRules& rules)
{
    QJsonArray array;
    for (const CredentialRule& rule : rules)
        array.append(rule.toJson());
    return array;
}

QString toText(const CredentialRules& rules)
{
    QStringList texts;
    for (const CredentialRule& rule : rules)
        texts << rule.toString();
    return texts.join(QLatin1String(", "));
}

} // namespace AccessRules

// ---- CredentialInfo ----------------------------------------------------------------------------

QString credentialStatusName(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Unknown:
        return QStringLiteral("unknown");
    case CredentialStatus::PendingValidation:
        return QStringLiteral("pendingValidation");
    case CredentialStatus::Validated:
        return QStringLiteral("validated");
    case CredentialStatus::Refused:
        return QStringLiteral("refused");
    case CredentialStatus::Expired:
        return QStringLiteral("expired");
    }
    return QString();
}

CredentialStatus credentialStatusFromName(QStringView name)
{
    for (const CredentialStatus status : { CredentialStatus::PendingValidation,
             CredentialStatus::Validated, CredentialStatus::Refused, CredentialStatus::Expired }) {
        if (name.compare(credentialStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return CredentialStatus::Unknown;
}

std::optional<qint64> CredentialInfo::secondsLeft(const QDateTime& now) const
{
    if (!expiration.isValid())
        return std::nullopt;
    return now.secsTo(expiration);
}

std::optional<CredentialInfo> CredentialInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (!object.contains(QLatin1String("status")))
        return std::nullopt;
    CredentialInfo info;
    info.credentialId = object.value(QLatin1String("credentialId")).toInteger();
    info.applicationId = object.value(QLatin1String("applicationId")).toInteger();
    info.status = credentialStatusFromName(object.value(QLatin1String("status")).toString());
    info.creation = parseDate(object.value(QLatin1String("creation")));
    info.expiration = parseDate(object.value(QLatin1String("expiration")));
    info.lastUse = parseDate(object.value(QLatin1String("lastUse")));
    const QJsonArray rules = object.value(QLatin1String("rules")).toArray();
    for (const QJsonValue& rule : rules) {
        if (auto parsed = CredentialRule::fromJson(rule))
            info.rules.append(*parsed);
    }
    const QJsonArray ips = object.value(QLatin1String("allowedIPs")).toArray();
    for (const QJsonValue& ip : ips)
        info.allowedIPs.append(ip.toString());
    info.ovhSupport = object.value(QLatin1String("ovhSupport")).toBool();
    return info;
}

// ---- Calls -------------------------------------------------------------------------------------

QByteArray CredentialRequestSpec::body() const
{
    QJsonObject object;
    object.insert(
        QLatin1String("accessRules"), AccessRules::toJson(AccessRules::normalized(rules)));
    if (!allowedIPs.isEmpty())
        object.insert(QLatin1String("allowedIPs"), QJsonArray::fromStringList(allowedIPs));
    if (!redirection.isEmpty())
        object.insert(QLatin1String("redirection"), redirection.toString(QUrl::FullyEncoded));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace AuthCalls {

HttpCall requestCredential(const Endpoint& endpoint, const CredentialRequestSpec& spec)
{
    return HttpCall { "POST", endpoint.url(u"/auth/credential"), spec.body(), false };
}

HttpCall currentCredential(const Endpoint& endpoint)
{
    return HttpCall { "GET", endpoint.url(u"/auth/currentCredential"), QByteArray(), true };
}

HttpCall logout(const Endpoint& endpoint)
{
    return HttpCall { "POST", endpoint.url(u"/auth/logout"), QByteArray(), true };
}

} // namespace AuthCalls

// ---- CredentialRequest -------------------------------------------------------------------------

QString validationUrlProblem(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && !url.host().isEmpty())
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    return QStringLiteral("the server answered a validation URL that will not be opened: %1 (only "
                          "https, or http on a loopback address, is opened)")
        .arg(displayText(url.toString(QUrl::FullyEncoded)));
}

QString outcomeName(CredentialRequestResult::Outcome outcome)
{
    using Outcome = CredentialRequestResult::Outcome;
    switch (outcome) {
    case Outcome::Validated:
        return QStringLiteral("validated");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Expired:
        return QStringLiteral("expired");
    case Outcome::TimedOut:
        return QStringLiteral("timed out");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QString();
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

CredentialRequest::~CredentialRequest()
{
    if (m_call)
        m_call->abort();
}

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
        problem = QStringLiteral("no API client");
    else if (!m_endpoint.isValid())
        problem = QStringLiteral("no endpoint");
    else if (!m_credentials.hasApplication())
        problem
            = QStringLiteral("an application key and secret are needed to request a consumer key");
    else if (m_spec.rules.isEmpty())
        problem = QStringLiteral("no access rule: choose at least one right");
    for (const CredentialRule& rule : std::as_const(m_spec.rules)) {
        if (problem.isEmpty() && !AccessRules::isValidMethod(rule.method.toUpper()))
            problem = QStringLiteral("unknown method in rule '%1'").arg(rule.toString());
        if (problem.isEmpty() && !rule.path.startsWith(QLatin1Char('/')))
            problem = QStringLiteral("a rule path starts with '/': '%1'").arg(rule.toString());
    }
    if (!problem.isEmpty()) {
        // Never synchronously: callers connect after start().
        QTimer::singleShot(0, this,
            [this, problem] { finish(CredentialRequestResult::Outcome::Failed, problem); });
        return;
    }
    m_call = m_client->send(
        m_endpoint, m_credentials, AuthCalls::requestCredential(m_endpoint, m_spec));
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
            QStringLiteral("the consumer-key request failed: %1").arg(call.errorString));
        return;
    }
    const QJsonObject answer = call.json.toObject();
    const QString consumerKey = answer.value(QLatin1String("consumerKey")).toString();
    const QUrl validationUrl(answer.value(QLatin1String("validationUrl")).toString());
    if (consumerKey.isEmpty() || !validationUrl.isValid() || validationUrl.isRelative()) {
        finish(CredentialRequestResult::Outcome::Failed,
            QStringLiteral("the consumer-key request answered without a consumer key or a "
                           "validation URL"));
        return;
    }
    // Both come from a server we may not control: the key goes into a header of every poll,
    // the URL into a browser.
    const QString keyProblem = credentialValueProblem(CredentialField::ConsumerKey, consumerKey);
    if (!keyProblem.isEmpty()) {
        finish(CredentialRequestResult::Outcome::Failed,
            QStringLiteral("the server answered a consumer key that cannot be used: %1")
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
        finish(CredentialRequestResult::Outcome::Failed, QStringLiteral("no API client"));
        return;
    }
    m_call = m_client->send(m_endpoint, m_credentials, AuthCalls::currentCredential(m_endpoint));
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
                finish(Outcome::Refused, QStringLiteral("the request was refused"));
                return;
            case CredentialStatus::Expired:
                finish(Outcome::Expired,
                    QStringLiteral("the consumer key expired before it could be used"));
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
            QStringLiteral("checking the consumer key failed: %1").arg(call.errorString));
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
    QString why = QStringLiteral("no validation within %1 s").arg(m_options.timeoutSeconds);
    if (m_result.invalidCredentialPolls > 0 && m_result.pendingPolls == 0) {
        why = QStringLiteral("not validated within %1 s (if you refused it on OVHcloud's page, "
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
// next event-loop turn (never from inside start()). The call deletes itself afterwards.
ApiCall* sendJobCall(QObject* job, ApiClient* client, const Endpoint& endpoint,
    const Credentials& credentials, const HttpCall& call,
    const std::function<void(const CallResult&)>& done)
{
    if (!client) {
        QTimer::singleShot(0, job, [done] {
            CallResult result;
            result.failure = CallResult::Failure::Network;
            result.errorString = QStringLiteral("no API client");
            done(result);
        });
        return nullptr;
    }
    ApiCall* sent = client->send(endpoint, credentials, call);
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
