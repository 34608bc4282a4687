#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"
#include "net/apiclient.h"
#include "net/callresult.h"

#include <QObject>
#include <QPointer>

namespace Ovh {

// What a person can do about an answer, decided once for the window and the CLI: the refusals
// a new log-in fixes. The words are the caller's.
struct CallGuidance
{
    enum class Kind : quint8 {
        None,
        KeyInvalid, // INVALID_CREDENTIAL: the consumer key expired or was revoked
        RightMissing, // the key is not allowed this call: request `rule`
        ApplicationUnknown, // INVALID_KEY: the endpoint does not know the application key
    };
    Kind kind = Kind::None;
    CredentialRule rule; // RightMissing: the right to request

    // The answer to `request` (as sent), read for what a log-in would fix.
    static CallGuidance of(const CallResult& result, const CallRequest& request);
};

// A call on an account: CallRequest in, CallResult plus guidance out. The one place where a
// CallRequest becomes the signed request on the wire. The server-clock policy is the one of
// every signed call (ApiCall's): the clock of an endpoint is synced before the first signed
// call there (a failed sync is reported, then the local clock signs), and re-synced once after
// an answer that refuses the timestamp.
// One call at a time; another account cancels it, since its answer belongs to the previous one.
class CallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSession)

public:
    // `client` sends (its settings give the timeouts and deadline, its clock signs); owned by
    // the caller, it outlives this session.
    explicit CallSession(ApiClient* client, QObject* parent = nullptr);
    ~CallSession() override;

    const Endpoint& endpoint() const { return m_endpoint; }
    const Credentials& credentials() const { return m_credentials; }
    // What sends its calls; for jobs that send several at once on the same account (FetchAll).
    ApiClient* client() const { return m_client; }

    // The exact call `request` makes on `endpoint`: method, URL, body bytes, signed or not.
    static HttpCall httpCall(const CallRequest& request, const Endpoint& endpoint);

    // Sends `request` to endpoint() with credentials(); finished() follows exactly once, never
    // synchronously. False (and nothing sent) while a call is running.
    bool start(const CallRequest& request);
    bool isRunning() const { return !m_call.isNull(); }
    // The request of the call running, or of the last one.
    const CallRequest& request() const { return m_request; }

public slots:
    // The account calls go to. Another endpoint or other keys cancel the call in flight.
    void setAccount(const Ovh::Endpoint& endpoint, const Ovh::Credentials& credentials);
    // Stops the call in flight, if any: finished() reports it cancelled.
    void cancel();
    // Starts measuring the endpoint's clock now, so that the first call need not wait for it
    // (for a caller that knows it may use the network before any call).
    void prepareClock();

signals:
    // The server's time could not be had before the first call; the local clock signs it.
    void clockUnavailable(const QString& message);
    void finished(const Ovh::CallResult& result, const Ovh::CallGuidance& guidance);

private:
    void onCallFinished(const CallResult& result);

    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    CallRequest m_request;
    QPointer<ApiCall> m_call;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::CallGuidance)
