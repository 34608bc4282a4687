// The pure rules behind the login dialogs: expiry and broad-rights advice, presets, IP blocks,
// the mapping of a failed key check, and the createApp/createToken pages.
#include "auth/applicationpages.h"
#include "auth/credentialadvice.h"

#include <QTest>

Q_DECLARE_METATYPE(Ovh::CredentialRules)

using namespace Ovh;
using namespace Ovh::CredentialAdvice;

namespace {

CredentialRule rule(const char* method, const char* path)
{
    return { QString::fromLatin1(method), QString::fromLatin1(path) };
}

CredentialInfo expiringIn(qint64 seconds, const QDateTime& now)
{
    CredentialInfo info;
    info.status = CredentialStatus::Validated;
    info.expiration = now.addSecs(seconds);
    return info;
}

CallResult answer(int status, const char* code)
{
    CallResult result;
    result.status = status;
    result.error.errorCode = QString::fromLatin1(code);
    return result;
}

} // namespace

class TestCredentialAdvice : public QObject
{
    Q_OBJECT

private slots:
    void expiry_data();
    void expiry();
    void broad_data();
    void broad();
    void presets();
    void ipBlocks_data();
    void ipBlocks();
    void splitting();
    void keyProblems();
    void pages_data();
    void pages();
};

void TestCredentialAdvice::expiry_data()
{
    QTest::addColumn<qint64>("secondsLeft"); // -1: no expiry
    QTest::addColumn<bool>("soon");
    QTest::addColumn<bool>("expired");
    QTest::newRow("no expiry") << qint64(-1) << false << false;
    QTest::newRow("in 30 days") << qint64(30 * 86400) << false << false;
    QTest::newRow("in exactly 7 days") << qint64(7 * 86400) << false << false;
    QTest::newRow("in 6 days 23 h") << qint64(7 * 86400 - 3600) << true << false;
    QTest::newRow("in one hour") << qint64(3600) << true << false;
    QTest::newRow("just past") << qint64(-60) << true << true;
}

void TestCredentialAdvice::expiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(bool, soon);
    QFETCH(bool, expired);
    const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    CredentialInfo info;
    info.status = CredentialStatus::Validated;
    if (secondsLeft != -1)
        info = expiringIn(secondsLeft, now);
    QCOMPARE(expiresSoon(info, now), soon);
    QCOMPARE(isExpired(info, now), expired);
    QCOMPARE(expiresSoon(expiringIn(2 * 86400, now), now, 1), false); // days is a parameter
}

void TestCredentialAdvice::broad_data()
{
    QTest::addColumn<CredentialRules>("rules");
    QTest::addColumn<QStringList>("broad");
    QTest::newRow("read-only") << AccessRules::readOnly() << QStringList();
    QTest::newRow("full access") << AccessRules::fullAccess()
                                 << QStringList { QStringLiteral("POST /*"),
                                        QStringLiteral("PUT /*"), QStringLiteral("DELETE /*") };
    QTest::newRow("scoped writes")
        << CredentialRules { rule("POST", "/domain/*"), rule("DELETE", "/domain/zone/*/record/*") }
        << QStringList();
    QTest::newRow("lower-case method, duplicate") << CredentialRules { rule("delete", "/*"),
        rule("DELETE", "/*") } << QStringList { QStringLiteral("DELETE /*") };
    QTest::newRow("bare star") << CredentialRules { rule("PUT", "*") }
                               << QStringList { QStringLiteral("PUT *") };
}

void TestCredentialAdvice::broad()
{
    QFETCH(CredentialRules, rules);
    QFETCH(QStringList, broad);
    QCOMPARE(broadRights(rules), broad);
}

void TestCredentialAdvice::presets()
{
    QCOMPARE(presetOf(AccessRules::readOnly()), RulePreset::ReadOnly);
    CredentialRules full = AccessRules::fullAccess();
    std::reverse(full.begin(), full.end());
    full.append(full.first());
    QCOMPARE(presetOf(full), RulePreset::FullAccess); // order and duplicates ignored
    const CredentialRule op = AccessRules::forOperation(
        QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QCOMPARE(presetOf({ op }), RulePreset::Custom);
    QCOMPARE(presetOf({ op }, op), RulePreset::CurrentOperation);
    QCOMPARE(presetOf({ op, rule("GET", "/*") }, op), RulePreset::Custom);
    QCOMPARE(presetOf({}), RulePreset::Custom);
}

void TestCredentialAdvice::ipBlocks_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.1") << true;
    QTest::newRow("ipv4 block") << QStringLiteral("192.0.2.0/24") << true;
    QTest::newRow("ipv4 /32") << QStringLiteral("192.0.2.1/32") << true;
    QTest::newRow("ipv4 /33") << QStringLiteral("192.0.2.1/33") << false;
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("ipv6 block") << QStringLiteral("2001:db8::/32") << true;
    QTest::newRow("ipv6 /129") << QStringLiteral("2001:db8::/129") << false;
    QTest::newRow("name") << QStringLiteral("example.com") << false;
    QTest::newRow("bad prefix") << QStringLiteral("10.0.0.0/x") << false;
    QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << false;
    QTest::newRow("empty") << QString() << false;
    // The same rule as a call's ipBlock parameters: no shorthand, no out-of-range part.
    QTest::newRow("three parts") << QStringLiteral("1.2.3") << false;
    QTest::newRow("part over 255") << QStringLiteral("1.2.3.256") << false;
    QTest::newRow("hexadecimal part") << QStringLiteral("0x7f.0.0.1") << false;
    QTest::newRow("one number") << QStringLiteral("2130706433") << false;
    QTest::newRow("ipv6 with a zone") << QStringLiteral("fe80::1%eth0") << false;
}

void TestCredentialAdvice::ipBlocks()
{
    QFETCH(QString, block);
    QFETCH(bool, valid);
    QCOMPARE(isValidIpBlock(block), valid);
}

void TestCredentialAdvice::splitting()
{
    QStringList invalid;
    QCOMPARE(
        splitIpBlocks(QStringLiteral(" 192.0.2.0/24,2001:db8::/32 ; 10.0.0.1  nope,"), &invalid),
        (QStringList { QStringLiteral("192.0.2.0/24"), QStringLiteral("2001:db8::/32"),
            QStringLiteral("10.0.0.1"), QStringLiteral("nope") }));
    QCOMPARE(invalid, QStringList { QStringLiteral("nope") });
    QVERIFY(splitIpBlocks(QStringLiteral("  "), &invalid).isEmpty());
    QVERIFY(invalid.isEmpty());
}

void TestCredentialAdvice::keyProblems()
{
    QCOMPARE(keyProblem(answer(200, "")), KeyProblem::None);
    QCOMPARE(keyProblem(answer(403, "INVALID_KEY")), KeyProblem::UnknownApplication);
    QCOMPARE(keyProblem(answer(403, "INVALID_CREDENTIAL")), KeyProblem::InvalidCredential);
    QCOMPARE(keyProblem(answer(401, "NOT_CREDENTIAL")), KeyProblem::InvalidCredential);
    QCOMPARE(keyProblem(answer(400, "INVALID_SIGNATURE")), KeyProblem::BadSignature);
    QCOMPARE(keyProblem(answer(500, "")), KeyProblem::Other);
    CallResult network;
    network.failure = CallResult::Failure::Network;
    QCOMPARE(keyProblem(network), KeyProblem::Unreachable);
    network.failure = CallResult::Failure::Timeout;
    QCOMPARE(keyProblem(network), KeyProblem::Unreachable);
}

void TestCredentialAdvice::pages_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<CredentialRules>("rules");
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("token");

    QTest::newRow("eu, one rule")
        << QStringLiteral("ovh-eu") << CredentialRules { rule("GET", "/domain/zone/*/record") }
        << QStringLiteral("https://eu.api.ovh.com/createApp/")
        << QStringLiteral("https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record");
    QTest::newRow("ca, full access")
        << QStringLiteral("ovh-ca") << AccessRules::fullAccess()
        << QStringLiteral("https://ca.api.ovh.com/createApp/")
        << QStringLiteral("https://ca.api.ovh.com/createToken/?GET=/*&POST=/*&PUT=/*&DELETE=/*");
    QTest::newRow("reserved characters encoded")
        << QStringLiteral("ovh-eu") << CredentialRules { rule("get", "/me/a b&c=d") }
        << QStringLiteral("https://eu.api.ovh.com/createApp/")
        << QStringLiteral("https://eu.api.ovh.com/createToken/?GET=/me/a%20b%26c%3Dd");
    QTest::newRow("no rules") << QStringLiteral("kimsufi-eu") << CredentialRules {}
                              << QStringLiteral("https://eu.api.kimsufi.com/createApp/")
                              << QStringLiteral("https://eu.api.kimsufi.com/createToken/");
    QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8080/1.0")
                             << CredentialRules { rule("GET", "/*") }
                             << QStringLiteral("http://127.0.0.1:8080/createApp/")
                             << QStringLiteral("http://127.0.0.1:8080/createToken/?GET=/*");
}

void TestCredentialAdvice::pages()
{
    QFETCH(QString, endpoint);
    QFETCH(CredentialRules, rules);
    QFETCH(QString, app);
    QFETCH(QString, token);
    const std::optional<Endpoint> target = Endpoint::fromUserText(endpoint);
    QVERIFY(target);
    QCOMPARE(QString::fromLatin1(createApplicationPage(*target).toEncoded()), app);
    QCOMPARE(QString::fromLatin1(createTokenPage(*target, rules).toEncoded()), token);
    QVERIFY(!createApplicationPage(Endpoint()).isValid());
}

QTEST_GUILESS_MAIN(TestCredentialAdvice)
#include "tst_credentialadvice.moc"
