#include "net/requestsigner.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Ovh;

namespace {

// The keys of the wrappers' own tests (revoked), see docs/ovh-api.md.
const QString ApplicationKey = QStringLiteral("TDPKJdwZwAQPwKX2");
const QString ApplicationSecret = QStringLiteral("9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk");
const QString ConsumerKey = QStringLiteral("5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY");
constexpr qint64 VectorTime = 1457018875;

RequestSigner vectorSigner(UnixClock clock = [] { return VectorTime; })
{
    return RequestSigner(ApplicationKey, ApplicationSecret, ConsumerKey, std::move(clock));
}

QByteArray headerValue(const HeaderList& headers, const char* name)
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return QByteArray();
}

QList<QByteArray> headerNames(const HeaderList& headers)
{
    QList<QByteArray> names;
    for (const auto& header : headers)
        names << header.first;
    return names;
}

// Answers one HTTP request with 200 "{}" and keeps what arrived, byte for byte.
class CaptureServer : public QObject
{
public:
    CaptureServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    bool received = false;
    QByteArray method;
    QByteArray target;
    QByteArray host;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names

private:
    void read(QTcpSocket* socket)
    {
        m_buffer += socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        QMap<QByteArray, QByteArray> parsed;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                parsed.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = parsed.value("content-length", "0").toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        method = requestLine.value(0);
        target = requestLine.value(1);
        host = parsed.value("host");
        headers = parsed;
        body = m_buffer.mid(headEnd + 4, length);
        received = true;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_buffer;
};

} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void signedHeaders();
    void unsignedHeaders();
    void injectedClock();
    void wireUrl_data();
    void wireUrl();
    void signedAsSent_data();
    void signedAsSent();
    void applyOnRequest();
    void wireMatchesSignature_data();
    void wireMatchesSignature();
};

void TestRequestSigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("GET") << QByteArray("GET") << QByteArray("https://eu.api.ovh.com/1.0/auth")
                         << QByteArray()
                         << QByteArray("$1$e9556054b6309771395efa467c22e627407461ad");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("https://eu.api.ovh.com/1.0/auth")
                          << QByteArray(R"({"a":"b","c":"d"})")
                          << QByteArray("$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("https://eu.api.ovh.com/1.0/auth")
                         << QByteArray(R"({"a":"b","c":"d"})")
                         << QByteArray("$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray("https://eu.api.ovh.com/1.0/auth")
                            << QByteArray()
                            << QByteArray("$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85");
    QTest::newRow("GET v2") << QByteArray("GET") << QByteArray("https://eu.api.ovh.com/v2/call")
                            << QByteArray()
                            << QByteArray("$1$bb63b132a6f84ad5433d0c534d48d3f7c3804285");
}

void TestRequestSigner::publishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);

    // The pure function.
    QCOMPARE(RequestSigner::signature(
                 ApplicationSecret.toUtf8(), ConsumerKey.toUtf8(), method, url, body, VectorTime),
        expected);
    // Through the class, from a QUrl: these URLs are already in wire form.
    const QUrl parsed = QUrl::fromEncoded(url, QUrl::StrictMode);
    QVERIFY(parsed.isValid());
    QCOMPARE(RequestSigner::wireUrl(parsed), url);
    const HeaderList headers = vectorSigner().headers(method, parsed, body);
    QCOMPARE(headerValue(headers, "X-Ovh-Signature"), expected);
    QCOMPARE(headerValue(headers, "X-Ovh-Timestamp"), QByteArray("1457018875"));
}

void TestRequestSigner::signedHeaders()
{
    const RequestSigner signer = vectorSigner();
    QVERIFY(signer.canSign());
    const HeaderList headers
        = signer.headers("GET", QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth")), {});
    QCOMPARE(headerNames(headers),
        (QList<QByteArray> {
            "X-Ovh-Application", "X-Ovh-Consumer", "X-Ovh-Timestamp", "X-Ovh-Signature" }));
    QCOMPARE(headerValue(headers, "X-Ovh-Application"), ApplicationKey.toUtf8());
    QCOMPARE(headerValue(headers, "X-Ovh-Consumer"), ConsumerKey.toUtf8());
    // The secret itself never travels.
    for (const auto& header : headers)
        QVERIFY(!header.second.contains(ApplicationSecret.toUtf8()));

    QVERIFY(!RequestSigner(ApplicationKey, ApplicationSecret, QString()).canSign());
    QVERIFY(!RequestSigner().canSign());
}

void TestRequestSigner::unsignedHeaders()
{
    const HeaderList headers = vectorSigner().headers("POST",
        QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth/credential")), R"({"accessRules":[]})",
        RequestSigner::Auth::Unsigned);
    QCOMPARE(headerNames(headers), QList<QByteArray> { "X-Ovh-Application" });
    QCOMPARE(headerValue(headers, "X-Ovh-Application"), ApplicationKey.toUtf8());

    // An application key alone is enough for an unsigned call.
    const RequestSigner appOnly(ApplicationKey, QString(), QString());
    QVERIFY(appOnly.hasApplicationKey());
    QVERIFY(!appOnly.canSign());
    QCOMPARE(appOnly
                 .headers("GET", QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth/time")), {},
                     RequestSigner::Auth::Unsigned)
                 .size(),
        1);
}

void TestRequestSigner::injectedClock()
{
    qint64 now = VectorTime;
    const RequestSigner signer = vectorSigner([&now] { return now; });
    const QUrl url(QStringLiteral("https://eu.api.ovh.com/1.0/auth"));

    QCOMPARE(signer.currentTimestamp(), VectorTime);
    const HeaderList first = signer.headers("GET", url, {});
    QCOMPARE(headerValue(first, "X-Ovh-Signature"),
        QByteArray("$1$e9556054b6309771395efa467c22e627407461ad"));

    now += 3600; // the clock moves: the timestamp and the signature follow
    const HeaderList later = signer.headers("GET", url, {});
    QCOMPARE(headerValue(later, "X-Ovh-Timestamp"), QByteArray::number(VectorTime + 3600));
    QCOMPARE(headerValue(later, "X-Ovh-Signature"),
        RequestSigner::signature(ApplicationSecret.toUtf8(), ConsumerKey.toUtf8(), "GET",
            "https://eu.api.ovh.com/1.0/auth", {}, VectorTime + 3600));
    QVERIFY(headerValue(later, "X-Ovh-Signature") != headerValue(first, "X-Ovh-Signature"));

    // headersAt() never reads the clock.
    QCOMPARE(headerValue(signer.headersAt("GET", "https://eu.api.ovh.com/1.0/auth", {}, VectorTime),
                 "X-Ovh-Signature"),
        QByteArray("$1$e9556054b6309771395efa467c22e627407461ad"));

    // A signer without an explicit clock uses the system time.
    const qint64 before = systemUnixTime();
    const qint64 stamp
        = RequestSigner(ApplicationKey, ApplicationSecret, ConsumerKey).currentTimestamp();
    QVERIFY(stamp >= before && stamp <= systemUnixTime());
}

void TestRequestSigner::wireUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    auto encoded = [](const char* text) { return QUrl::fromEncoded(QByteArray(text)); };

    QTest::newRow("percent-encoded slash stays encoded")
        << encoded("https://eu.api.ovh.com/1.0/ip/1.2.3.0%2F29/reverse")
        << QByteArray("https://eu.api.ovh.com/1.0/ip/1.2.3.0%2F29/reverse");
    QUrl setPathUrl(QStringLiteral("https://eu.api.ovh.com"));
    setPathUrl.setPath(QStringLiteral("/1.0/ip/1.2.3.0%2F29/reverse"), QUrl::TolerantMode);
    QTest::newRow("encoded slash through setPath")
        << setPathUrl << QByteArray("https://eu.api.ovh.com/1.0/ip/1.2.3.0%2F29/reverse");
    QTest::newRow("query kept as given")
        << encoded("https://eu.api.ovh.com/1.0/domain/zone/example.com/record?fieldType=A"
                   "&subDomain=a%20b+c")
        << QByteArray("https://eu.api.ovh.com/1.0/domain/zone/example.com/record?fieldType=A"
                      "&subDomain=a%20b+c");
    QUrl unicode(QStringLiteral("https://eu.api.ovh.com"));
    unicode.setPath(QStringLiteral("/1.0/me/caf\u00e9"));
    QTest::newRow("non-ASCII path is UTF-8 percent-encoded")
        << unicode << QByteArray("https://eu.api.ovh.com/1.0/me/caf%C3%A9");
    QTest::newRow("fragment is never sent") << encoded("https://eu.api.ovh.com/1.0/me#x")
                                            << QByteArray("https://eu.api.ovh.com/1.0/me");
    QTest::newRow("user info is never in the request target") << encoded(
        "https://user:pw@eu.api.ovh.com/1.0/me") << QByteArray("https://eu.api.ovh.com/1.0/me");
    QTest::newRow("empty path becomes /")
        << encoded("http://127.0.0.1:8080") << QByteArray("http://127.0.0.1:8080/");
    QTest::newRow("port kept") << encoded("http://127.0.0.1:4567/1.0/me")
                               << QByteArray("http://127.0.0.1:4567/1.0/me");
    // Dot segments: no row here. Qt 6.4 resolves them its own way (".../a/./b/../me" becomes
    // ".../a//me"); wireMatchesSignature checks that we sign whatever QNAM actually sends.
    QTest::newRow("host lower-cased")
        << encoded("https://EU.API.OVH.COM/1.0/me") << QByteArray("https://eu.api.ovh.com/1.0/me");
}

void TestRequestSigner::wireUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(RequestSigner::wireUrl(url), expected);
}

void TestRequestSigner::signedAsSent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    // Expected values computed independently (python hashlib over the same bytes).
    QTest::newRow("encoded ip block")
        << QByteArray("GET")
        << QUrl::fromEncoded("https://eu.api.ovh.com/1.0/ip/1.2.3.0%2F29/reverse") << QByteArray()
        << QByteArray("$1$0b697d0da6d446e3e72e36f97db1bf9b58a59ff1");
    QTest::newRow("raw UTF-8 body")
        << QByteArray("POST") << QUrl::fromEncoded("https://eu.api.ovh.com/1.0/me/contact")
        << QByteArray("{\"city\":\"Besan\xC3\xA7on \xE2\x98\x95\"}")
        << QByteArray("$1$4397e07f7922f8c25cda3a91a6977ab27d2d682c");
    QTest::newRow("escaped body is other bytes")
        << QByteArray("POST") << QUrl::fromEncoded("https://eu.api.ovh.com/1.0/me/contact")
        << QByteArray(R"({"city":"Besan\u00e7on \u2615"})")
        << QByteArray("$1$aa553a45d0dbe064ae8d0dc500f6dd690aef306a");
}

void TestRequestSigner::signedAsSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QUrl, url);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(headerValue(vectorSigner().headers(method, url, body), "X-Ovh-Signature"), expected);

    // The decoded form is a different URL, hence a different signature.
    if (url.toEncoded().contains("%2F")) {
        const QByteArray decoded = url.toEncoded().replace("%2F", "/");
        QVERIFY(RequestSigner::signature(ApplicationSecret.toUtf8(), ConsumerKey.toUtf8(), method,
                    decoded, body, VectorTime)
            != expected);
    }
}

void TestRequestSigner::applyOnRequest()
{
    const RequestSigner signer = vectorSigner();
    QNetworkRequest request(QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth")));
    signer.apply(request, "POST", R"({"a":"b","c":"d"})");
    QCOMPARE(request.rawHeader("X-Ovh-Application"), ApplicationKey.toUtf8());
    QCOMPARE(request.rawHeader("X-Ovh-Consumer"), ConsumerKey.toUtf8());
    QCOMPARE(request.rawHeader("X-Ovh-Timestamp"), QByteArray("1457018875"));
    QCOMPARE(request.rawHeader("X-Ovh-Signature"),
        QByteArray("$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"));
    QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toString(),
        QStringLiteral("application/json"));

    QNetworkRequest unsignedRequest(QUrl(QStringLiteral("https://eu.api.ovh.com/1.0/auth/time")));
    signer.apply(unsignedRequest, "GET", {}, RequestSigner::Auth::Unsigned);
    QCOMPARE(unsignedRequest.rawHeaderList(), QList<QByteArray> { "X-Ovh-Application" });
}

void TestRequestSigner::wireMatchesSignature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET encoded path and query")
        << QByteArray("GET") << QByteArray("/1.0/ip/1.2.3.0%2F29/reverse?a=b%20c&flag=true&x=1+2")
        << QByteArray();
    QTest::newRow("POST non-ASCII body")
        << QByteArray("POST") << QByteArray("/1.0/domain/zone/example.com/record")
        << QByteArray("{\"target\":\"caf\xC3\xA9\",\"ttl\":60}");
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("/1.0/me")
                         << QByteArray(R"({"city":"Paris"})");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray("/1.0/domain/zone/a/record/1")
                            << QByteArray();
    QTest::newRow("dot segments") << QByteArray("GET") << QByteArray("/1.0/a/./b/../me")
                                  << QByteArray();
    QTest::newRow("non-ASCII path")
        << QByteArray("GET") << QByteArray("/1.0/me/caf%C3%A9") << QByteArray();
}

// End to end: what QNetworkAccessManager puts on the wire is what was signed. The server
// rebuilds the URL from the Host header and the request target, like the API does.
void TestRequestSigner::wireMatchesSignature()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(QByteArray, body);

    CaptureServer server;
    QVERIFY(server.listen());
    const QUrl url
        = QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(server.port()) + pathAndQuery);
    QVERIFY(url.isValid());

    const RequestSigner signer = vectorSigner();
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    signer.apply(request, method, body);

    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(body.isEmpty()
            ? nam.sendCustomRequest(request, method)
            : nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(server.received);

    QCOMPARE(server.method, method);
    QCOMPARE(server.body, body);
    const QByteArray rebuilt = "http://" + server.host + server.target;
    QCOMPARE(rebuilt, RequestSigner::wireUrl(url));
    QCOMPARE(server.headers.value("x-ovh-signature"),
        RequestSigner::signature(ApplicationSecret.toUtf8(), ConsumerKey.toUtf8(), server.method,
            rebuilt, server.body, server.headers.value("x-ovh-timestamp").toLongLong()));
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
