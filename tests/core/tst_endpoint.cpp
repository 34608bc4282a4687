#include "base/endpoint.h"
#include "base/endpointtext.h"

#include <QTest>

using namespace Ovh;

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void known();
    void fromUserText_data();
    void fromUserText();
    void urlAndCacheKey();
    void branches_data();
    void branches();
    void branchPrefix_data();
    void branchPrefix();
    void userTextRoundTrip_data();
    void userTextRoundTrip();
};

void TestEndpoint::known()
{
    QCOMPARE(Endpoint::known().size(), 7);
    const auto eu = Endpoint::byName(u"ovh-eu");
    QVERIFY(eu);
    QCOMPARE(eu->baseUrl, QUrl(QStringLiteral("https://eu.api.ovh.com/1.0")));
    QCOMPARE(eu->bundledSnapshot, QStringLiteral("eu"));
    QCOMPARE(Endpoint::byName(u"ovh-us")->baseUrl,
        QUrl(QStringLiteral("https://api.us.ovhcloud.com/1.0")));
    QCOMPARE(Endpoint::byName(u"soyoustart-ca")->baseUrl,
        QUrl(QStringLiteral("https://ca.api.soyoustart.com/1.0")));
    QVERIFY(Endpoint::byName(u"kimsufi-eu")->bundledSnapshot.isEmpty());
    QVERIFY(!Endpoint::byName(u"ovh-mars"));
}

void TestEndpoint::fromUserText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // base URL, or a piece of the error
    QTest::newRow("name") << "ovh-ca" << true << "https://ca.api.ovh.com/1.0";
    QTest::newRow("name case") << " OVH-EU " << true << "https://eu.api.ovh.com/1.0";
    QTest::newRow("known url") << "https://eu.api.ovh.com/1.0/" << true
                               << "https://eu.api.ovh.com/1.0";
    QTest::newRow("loopback http")
        << "http://127.0.0.1:8080/1.0" << true << "http://127.0.0.1:8080/1.0";
    QTest::newRow("localhost http") << "http://localhost:9/1.0" << true << "http://localhost:9/1.0";
    QTest::newRow("ipv6 loopback") << "http://[::1]:9/1.0" << true << "http://[::1]:9/1.0";
    QTest::newRow("custom https") << "https://api.example.test/1.0" << true
                                  << "https://api.example.test/1.0";
    QTest::newRow("remote http") << "http://api.example.test/1.0" << false
                                 << "only allowed for loopback";
    QTest::newRow("ftp") << "ftp://127.0.0.1/1.0" << false << "only https";
    QTest::newRow("unknown name") << "ovh-mars" << false << "unknown endpoint 'ovh-mars'";
    QTest::newRow("empty") << "  " << false << "no endpoint";
    QTest::newRow("query") << "https://x.test/1.0?a=b" << false << "no query";
    QTest::newRow("no host") << "https:///1.0" << false << "not a valid URL";
    QTest::newRow("name v2") << "ovh-eu/v2" << true << "https://eu.api.ovh.com/v2";
    QTest::newRow("name v1") << "ovh-ca/v1" << true << "https://ca.api.ovh.com/1.0";
    QTest::newRow("no v2 there") << "kimsufi-eu/v2" << false << "kimsufi-eu has no v2 branch";
    QTest::newRow("unknown branch") << "ovh-eu/v3" << false << "unknown endpoint 'ovh-eu/v3'";
}

void TestEndpoint::fromUserText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QString error;
    const auto endpoint = Endpoint::fromUserText(text, &error);
    QCOMPARE(bool(endpoint), ok);
    if (ok)
        QCOMPARE(endpoint->baseUrl.toString(), expected);
    else
        QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestEndpoint::urlAndCacheKey()
{
    const Endpoint eu = *Endpoint::byName(u"ovh-eu");
    QCOMPARE(eu.url(u"/hosting/web.json").toString(),
        QStringLiteral("https://eu.api.ovh.com/1.0/hosting/web.json"));
    QCOMPARE(eu.url(u"/").toString(), QStringLiteral("https://eu.api.ovh.com/1.0/"));
    QCOMPARE(eu.cacheKey(), QStringLiteral("ovh-eu"));
    const Endpoint a = *Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:8080/1.0"));
    const Endpoint b = *Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:8081/1.0"));
    QVERIFY(a.isCustom());
    QVERIFY(a.cacheKey() != b.cacheKey());
    QVERIFY(a.cacheKey().startsWith(QLatin1String("custom-127.0.0.1_8080-")));
    QCOMPARE(a.cacheKey(),
        Endpoint::fromUserText(QStringLiteral("http://127.0.0.1:8080/1.0/"))->cacheKey());
    QCOMPARE(a.displayName(), QStringLiteral("http://127.0.0.1:8080/1.0"));
}

void TestEndpoint::branches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("v1"); // base URL on v1, empty when there is none
    QTest::addColumn<QString>("v2");

    QTest::newRow("ovh-eu") << "ovh-eu"
                            << "https://eu.api.ovh.com/1.0"
                            << "https://eu.api.ovh.com/v2";
    QTest::newRow("ovh-ca") << "ovh-ca"
                            << "https://ca.api.ovh.com/1.0"
                            << "https://ca.api.ovh.com/v2";
    QTest::newRow("ovh-us") << "ovh-us"
                            << "https://api.us.ovhcloud.com/1.0"
                            << "https://api.us.ovhcloud.com/v2";
    QTest::newRow("eu v2 URL") << "https://eu.api.ovh.com/v2/"
                               << "https://eu.api.ovh.com/1.0"
                               << "https://eu.api.ovh.com/v2";
    QTest::newRow("kimsufi has no v2") << "kimsufi-eu"
                                       << "https://eu.api.kimsufi.com/1.0"
                                       << "";
    QTest::newRow("custom /1.0") << "http://127.0.0.1:8080/1.0"
                                 << "http://127.0.0.1:8080/1.0"
                                 << "http://127.0.0.1:8080/v2";
    QTest::newRow("custom /v1") << "https://api.example.com/v1"
                                << "https://api.example.com/v1"
                                << "https://api.example.com/v2";
    QTest::newRow("custom /v2") << "https://api.example.com/v2"
                                << "https://api.example.com/1.0"
                                << "https://api.example.com/v2";
    QTest::newRow("custom other") << "https://api.example.com/api"
                                  << "https://api.example.com/api"
                                  << "";
}

void TestEndpoint::branches()
{
    QFETCH(QString, text);
    QFETCH(QString, v1);
    QFETCH(QString, v2);
    const std::optional<Endpoint> endpoint = Endpoint::fromUserText(text);
    QVERIFY(endpoint);
    const std::optional<Endpoint> onV1 = endpoint->onBranch(ApiBranch::V1);
    QVERIFY(onV1);
    QCOMPARE(onV1->baseUrl.toString(), v1);
    QCOMPARE(onV1->branch(), ApiBranch::V1);
    const std::optional<Endpoint> onV2 = endpoint->onBranch(ApiBranch::V2);
    QCOMPARE(onV2.has_value(), !v2.isEmpty());
    if (!onV2)
        return;
    QCOMPARE(onV2->baseUrl.toString(), v2);
    QCOMPARE(onV2->branch(), ApiBranch::V2);
    QCOMPARE(onV2->name, endpoint->name); // same region, same keys
    QVERIFY(onV2->cacheKey() != onV1->cacheKey());
    // /auth/time stays on the v1 base, "/1.0" as the wrappers write it (a "/v1" base's too).
    const QString v1Base = QString(v2).replace(QLatin1String("/v2"), QLatin1String("/1.0"));
    QCOMPARE(onV2->authUrl(u"/auth/time").toString(), v1Base + QLatin1String("/auth/time"));
    QCOMPARE(onV2->onBranch(ApiBranch::V1)->baseUrl.toString(), v1Base);
}

void TestEndpoint::branchPrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("branch"); // empty: none named
    QTest::addColumn<QString>("rest");

    QTest::newRow("v2 path") << "/v2/iam/policy"
                             << "v2"
                             << "/iam/policy";
    QTest::newRow("v1 path") << "/v1/me"
                             << "v1"
                             << "/me";
    QTest::newRow("plain") << "/me"
                           << ""
                           << "/me";
    QTest::newRow("a product named v2x") << "/v2x/a"
                                         << ""
                                         << "/v2x/a";
    QTest::newRow("operation") << "GET /v2/iam/policy"
                               << "v2"
                               << "GET /iam/policy";
    QTest::newRow("operation v1") << "POST /v1/domain/zone"
                                  << "v1"
                                  << "POST /domain/zone";
    QTest::newRow("operation plain") << "GET /me"
                                     << ""
                                     << "GET /me";
}

void TestEndpoint::branchPrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, branch);
    QFETCH(QString, rest);
    const std::optional<ApiBranch> named
        = text.startsWith(QLatin1Char('/')) ? takeBranchPrefix(&text) : takeOperationBranch(&text);
    QCOMPARE(named ? apiBranchName(*named) : QString(), branch);
    QCOMPARE(text, rest);
}

void TestEndpoint::userTextRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("userText");
    QTest::newRow("eu v1") << "ovh-eu"
                           << "ovh-eu";
    QTest::newRow("eu v2") << "https://eu.api.ovh.com/v2"
                           << "ovh-eu/v2";
    QTest::newRow("us v2") << "ovh-us/v2"
                           << "ovh-us/v2";
    QTest::newRow("custom v2") << "http://127.0.0.1:8080/v2"
                               << "http://127.0.0.1:8080/v2";
    QTest::newRow("custom v1") << "https://api.example.test/1.0"
                               << "https://api.example.test/1.0";
}

// The history records endpointUserText(); fromUserText must give back the same endpoint, branch
// included, so that a v2 call replayed from the history goes to v2.
void TestEndpoint::userTextRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, userText);
    const std::optional<Endpoint> endpoint = Endpoint::fromUserText(text);
    QVERIFY(endpoint);
    QCOMPARE(endpointUserText(*endpoint), userText);
    const std::optional<Endpoint> back = Endpoint::fromUserText(endpointUserText(*endpoint));
    QVERIFY(back);
    QCOMPARE(back->baseUrl, endpoint->baseUrl);
    QCOMPARE(back->branch(), endpoint->branch());
    QCOMPARE(back->name, endpoint->name);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
