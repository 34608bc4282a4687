#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "net/callresult.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {
class ApiClient;
}

namespace OvhTest {

// The sandbox's validation page as a person uses it: GET shows the form, then POST `form`
// decides ("validity=3600", "validity=0", "action=refuse"). The POST's HTTP status; -1 on a
// time-out, -2 when the page has no validity field.
int decideOnValidationPage(
    QNetworkAccessManager& nam, const QUrl& validationUrl, const QByteArray& form);

// One call through `client`, waited for (a test helper, never production code); an empty
// CallResult on a time-out.
Ovh::CallResult sendAndWait(Ovh::ApiClient* client, const Ovh::Endpoint& endpoint,
    const Ovh::Credentials& credentials, const QByteArray& method, const QString& path,
    const QByteArray& body = QByteArray());

// A consumer key for `application` with `rules`, requested through `client` and validated on
// the sandbox's page as a person would (a key with no expiry); `application` with that key,
// or empty Credentials when it failed.
Ovh::Credentials obtainKey(QNetworkAccessManager& nam, Ovh::ApiClient* client,
    const Ovh::Endpoint& endpoint, Ovh::Credentials application, const Ovh::CredentialRules& rules);

// Sets OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY to the sandbox's demo
// keys, for a program the test starts.
void insertDemoKeys(QProcessEnvironment& environment);

} // namespace OvhTest
