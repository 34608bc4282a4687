#pragma once

#include "net/bearersource.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {

class BoundedReply;

// The bearer tokens of OAuth2 service accounts, in memory only: one per token URL + client id
// + secret, requested once however many calls wait for it, renewed when it is due (a minute
// before it expires, or half its lifetime when that is shorter) and after the API refused it.
class OAuth2Tokens final : public BearerSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2Tokens)

public:
    using MsClock = std::function<qint64()>; // milliseconds since the epoch

    // `nam` is owned by the caller and outlives this object.
    explicit OAuth2Tokens(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~OAuth2Tokens() override;

    void setClock(MsClock clock) { m_clock = std::move(clock); } // tests
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // `--token-url`: where the service accounts of `endpoint` get their tokens, instead of
    // OAuth2::defaultTokenUrl(endpoint). An empty URL goes back to the default.
    void setTokenUrl(const Endpoint& endpoint, const QUrl& url);
    QUrl tokenUrl(const Endpoint& endpoint) const;
    // Tokens asked of a token endpoint so far (tests, benchmarks).
    int requestCount() const { return m_requestCount; }

    QString keyFor(const Endpoint& endpoint, const Credentials& credentials) const override;
    QByteArray validToken(const QString& key) const override;
    void fetch(
        const Endpoint& endpoint, const Credentials& credentials, QDeadlineTimer deadline) override;
    void invalidate(const QString& key, const QByteArray& token) override;

private:
    struct Entry
    {
        QByteArray token;
        qint64 renewAtMs = 0;
        QPointer<BoundedReply> request;
    };
    void answerLater(const QString& key, const QString& error);
    void onAnswered(const QString& key, BoundedReply* reply, const QUrl& url);

    QNetworkAccessManager* m_nam;
    MsClock m_clock;
    int m_timeoutMs = 30000;
    int m_requestCount = 0;
    QHash<QString, Entry> m_entries;
    QHash<QUrl, QUrl> m_tokenUrls; // endpoint base URL -> token URL
};

} // namespace Ovh
