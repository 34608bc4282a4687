#include "sandboxtestcase.h"

#include "net/requestsigner.h"
#include "net/serverclock.h"
#include "testpaths.h"

#include <QDebug>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Ovh;

namespace OvhTest {

QByteArray ClientReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonValue ClientReply::json() const
{
    if (body == "null")
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    // a bare value
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
    return wrapped.array().first();
}

QString ClientReply::errorCode() const
{
    return json().toObject().value(QLatin1String("errorCode")).toString();
}

QString ClientReply::message() const
{
    return json().toObject().value(QLatin1String("message")).toString();
}

SandboxIdentity identityFor(const QString& consumerKey)
{
    SandboxIdentity identity;
    identity.consumerKey = consumerKey.toLatin1();
    return identity;
}

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSandboxQueryId(const QByteArray& id)
{
    static const QRegularExpression pattern(QStringLiteral("^SBX\\.[0-9a-f]{8}\\.[0-9a-f]{8}$"));
    return pattern.match(QString::fromLatin1(id)).hasMatch();
}

SandboxClient::SandboxClient(const QUrl& base)
    : m_base(base)
{ }

ClientReply SandboxClient::call(const QByteArray& method, const QByteArray& relative,
    const QByteArray& body, const SandboxIdentity& identity, Signing signing,
    std::optional<qint64> timestamp)
{
    const QUrl url = QUrl::fromEncoded(m_base.toEncoded() + relative, QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!m_ssl.isNull())
        request.setSslConfiguration(m_ssl);
    const qint64 time = timestamp.value_or(systemUnixTime() + m_offset);
    const RequestSigner signer(QString::fromLatin1(identity.applicationKey),
        QString::fromLatin1(identity.applicationSecret), QString::fromLatin1(identity.consumerKey));
    HeaderList headers = signer.headersAt(method, RequestSigner::wireUrl(url), body, time,
        signing == Signing::Unsigned ? RequestSigner::Auth::Unsigned : RequestSigner::Auth::Signed);
    for (auto& [name, value] : headers) {
        if (signing == Signing::BadSignature && name == "X-Ovh-Signature")
            value = "$1$0000000000000000000000000000000000000000";
        request.setRawHeader(name, value);
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return send(request, method, body);
}

ClientReply SandboxClient::plain(const QByteArray& method, const QUrl& url, const QByteArray& body,
    const QByteArray& contentType)
{
    QNetworkRequest request(url);
    if (!m_ssl.isNull())
        request.setSslConfiguration(m_ssl);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    return send(request, method, body);
}

ClientReply SandboxClient::send(
    QNetworkRequest& request, const QByteArray& method, const QByteArray& body)
{
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    ClientReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    return result;
}

void SandboxTestCase::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(snapshotDir(QStringLiteral("eu")));
    QVERIFY2(m_sandbox->isSchemaValid(), qPrintable(m_sandbox->errorString()));
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_sandbox->port() != 0);
    m_client = std::make_unique<SandboxClient>(m_sandbox->baseUrl());
}

void SandboxTestCase::init()
{
    m_sandbox->setClockSkew(0);
    m_client->setTimeOffset(0);
}

QJsonObject SandboxTestCase::requestCredential(const QJsonArray& rules, const QString& redirection)
{
    QJsonObject body { { QStringLiteral("accessRules"), rules } };
    if (!redirection.isEmpty())
        body.insert(QStringLiteral("redirection"), redirection);
    const ClientReply reply = m_client->call(
        "POST", "/auth/credential", jsonBytes(body), SandboxIdentity(), Signing::Unsigned);
    if (reply.status != 200)
        qWarning() << "credential request failed" << reply.status << reply.body;
    return reply.json().toObject();
}

ClientReply SandboxTestCase::submitValidation(const QString& validationUrl, const QByteArray& form)
{
    return m_client->plain("POST", QUrl(validationUrl), form, "application/x-www-form-urlencoded");
}

} // namespace OvhTest
