#pragma once

#include "net/requestsigner.h"
#include "sandbox/credentialstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTemporaryDir;
QT_END_NAMESPACE

namespace Ovh {

class DemoAccount;
class RequestAuthenticator;
class RequestTargetTap;
class SandboxSchemaChecker;
class SandboxTokenIssuer;
class SandboxThrottle;
class SnapshotServer;
class SandboxV2Branch;
struct IncomingCall;
struct SandboxCertificate;
struct SandboxReply;

// One API call as the sandbox received it, before it is judged (Sandbox::requestReceived).
struct SandboxRequestRecord
{
    QByteArray method; // "GET"
    QByteArray target; // the raw request target, byte for byte: "/1.0/ip/1.2.3.0%2F29/reverse?a=b"
    QString path; // relative to the base path, percent-decoded: "/ip/1.2.3.0/29/reverse"
    QList<std::pair<QString, QString>> query; // decoded (name, value) pairs, in order
    QByteArray body; // raw body bytes
    QList<std::pair<QByteArray, QByteArray>> headers; // as received, in order

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray& name) const;
};

// A local server that behaves like the OVH API v1 closely enough for the CLI, the GUI, the
// tests and the official wrappers (see sandboxdemo.h for the demo application, consumer key
// and account it starts with). Under <base> = /1.0 it:
//  - serves the snapshot's index (GET <base>/) and product schemas (GET <base>/domain.json)
//    through a SnapshotServer, with ETag / Last-Modified;
//  - answers GET <base>/auth/time with its clock (system time + setClockSkew());
//  - runs the consumer-key flow: POST <base>/auth/credential (X-Ovh-Application only) gives
//    {validationUrl, consumerKey, state:"pendingValidation"}; the validationUrl is its page
//    <origin>/auth/?credentialToken=… (GET shows the rules and a form; a form POST with
//    `validity` = seconds, 0 = unlimited, validates; `action=refuse` refuses);
//    GET <base>/auth/currentCredential (signed) describes the key whatever its state (so a
//    client can poll it while waiting for validation); POST <base>/auth/logout expires it;
//  - checks every other call: path and method against the schema (404, 405), authentication
//    like the API (RequestAuthenticator: INVALID_KEY, NOT_CREDENTIAL, INVALID_CREDENTIAL,
//    QUERY_TIME_OUT, INVALID_SIGNATURE, NOT_GRANTED_CALL; noAuthentication operations need
//    only X-Ovh-Application), then parameters (400 naming the parameter);
//  - answers the getting-started calls from an in-memory DemoAccount and every other
//    operation with a value synthesised from its responseType;
//  - serves <origin>/createToken/?GET=/me&… (and /createApp/), where the code tabs' links lead:
//    the demo application and a new consumer key validated with exactly those rules;
//  - serves a /v2 branch (SandboxV2Branch) beside <base>, with cursor-paged demo lists;
//  - puts an X-Ovh-QueryId ("SBX.<counter>.<random>") on every response.
// The signature is checked over scheme://<Host header><request target as received> and the
// raw body: the target's bytes are taken from the socket (RequestTargetTap), not from QUrl.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    // `snapshotDir`: a folder laid out like the API (index.json, domain.json, hosting/web.json…)
    // or a resource path; empty means the bundled eu snapshot.
    explicit Sandbox(const QString& snapshotDir = QString(), QObject* parent = nullptr);
    ~Sandbox() override;

    static QString bundledSnapshotDir(); // ":/snapshots/eu/1.0"
    // The /v2 branch (see SandboxV2Branch), from a folder laid out like the v2 API; by default
    // the bundled eu v2 snapshot when there is one. Call before listen(); empty: no /v2.
    void setV2SnapshotDir(const QString& snapshotDir);
    bool hasV2() const { return m_v2 != nullptr; }
    // "http://127.0.0.1:<port>/v2"
    QUrl v2BaseUrl() const;
    QString snapshotDir() const { return m_snapshotDir; }
    // False when the snapshot's index cannot be read (errorString() says why).
    bool isSchemaValid() const;

    // HTTPS: call before listen(). Makes a self-signed certificate (see SandboxCertificate)
    // in a temporary folder the sandbox owns and removes.
    bool enableTls(QString* error = nullptr);
    bool isTls() const { return m_tls; }
    QString certificatePath() const;
    QByteArray certificatePem() const;
    QSslCertificate certificate() const;

    // Port 0 picks an ephemeral port. Loopback by default.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    // "http://127.0.0.1:<port>/1.0" (https with TLS), what an Endpoint takes.
    QUrl baseUrl() const;

    // The sandbox's clock: system time + skew.
    void setClockSkew(qint64 seconds) { m_skew = seconds; }
    qint64 clockSkew() const { return m_skew; }
    qint64 now() const;
    // Accepted distance between X-Ovh-Timestamp and now(), 180 s by default.
    void setTimeWindow(qint64 seconds);
    // See RequestAuthenticator::setAcceptPortlessUrl (on by default, for the npm wrapper).
    void setAcceptPortlessSignatures(bool accept);

    // More identities (tests). The demo application and consumer key always exist.
    void addApplication(const QByteArray& key, const QByteArray& secret, const QString& name);
    // A consumer key validated from the start, for `applicationKey`; false when the
    // application is unknown. validitySeconds 0 = unlimited.
    bool addConsumerKey(const QByteArray& applicationKey, const QByteArray& consumerKey,
        const QList<AccessRule>& rules, qint64 validitySeconds = 0);
    CredentialStore& credentials() { return *m_credentials; }
    DemoAccount& account() { return *m_account; }
    // The OAuth2 token endpoint, POST <origin>/auth/oauth2/token (see sandboxoauth2.h).
    SandboxTokenIssuer& oauth2() { return *m_oauth2; }

    int requestCount() const { return m_requestCount; }
    // The rate limit of detail calls (see SandboxThrottle); off by default.
    SandboxThrottle& throttle() { return *m_throttle; }

signals:
    // Before each API call under the base path is answered, whatever the answer will be
    // (schema documents, the base path itself, the validation page and other URLs excepted).
    void requestReceived(const Ovh::SandboxRequestRecord& request);
    // After each answer: method, path as received (no query), HTTP status, query id.
    void requestHandled(
        const QByteArray& method, const QByteArray& path, int status, const QByteArray& queryId);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    SandboxReply answer(const IncomingCall& call, const QByteArray& rawPath,
        const QByteArray& rawQuery, const QByteArray& origin, bool v2,
        const QList<std::pair<QByteArray, QByteArray>>& headers);
    SandboxReply answerCredentialRequest(const IncomingCall& call, const QByteArray& origin);
    SandboxReply answerCreateTokenPage(const QByteArray& rawQuery);
    SandboxReply answerValidationPage(
        const QByteArray& method, const QByteArray& rawQuery, const QByteArray& body);
    void send(
        QHttpServerResponder& responder, const SandboxReply& reply, const QByteArray& queryId);
    QByteArray nextQueryId();

    QString m_snapshotDir;
    QString m_basePath = QStringLiteral("/1.0");
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<SandboxSchemaChecker> m_schema;
    std::unique_ptr<DemoAccount> m_account;
    std::unique_ptr<SandboxTokenIssuer> m_oauth2;
    std::unique_ptr<SandboxThrottle> m_throttle;
    std::unique_ptr<SnapshotServer> m_snapshot;
    std::unique_ptr<SandboxV2Branch> m_v2;
    std::unique_ptr<QHttpServer> m_server;
    RequestTargetTap* m_tap = nullptr; // child
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    std::unique_ptr<SandboxCertificate> m_certificate;

    bool m_tls = false;
    quint16 m_port = 0;
    QString m_error;
    qint64 m_skew = 0;
    int m_requestCount = 0;
    quint32 m_queryCounter = 0;
    QByteArray m_currentQueryId;
    int m_lastSnapshotStatus = 0;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::SandboxRequestRecord)
