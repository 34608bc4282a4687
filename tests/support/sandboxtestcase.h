#pragma once

#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

// The sandbox's tests: a client that signs with RequestSigner through QNetworkAccessManager,
// what it got back, and a test case that runs one sandbox for all its functions.
namespace OvhTest {

struct ClientReply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray& name) const;
    QByteArray queryId() const { return header("X-Ovh-QueryId"); }
    // The body as JSON, a bare value included.
    QJsonValue json() const;
    QString errorCode() const;
    QString message() const;
};

// Who signs, and how.
struct SandboxIdentity
{
    QByteArray applicationKey = Ovh::SandboxDemo::applicationKey();
    QByteArray applicationSecret = Ovh::SandboxDemo::applicationSecret();
    QByteArray consumerKey = Ovh::SandboxDemo::consumerKey();
};

enum class Signing { Signed, Unsigned, BadSignature };

// The demo application with `consumerKey`.
SandboxIdentity identityFor(const QString& consumerKey);
QByteArray jsonBytes(const QJsonObject& object);
// An X-Ovh-QueryId as the sandbox makes them ("SBX.0123abcd.4567ef89").
bool isSandboxQueryId(const QByteArray& id);

class SandboxClient
{
public:
    explicit SandboxClient(const QUrl& base);

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }
    void setTimeOffset(qint64 seconds) { m_offset = seconds; }

    // `relative` is already encoded ("/domain/zone/example.com/record?fieldType=A").
    ClientReply call(const QByteArray& method, const QByteArray& relative,
        const QByteArray& body = {}, const SandboxIdentity& identity = SandboxIdentity(),
        Signing signing = Signing::Signed, std::optional<qint64> timestamp = std::nullopt);
    // A plain request (the validation page, schema documents).
    ClientReply plain(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
        const QByteArray& contentType = {});

private:
    ClientReply send(QNetworkRequest& request, const QByteArray& method, const QByteArray& body);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QSslConfiguration m_ssl;
    qint64 m_offset = 0;
};

// A test case against one sandbox on the eu snapshot, started once (initTestCase); before each
// function (init) both clocks are true again. QTest runs these inherited slots.
class SandboxTestCase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

protected:
    // POST /auth/credential with the demo application; returns the answer's object.
    QJsonObject requestCredential(const QJsonArray& rules, const QString& redirection = QString());
    ClientReply submitValidation(const QString& validationUrl, const QByteArray& form);

    std::unique_ptr<Ovh::Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

} // namespace OvhTest
