#include "sandboxflow.h"

#include "net/apiclient.h"
#include "sandbox/sandboxdemo.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace OvhTest {

namespace {

constexpr int kWaitMs = 10000;

// Waits for `reply`; false on a time-out. The caller deletes it (deleteLater() before the
// wait would let the wait's own event loop delete it).
bool finished(QNetworkReply* reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    return reply->isFinished() || done.wait(kWaitMs);
}

} // namespace

int decideOnValidationPage(
    QNetworkAccessManager& nam, const QUrl& validationUrl, const QByteArray& form)
{
    QNetworkReply* page = nam.get(QNetworkRequest(validationUrl));
    const bool shown = finished(page) && page->readAll().contains("name=\"validity\"");
    page->deleteLater();
    if (!shown)
        return page->isFinished() ? -2 : -1;

    QNetworkRequest request(validationUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = nam.post(request, form);
    const int status
        = finished(reply) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
    reply->deleteLater();
    return status;
}

Ovh::CallResult sendAndWait(Ovh::ApiClient* client, const Ovh::Endpoint& endpoint,
    const Ovh::Credentials& credentials, const QByteArray& method, const QString& path,
    const QByteArray& body)
{
    Ovh::ApiCall* call = client->send(
        endpoint, credentials, Ovh::HttpCall { method, endpoint.url(path), body, true });
    QSignalSpy done(call, &Ovh::ApiCall::finished);
    const bool answered = done.wait(kWaitMs);
    call->deleteLater();
    if (!answered)
        return {};
    return done.first().first().value<Ovh::CallResult>();
}

Ovh::Credentials obtainKey(QNetworkAccessManager& nam, Ovh::ApiClient* client,
    const Ovh::Endpoint& endpoint, Ovh::Credentials application, const Ovh::CredentialRules& rules)
{
    Ovh::CredentialRequestSpec spec;
    spec.rules = rules;
    Ovh::CredentialRequest::Options options;
    options.pollIntervalMs = 100;
    options.timeoutSeconds = 30;
    application.consumerKey.clear();
    Ovh::CredentialRequest request(client, endpoint, application, spec, options);
    QObject::connect(
        &request, &Ovh::CredentialRequest::validationRequired, &request, [&nam](const QUrl& url) {
            decideOnValidationPage(nam, url, QByteArrayLiteral("validity=0"));
        });
    QSignalSpy finished(&request, &Ovh::CredentialRequest::finished);
    request.start();
    if (!finished.wait(40000))
        return {};
    const auto result = finished.first().first().value<Ovh::CredentialRequestResult>();
    if (!result.isValidated())
        return {};
    application.consumerKey = result.consumerKey;
    return application;
}

void insertDemoKeys(QProcessEnvironment& environment)
{
    environment.insert(QStringLiteral("OVH_APPLICATION_KEY"),
        QString::fromLatin1(Ovh::SandboxDemo::kApplicationKey));
    environment.insert(QStringLiteral("OVH_APPLICATION_SECRET"),
        QString::fromLatin1(Ovh::SandboxDemo::kApplicationSecret));
    environment.insert(
        QStringLiteral("OVH_CONSUMER_KEY"), QString::fromLatin1(Ovh::SandboxDemo::kConsumerKey));
}

} // namespace OvhTest
