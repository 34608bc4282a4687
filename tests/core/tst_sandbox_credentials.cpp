// The consumer-key flow on the sandbox: request, the validation page, refusal, expiry and the
// request's errors.
#include "sandboxtestcase.h"

#include <QDateTime>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// One rule: GET /*.
QJsonArray readEverything()
{
    return { QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
        { QStringLiteral("path"), QStringLiteral("/*") } } };
}

// The status /auth/currentCredential gives the key of `identity`.
QString credentialStatus(SandboxClient& client, const SandboxIdentity& identity)
{
    return client.call("GET", "/auth/currentCredential", {}, identity)
        .json()
        .toObject()
        .value(QLatin1String("status"))
        .toString();
}

} // namespace

class TestSandboxCredentials final : public SandboxTestCase
{
    Q_OBJECT

private slots:
    void credentialFlow();
    void credentialRefused();
    void credentialExpiry();
    void credentialRequestErrors();
    void validationPageErrors();
};

void TestSandboxCredentials::credentialFlow()
{
    const QJsonArray rules { QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                                 { QStringLiteral("path"), QStringLiteral("/me") } },
        QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("path"), QStringLiteral("/domain/*") } } };
    const QJsonObject answer = requestCredential(rules, QStringLiteral("https://example.com/done"));
    QCOMPARE(answer.value(QLatin1String("state")).toString(), QStringLiteral("pendingValidation"));
    const QString consumerKey = answer.value(QLatin1String("consumerKey")).toString();
    const QString validationUrl = answer.value(QLatin1String("validationUrl")).toString();
    QCOMPARE(consumerKey.size(), 32);
    QVERIFY2(
        validationUrl.startsWith(
            QStringLiteral("http://127.0.0.1:%1/auth/?credentialToken=").arg(m_sandbox->port())),
        qPrintable(validationUrl));
    const SandboxIdentity identity = identityFor(consumerKey);

    // Pending: calls are refused, the credential can be polled.
    const ClientReply refused = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    const ClientReply pending = m_client->call("GET", "/auth/currentCredential", {}, identity);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json().toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("pendingValidation"));

    // The page shows the rules and a form.
    const ClientReply page = m_client->plain("GET", QUrl(validationUrl));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("/domain/*"));
    QVERIFY(page.body.contains("name=\"validity\""));
    QVERIFY(page.body.contains("value=\"refuse\""));
    QVERIFY(!page.queryId().isEmpty());

    const ClientReply validated = submitValidation(validationUrl, "validity=3600");
    QVERIFY2(validated.status == 200, validated.body.constData());
    QVERIFY(validated.body.contains("https://example.com/done")); // offered, not followed

    const qint64 now = systemUnixTime();
    const ClientReply current = m_client->call("GET", "/auth/currentCredential", {}, identity);
    QCOMPARE(current.status, 200);
    const QJsonObject credential = current.json().toObject();
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("validated"));
    QCOMPARE(
        credential.value(QLatin1String("applicationId")).toInteger(), SandboxDemo::kApplicationId);
    QVERIFY(credential.value(QLatin1String("credentialId")).toInteger() > 0);
    QCOMPARE(credential.value(QLatin1String("rules")).toArray(), rules);
    const QDateTime expiration = QDateTime::fromString(
        credential.value(QLatin1String("expiration")).toString(), Qt::ISODate);
    QVERIFY(expiration.isValid());
    QVERIFY(qAbs(expiration.toSecsSinceEpoch() - (now + 3600)) <= 2);
    QVERIFY(
        QDateTime::fromString(credential.value(QLatin1String("creation")).toString(), Qt::ISODate)
            .isValid());
    QVERIFY(credential.value(QLatin1String("allowedIPs")).isNull());

    const ClientReply me = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(me.status, 200);
    const QJsonObject used
        = m_client->call("GET", "/auth/currentCredential", {}, identity).json().toObject();
    QVERIFY(QDateTime::fromString(used.value(QLatin1String("lastUse")).toString(), Qt::ISODate)
                .isValid());
    QCOMPARE(m_client->call("GET", "/domain/zone", {}, identity).status, 200);
    QCOMPARE(m_client->call("GET", "/domain", {}, identity).errorCode(),
        QStringLiteral("NOT_GRANTED_CALL"));

    // Deciding twice is refused.
    QCOMPARE(submitValidation(validationUrl, "validity=0").status, 409);

    // Logout expires the key.
    const ClientReply logout = m_client->call("POST", "/auth/logout", {}, identity);
    QCOMPARE(logout.status, 200);
    const ClientReply after = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(after.status, 403);
    QCOMPARE(after.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    QCOMPARE(credentialStatus(*m_client, identity), QStringLiteral("expired"));
    QCOMPARE(m_client->call("POST", "/auth/logout", {}, identity).status, 403);
}

void TestSandboxCredentials::credentialRefused()
{
    const QJsonObject answer = requestCredential(readEverything());
    const SandboxIdentity identity
        = identityFor(answer.value(QLatin1String("consumerKey")).toString());
    const ClientReply refused = submitValidation(
        answer.value(QLatin1String("validationUrl")).toString(), "action=refuse");
    QCOMPARE(refused.status, 200);
    QCOMPARE(credentialStatus(*m_client, identity), QStringLiteral("refused"));
    QCOMPARE(m_client->call("GET", "/me", {}, identity).errorCode(),
        QStringLiteral("INVALID_CREDENTIAL"));
    // A refused request cannot be validated afterwards.
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(), "validity=0")
                 .status,
        409);
}

void TestSandboxCredentials::credentialExpiry()
{
    const QJsonObject answer = requestCredential(readEverything());
    const SandboxIdentity identity
        = identityFor(answer.value(QLatin1String("consumerKey")).toString());
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(),
                 "validity=60&action=validate")
                 .status,
        200);
    QCOMPARE(m_client->call("GET", "/me", {}, identity).status, 200);

    // Two minutes later on the sandbox's clock (the client follows, as ServerClock would).
    m_sandbox->setClockSkew(120);
    m_client->setTimeOffset(120);
    const ClientReply expired = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    QCOMPARE(credentialStatus(*m_client, identity), QStringLiteral("expired"));

    // Unlimited validity: no expiration at all.
    const QJsonObject unlimited = requestCredential(readEverything());
    QCOMPARE(
        submitValidation(unlimited.value(QLatin1String("validationUrl")).toString(), "validity=0")
            .status,
        200);
    const QJsonObject credential
        = m_client
              ->call("GET", "/auth/currentCredential", {},
                  identityFor(unlimited.value(QLatin1String("consumerKey")).toString()))
              .json()
              .toObject();
    QCOMPARE(credential.value(QLatin1String("status")).toString(), QStringLiteral("validated"));
    QVERIFY(credential.value(QLatin1String("expiration")).isNull());
}

void TestSandboxCredentials::credentialRequestErrors()
{
    SandboxIdentity stranger;
    stranger.applicationKey = "unknownAppKey000";
    const QByteArray body = "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}";
    const ClientReply unknown
        = m_client->call("POST", "/auth/credential", body, stranger, Signing::Unsigned);
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_KEY"));

    const ClientReply noRules
        = m_client->call("POST", "/auth/credential", "{}", SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(noRules.status, 400);
    QVERIFY(noRules.message().contains(QLatin1String("accessRules")));

    const ClientReply badMethod = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"PATCH\",\"path\":\"/*\"}]}", SandboxIdentity(),
        Signing::Unsigned);
    QCOMPARE(badMethod.status, 400);
    QVERIFY(badMethod.message().contains(QLatin1String("method")));

    const ClientReply badIp = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}],\"allowedIPs\":[\"nope\"]}",
        SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(badIp.status, 400);

    // Allowed IPs are honoured: a key limited to another network is refused from loopback.
    const ClientReply limited = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}],\"allowedIPs\":[\"192.0.2.0/"
        "24\"]}",
        SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(limited.status, 200);
    const QJsonObject answer = limited.json().toObject();
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(), "validity=0")
                 .status,
        200);
    const ClientReply blocked = m_client->call(
        "GET", "/me", {}, identityFor(answer.value(QLatin1String("consumerKey")).toString()));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.errorCode(), QStringLiteral("NOT_GRANTED_CALL"));
}

void TestSandboxCredentials::validationPageErrors()
{
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    QCOMPARE(
        m_client->plain("GET", QUrl(origin + QStringLiteral("/auth/?credentialToken=nope"))).status,
        404);
    const QJsonObject answer = requestCredential(readEverything());
    const QString url = answer.value(QLatin1String("validationUrl")).toString();
    QCOMPARE(submitValidation(url, "validity=soon").status, 400);
    QCOMPARE(submitValidation(url, "").status, 400);
    QCOMPARE(submitValidation(url, "validity=-5").status, 400);
    QCOMPARE(submitValidation(url, "validity=86400").status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxCredentials)
#include "tst_sandbox_credentials.moc"
