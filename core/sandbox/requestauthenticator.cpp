#include "sandbox/requestauthenticator.h"

#include "net/requestsigner.h"

namespace Ovh {

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool RequestAuthenticator::signatureMatches(
    const IncomingCall& call, const SandboxApplication& application) const
{
    bool ok = false;
    const qint64 timestamp = call.timestamp.toLongLong(&ok);
    if (!ok || call.signature.isEmpty())
        return false;
    // The timestamp is hashed as the client sent it; toLongLong() only vetted it.
    const auto expected = [&](const QByteArray& url) {
        return RequestSigner::signature(
            application.secret, call.consumerKey, call.method, url, call.body, timestamp);
    };
    if (QByteArray::number(timestamp) != call.timestamp)
        return false;
    if (constantTimeEquals(expected(call.url), call.signature))
        return true;
    return m_acceptPortless && !call.portlessUrl.isEmpty()
        && constantTimeEquals(expected(call.portlessUrl), call.signature);
}

AuthResult RequestAuthenticator::check(
    const IncomingCall& call, AuthRequirement requirement, bool checkRules, qint64 now) const
{
    AuthResult result;
    result.application = m_store.application(call.applicationKey);
    if (!result.application) {
        result.error
            = SandboxReply::ovhError(403, "INVALID_KEY", QStringLiteral("Invalid application key"));
        return result;
    }
    if (requirement == AuthRequirement::Application)
        return result;

    if (call.consumerKey.isEmpty()) {
        result.error
            = SandboxReply::ovhError(401, "NOT_CREDENTIAL", QStringLiteral("You must login first"));
        return result;
    }
    const SandboxCredential* credential = m_store.byConsumerKey(call.consumerKey);
    if (!credential || credential->applicationKey != result.application->key
        || (requirement == AuthRequirement::Credential && !credential->isUsableAt(now))) {
        result.error = SandboxReply::ovhError(
            403, "INVALID_CREDENTIAL", QStringLiteral("This credential is not valid"));
        return result;
    }

    bool timestampOk = false;
    const qint64 timestamp = call.timestamp.toLongLong(&timestampOk);
    if (!timestampOk || timestamp < now - m_window || timestamp > now + m_window) {
        result.error
            = SandboxReply::ovhError(400, "QUERY_TIME_OUT", QStringLiteral("Query out of time"));
        return result;
    }
    if (!signatureMatches(call, *result.application)) {
        result.error
            = SandboxReply::ovhError(400, "INVALID_SIGNATURE", QStringLiteral("Invalid signature"));
        return result;
    }
    if (!credential->allowsAddress(call.remoteAddress)) {
        result.error = SandboxReply::ovhError(403, "NOT_GRANTED_CALL",
            QStringLiteral("This call has not been granted: address not allowed"));
        return result;
    }
    const QString method = QString::fromLatin1(call.method);
    if (checkRules && !credential->grants(method, call.path)
        && !credential->grants(method, call.decodedPath)) {
        result.error = SandboxReply::ovhError(
            403, "NOT_GRANTED_CALL", QStringLiteral("This call has not been granted"));
        return result;
    }
    result.credential = credential;
    return result;
}

} // namespace Ovh
