#include "base/endpoint.h"

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

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
