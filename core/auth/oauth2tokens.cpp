#include "auth/oauth2tokens.h"

#include "auth/oauth2token.h"
#include "base/coretr.h"
#include "net/boundedreply.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkRequest>
#include <QTimer>

#include <limits>

namespace Ovh {

namespace {

constexpr qint64 MaxAnswerBytes = 64 * 1024;
constexpr qint64 RenewMarginMs = 60 * 1000;

} // namespace

OAuth2Tokens::OAuth2Tokens(QNetworkAccessManager* nam, QObject* parent)
    : BearerSource(parent)
    , m_nam(nam)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

OAuth2Tokens::~OAuth2Tokens() = default;

void OAuth2Tokens::setTokenUrl(const Endpoint& endpoint, const QUrl& url)
{
    if (url.isEmpty())
        m_tokenUrls.remove(endpoint.baseUrl);
    else
        m_tokenUrls.insert(endpoint.baseUrl, url);
}

QUrl OAuth2Tokens::tokenUrl(const Endpoint& endpoint) const
{
    return m_tokenUrls.value(endpoint.baseUrl, OAuth2::defaultTokenUrl(endpoint));
}

QString OAuth2Tokens::keyFor(const Endpoint& endpoint, const Credentials& credentials) const
{
    // Opaque: the key travels in signals and must not show the secret.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(tokenUrl(endpoint).toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(credentials.clientId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(credentials.clientSecret.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray OAuth2Tokens::validToken(const QString& key) const
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.constEnd() || entry->token.isEmpty() || m_clock() >= entry->renewAtMs)
        return QByteArray();
    return entry->token;
}

void OAuth2Tokens::invalidate(const QString& key, const QByteArray& token)
{
    auto entry = m_entries.find(key);
    if (entry != m_entries.end() && entry->token == token)
        entry->token.clear();
}

void OAuth2Tokens::answerLater(const QString& key, const QString& error)
{
    QTimer::singleShot(0, this, [this, key, error] { emit answered(key, QByteArray(), error); });
}

void OAuth2Tokens::fetch(
    const Endpoint& endpoint, const Credentials& credentials, QDeadlineTimer deadline)
{
    const QString key = keyFor(endpoint, credentials);
    Entry& entry = m_entries[key];
    if (entry.request)
        return; // its answer serves every call waiting for this account
    const QUrl url = tokenUrl(endpoint);
    if (url.isEmpty()) {
        return answerLater(key,
            AuthTr::tr("%1 has no OAuth2 service accounts (ovh-eu, ovh-ca and ovh-us have); give "
                       "the token URL")
                .arg(endpoint.displayName()));
    }
    if (const QString problem = OAuth2::tokenUrlProblem(url); !problem.isEmpty())
        return answerLater(key, AuthTr::tr("token URL: %1").arg(problem));
    if (!credentials.hasOAuth2())
        return answerLater(key, credentials.missing());

    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization",
        OAuth2::basicAuthorization(credentials.clientId, credentials.clientSecret));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArray("ovh-api-explorer/" OVH_VERSION));
    BoundedReply::Limits limits;
    limits.maxBytes = MaxAnswerBytes;
    limits.deadline = qMin(deadline, QDeadlineTimer(m_timeoutMs));
    ++m_requestCount;
    auto* reply = new BoundedReply(
        BoundedReply::send(m_nam, request, QByteArrayLiteral("POST"), OAuth2::requestBody()),
        limits, this);
    entry.request = reply;
    connect(reply, &BoundedReply::finished, this,
        [this, key, reply, url] { onAnswered(key, reply, url); });
}

void OAuth2Tokens::onAnswered(const QString& key, BoundedReply* reply, const QUrl& url)
{
    reply->deleteLater();
    Entry& entry = m_entries[key];
    entry.request = nullptr;
    if (!reply->isComplete() || reply->status() == 0) {
        const QString why
            = reply->errorString().isEmpty() ? AuthTr::tr("no HTTP answer") : reply->errorString();
        entry.token.clear();
        emit answered(key, QByteArray(),
            AuthTr::tr("cannot get an OAuth2 token from %1: %2").arg(url.toString(), why));
        return;
    }
    QString error;
    const std::optional<OAuth2::Token> token
        = OAuth2::parseAnswer(reply->status(), reply->body(), &error);
    if (!token) {
        entry.token.clear();
        emit answered(key, QByteArray(),
            AuthTr::tr("no OAuth2 token from %1: %2").arg(url.toString(), error));
        return;
    }
    entry.token = token->accessToken;
    if (token->expiresInSeconds <= 0) {
        entry.renewAtMs = std::numeric_limits<qint64>::max(); // until the API refuses it
    } else {
        const qint64 lifetimeMs = token->expiresInSeconds * 1000;
        entry.renewAtMs = m_clock() + lifetimeMs - qMin(RenewMarginMs, lifetimeMs / 2);
    }
    emit answered(key, entry.token, QString());
}

} // namespace Ovh
