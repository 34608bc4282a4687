#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>

namespace Ovh {

// Where ApiCall gets the bearer token of an OAuth2 service account (Credentials::hasOAuth2()).
// core/auth's OAuth2Tokens implements it; net only knows this face, so that net does not
// include auth. Tokens are kept in memory only.
class BearerSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BearerSource)

public:
    using QObject::QObject;

    // Which token `credentials` use on `endpoint` (the same for every call of that account).
    virtual QString keyFor(const Endpoint& endpoint, const Credentials& credentials) const = 0;
    // The token kept for `key` while it is not due for renewal; empty otherwise.
    virtual QByteArray validToken(const QString& key) const = 0;
    // Gets a token for the account (joins a request already on its way); answered() follows,
    // never synchronously.
    virtual void fetch(
        const Endpoint& endpoint, const Credentials& credentials, QDeadlineTimer deadline)
        = 0;
    // The API refused `token` (401): it is not kept any more (unless a newer one replaced it).
    virtual void invalidate(const QString& key, const QByteArray& token) = 0;

signals:
    // `token` empty: `error` says why there is none, for a person (never a secret).
    void answered(const QString& key, const QByteArray& token, const QString& error);
};

} // namespace Ovh
