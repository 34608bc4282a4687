// The pure parts of a log-in: access rules (recursive rules for an operation, presets,
// normalising, parsing), the body of POST /auth/credential and the key description
// GET /auth/currentCredential answers. The flow itself: tst_credentialrequest.
#include "auth/authcalls.h"
#include "auth/credentialinfo.h"
#include "base/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::CredentialRules)

namespace {

CredentialRule rule(const char* method, const char* path)
{
    return { QString::fromLatin1(method), QString::fromLatin1(path) };
}

} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT

private slots:
    void recursiveRules_data();
    void recursiveRules();
    void presets();
    void forOperation_data();
    void forOperation();
    void parseRule_data();
    void parseRule();
    void requestBody();
    void credentialInfoFromJson();
};

void TestAccessRules::recursiveRules_data()
{
    QTest::addColumn<QStringList>("methods");
    QTest::addColumn<QString>("path");
    QTest::addColumn<CredentialRules>("expected");

    const QStringList get { QStringLiteral("GET") };
    QTest::newRow("plain") << get << QStringLiteral("/ip")
                           << CredentialRules { rule("GET", "/ip"), rule("GET", "/ip/*") };
    QTest::newRow("trailing slash") << get << QStringLiteral("/ip/")
                                    << CredentialRules { rule("GET", "/ip"), rule("GET", "/ip/*") };
    QTest::newRow("already a wildcard")
        << get << QStringLiteral("/ip/*")
        << CredentialRules { rule("GET", "/ip"), rule("GET", "/ip/*") };
    QTest::newRow("spaces") << get << QStringLiteral("  /me ")
                            << CredentialRules { rule("GET", "/me"), rule("GET", "/me/*") };
    QTest::newRow("no leading slash")
        << get << QStringLiteral("domain")
        << CredentialRules { rule("GET", "/domain"), rule("GET", "/domain/*") };
    QTest::newRow("deep") << get << QStringLiteral("/domain/zone/example.com")
                          << CredentialRules { rule("GET", "/domain/zone/example.com"),
                                 rule("GET", "/domain/zone/example.com/*") };
    QTest::newRow("root") << get << QStringLiteral("/") << CredentialRules { rule("GET", "/*") };
    QTest::newRow("root wildcard")
        << get << QStringLiteral("/*") << CredentialRules { rule("GET", "/*") };
    QTest::newRow("empty") << get << QString() << CredentialRules { rule("GET", "/*") };
    QTest::newRow("two methods, lower case")
        << QStringList { QStringLiteral("get"), QStringLiteral("POST") }
        << QStringLiteral("/domain")
        << CredentialRules { rule("GET", "/domain"), rule("GET", "/domain/*"),
               rule("POST", "/domain"), rule("POST", "/domain/*") };
    QTest::newRow("duplicate methods")
        << QStringList { QStringLiteral("PUT"), QStringLiteral("PUT") } << QStringLiteral("/me")
        << CredentialRules { rule("PUT", "/me"), rule("PUT", "/me/*") };
}

void TestAccessRules::recursiveRules()
{
    QFETCH(QStringList, methods);
    QFETCH(QString, path);
    QFETCH(CredentialRules, expected);
    QCOMPARE(AccessRules::recursive(methods, path), expected);
}

void TestAccessRules::presets()
{
    QCOMPARE(AccessRules::readOnly(), CredentialRules { rule("GET", "/*") });
    QCOMPARE(AccessRules::fullAccess(),
        (CredentialRules {
            rule("GET", "/*"), rule("POST", "/*"), rule("PUT", "/*"), rule("DELETE", "/*") }));
    QCOMPARE(
        AccessRules::normalized({ rule("get", "/me"), rule("GET", "/me"), rule("GET", "/ip") }),
        (CredentialRules { rule("GET", "/me"), rule("GET", "/ip") }));
}

void TestAccessRules::forOperation_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no parameter") << "GET"
                                  << "/me"
                                  << "GET /me";
    QTest::newRow("one") << "POST"
                         << "/domain/zone/{zoneName}/record"
                         << "POST /domain/zone/*/record";
    QTest::newRow("two") << "delete"
                         << "/domain/zone/{zoneName}/record/{id}"
                         << "DELETE /domain/zone/*/record/*";
    QTest::newRow("ip block") << "GET"
                              << "/ip/{ip}/reverse/{ipReverse}"
                              << "GET /ip/*/reverse/*";
    QTest::newRow("query dropped") << "GET"
                                   << "/domain?whoisOwner=x"
                                   << "GET /domain";
    QTest::newRow("two-segment product") << "PUT"
                                         << "/hosting/web/{serviceName}"
                                         << "PUT /hosting/web/*";
}

void TestAccessRules::forOperation()
{
    QFETCH(QString, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, expected);
    QCOMPARE(AccessRules::forOperation(method, pathTemplate).toString(), expected);
}

void TestAccessRules::parseRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::newRow("simple") << "GET /*"
                            << "GET /*";
    QTest::newRow("lower case, spaces") << "  post   /domain/* "
                                        << "POST /domain/*";
    QTest::newRow("no path") << "GET" << QString();
    QTest::newRow("relative path") << "GET me" << QString();
    QTest::newRow("unknown method") << "PATCH /me" << QString();
    QTest::newRow("three words") << "GET /me /ip" << QString();
    QTest::newRow("empty") << "" << QString();
}

void TestAccessRules::parseRule()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const auto parsed = CredentialRule::parse(text, &error);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), expected);
    }
}

void TestAccessRules::requestBody()
{
    CredentialRequestSpec spec;
    spec.rules = { rule("GET", "/me"), rule("get", "/me") };
    QCOMPARE(spec.body(), QByteArray(R"({"accessRules":[{"method":"GET","path":"/me"}]})"));
    spec.allowedIPs = QStringList { QStringLiteral("192.0.2.0/24") };
    spec.redirection = QUrl(QStringLiteral("https:/"
                                           "/example.com/done"));
    QCOMPARE(spec.body(),
        QByteArray("{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/me\"}],"
                   "\"allowedIPs\":[\"192.0.2.0/24\"],"
                   "\"redirection\":\"https:/"
                   "/example.com/done\"}"));
    const HttpCall call = AuthCalls::requestCredential(
        *Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:8080/1.0")), spec);
    QCOMPARE(call.method, QByteArray("POST"));
    QVERIFY(!call.authenticated);
    QVERIFY(call.url.toString().endsWith(QLatin1String("/1.0/auth/credential")));
}

void TestAccessRules::credentialInfoFromJson()
{
    const QByteArray json = R"({"credentialId":12,"applicationId":4242,
        "creation":"2024-01-02T03:04:05Z","expiration":"2024-01-03T03:04:05+01:00",
        "lastUse":null,"status":"validated","rules":[{"method":"GET","path":"/*"}],
        "allowedIPs":["192.0.2.0/24"],"ovhSupport":false})";
    const auto info = CredentialInfo::fromJson(parseJsonValue(json));
    QVERIFY(info);
    QCOMPARE(info->credentialId, qint64(12));
    QCOMPARE(info->applicationId, qint64(4242));
    QCOMPARE(info->status, CredentialStatus::Validated);
    QCOMPARE(info->creation, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(info->expiration, QDateTime(QDate(2024, 1, 3), QTime(2, 4, 5), Qt::UTC));
    QVERIFY(!info->lastUse.isValid());
    QCOMPARE(info->rules, CredentialRules { rule("GET", "/*") });
    QCOMPARE(info->allowedIPs, QStringList { QStringLiteral("192.0.2.0/24") });
    QCOMPARE(*info->secondsLeft(info->creation), qint64(23 * 3600));
    QVERIFY(!CredentialInfo::fromJson(parseJsonValue("[]")));
    QCOMPARE(credentialStatusFromName(u"pendingValidation"), CredentialStatus::PendingValidation);
    QCOMPARE(credentialStatusFromName(u"what"), CredentialStatus::Unknown);
}

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_accessrules.moc"
