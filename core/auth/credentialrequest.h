#pragma once

#include "auth/accessrules.h"
#include "auth/authcalls.h"
#include "auth/credentialinfo.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "net/apiclient.h"
#include "net/callresult.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Ovh {

// ---- The consumer-key flow -------------------------------------------------------------------

struct CredentialRequestResult
{
    enum class Outcome : quint8 {
        Validated, // consumerKey works, info describes it
        Refused,
        Expired, // the key expired before it could be used
        TimedOut, // no decision before the deadline
        Cancelled,
        Failed, // the request itself failed (bad application key, network, bad rules…)
    };

    Outcome outcome = Outcome::Failed;
    QString consumerKey; // a secret: never log it. Set once POST /auth/credential answered.
    QUrl validationUrl;
    std::optional<CredentialInfo> info; // the last status seen
    QString errorString; // for a person, never holds a secret; empty when validated
    CallResult lastCall; // the last API answer (query id, OVH error)
    // How the polls that meant "keep waiting" were answered: status pendingValidation (the
    // sandbox) or 403 INVALID_CREDENTIAL (the real API, which says the same for a refused key).
    int pendingPolls = 0;
    int invalidCredentialPolls = 0;

    bool isValidated() const { return outcome == Outcome::Validated; }
    // Timed out while the API only said INVALID_CREDENTIAL: it may have been refused on
    // OVHcloud's page, which the API does not tell apart from pending. A UI may say so (the
    // errorString already does).
    bool mayHaveBeenRefused() const
    {
        return outcome == Outcome::TimedOut && invalidCredentialPolls > 0 && pendingPolls == 0;
    }
};

// Why a validation URL a server answered must not be opened (empty when it may): only https,
// or http on a loopback address (the sandbox), never file:, javascript: or a custom scheme.
QString validationUrlProblem(const QUrl& url);

// One consumer-key request: POST /auth/credential, then (once the user has the validation URL)
// GET /auth/currentCredential signed with the new key every pollInterval until the key is
// validated, refused or expired, or until the deadline. Entirely asynchronous: start()
// returns at once; validationRequired() comes first (open the URL in a browser), then
// waiting() once a second, then finished() exactly once, never from inside start().
//
// While the key is pending the real API answers 403 INVALID_CREDENTIAL (the sandbox answers
// status "pendingValidation"): both mean "keep waiting". The real API most likely answers
// INVALID_CREDENTIAL for a refused key too, so there a refusal only ends as TimedOut
// (Outcome::Refused needs a "refused" status, as the sandbox gives); the result then counts
// those polls, mayHaveBeenRefused() is true and errorString mentions the possible refusal.
// Network errors and time-outs of one poll are retried at the next tick; only a bad
// application key or a refused request body end the flow early.
class CredentialRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialRequest)

public:
    struct Options
    {
        int pollIntervalMs = 3000;
        int timeoutSeconds = 600; // from the moment the validation URL is known; 0 = no deadline
    };

    // `client` sends the calls (its ServerClock signs the polls); `credentials` needs the
    // application key and secret (a consumer key in it is ignored).
    CredentialRequest(ApiClient* client, Endpoint endpoint, Credentials application,
        CredentialRequestSpec spec, Options options, QObject* parent = nullptr);
    CredentialRequest(ApiClient* client, Endpoint endpoint, Credentials application,
        CredentialRequestSpec spec, QObject* parent = nullptr);

    void start();
    // Stops waiting: finished() follows with Outcome::Cancelled (the pending key is simply
    // left to expire on the server side). No effect once finished.
    void cancel();

    bool isRunning() const { return m_started && !m_done; }
    const Endpoint& endpoint() const { return m_endpoint; }
    const CredentialRequestSpec& spec() const { return m_spec; }
    QUrl validationUrl() const { return m_result.validationUrl; }
    // Seconds before the deadline; -1 without one or before the validation URL is known.
    int secondsLeft() const;

signals:
    // POST /auth/credential answered: the user must open `validationUrl`.
    void validationRequired(const QUrl& validationUrl);
    // Once a second while waiting (-1 when there is no deadline) and after each poll.
    void waiting(int secondsLeft);
    // After each poll that gave a status (pendingValidation while waiting).
    void statusChanged(Ovh::CredentialStatus status);
    void finished(const Ovh::CredentialRequestResult& result);

private:
    void onCredentialAnswered(const CallResult& call);
    void poll();
    void onPollAnswered(const CallResult& call);
    void tick();
    void finish(CredentialRequestResult::Outcome outcome, const QString& errorString = QString());
    void finishTimedOut();

    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    CredentialRequestSpec m_spec;
    Options m_options;
    QPointer<ApiCall> m_call;
    QTimer m_pollTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_waited;
    CredentialRequestResult m_result;
    bool m_started = false;
    bool m_done = false;
};

// GET /auth/currentCredential for a complete set of keys ("I have keys": check them at once).
class CurrentCredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentCredentialJob)

public:
    CurrentCredentialJob(
        ApiClient* client, Endpoint endpoint, Credentials credentials, QObject* parent = nullptr);
    void start();
    void abort();

signals:
    // `info` is set on a 2xx answer; otherwise `result` says why (INVALID_CREDENTIAL: log in
    // again; INVALID_KEY: wrong application key; …).
    void finished(const Ovh::CallResult& result, const std::optional<Ovh::CredentialInfo>& info);

private:
    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    QPointer<ApiCall> m_call;
};

// POST /auth/logout: the consumer key expires; forget it afterwards (SecretStore::remove).
class LogoutJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoutJob)

public:
    LogoutJob(
        ApiClient* client, Endpoint endpoint, Credentials credentials, QObject* parent = nullptr);
    void start();
    void abort();

signals:
    void finished(const Ovh::CallResult& result);

private:
    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    QPointer<ApiCall> m_call;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::CredentialRequestResult)
