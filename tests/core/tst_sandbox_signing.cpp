// What the sandbox refuses as the API does (signatures, timestamps, keys, rights, values), and
// the bytes it hashes: raw sockets where exact bytes matter, clock skew through ServerClock.
#include "sandboxtestcase.h"

#include "base/endpoint.h"
#include "net/requestsigner.h"
#include "net/serverclock.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

namespace {

// Raw HTTP/1.1 over a socket: the exact bytes of the request target are ours.
QList<ClientReply> rawExchange(quint16 port, const QByteArray& requests, int expected)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(requests);
    QByteArray data;
    QList<ClientReply> replies;
    QElapsedTimer timer;
    timer.start();
    while (replies.size() < expected && timer.elapsed() < 15000) {
        if (socket.bytesAvailable() == 0)
            QTest::qWait(10);
        data += socket.readAll();
        for (;;) {
            const qsizetype end = data.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QList<QByteArray> lines = data.left(end).split('\n');
            ClientReply reply;
            reply.status = lines.value(0).split(' ').value(1).toInt();
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                reply.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
                if (line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (data.size() < end + 4 + length)
                break;
            reply.body = data.mid(end + 4, length);
            data.remove(0, end + 4 + length);
            replies.append(reply);
        }
    }
    return replies;
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& target, quint16 port,
    const QByteArray& body, const SandboxIdentity& identity, const QByteArray& signedUrl,
    qint64 timestamp)
{
    const QByteArray signature = RequestSigner::signature(
        identity.applicationSecret, identity.consumerKey, method, signedUrl, body, timestamp);
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    request += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    request += "X-Ovh-Application: " + identity.applicationKey + "\r\n";
    request += "X-Ovh-Consumer: " + identity.consumerKey + "\r\n";
    request += "X-Ovh-Timestamp: " + QByteArray::number(timestamp) + "\r\n";
    request += "X-Ovh-Signature: " + signature + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return request + body;
}

} // namespace

class TestSandboxSigning final : public SandboxTestCase
{
    Q_OBJECT

private slots:
    void rejections_data();
    void rejections();
    void ungrantedCall();
    void rulesWithWildcards();
    void signsTheBytesAsSent();
    void pipelinedRequests();
    void clockSkew_data();
    void clockSkew();
};

void TestSandboxSigning::rejections_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("applicationKey");
    QTest::addColumn<QByteArray>("consumerKey");
    QTest::addColumn<int>("signing");
    QTest::addColumn<qint64>("timestampShift");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    const QByteArray ak = SandboxDemo::applicationKey();
    const QByteArray ck = SandboxDemo::consumerKey();
    const int sign = int(Signing::Signed);
    const QByteArray record = "/domain/zone/example.com/record";
    QTest::newRow("bad signature")
        << QByteArray("GET") << QByteArray("/me") << QByteArray() << ak << ck
        << int(Signing::BadSignature) << qint64(0) << 400 << QStringLiteral("INVALID_SIGNATURE")
        << QStringLiteral("Invalid signature");
    QTest::newRow("stale timestamp")
        << QByteArray("GET") << QByteArray("/me") << QByteArray() << ak << ck << sign
        << qint64(-3600) << 400 << QStringLiteral("QUERY_TIME_OUT") << QString();
    QTest::newRow("future timestamp")
        << QByteArray("GET") << QByteArray("/me") << QByteArray() << ak << ck << sign << qint64(600)
        << 400 << QStringLiteral("QUERY_TIME_OUT") << QString();
    QTest::newRow("unknown application")
        << QByteArray("GET") << QByteArray("/me") << QByteArray() << QByteArray("unknownAppKey000")
        << ck << sign << qint64(0) << 403 << QStringLiteral("INVALID_KEY")
        << QStringLiteral("Invalid application key");
    QTest::newRow("unknown consumer key")
        << QByteArray("GET") << QByteArray("/me") << QByteArray() << ak
        << QByteArray("NoSuchConsumerKey000000000000000") << sign << qint64(0) << 403
        << QStringLiteral("INVALID_CREDENTIAL") << QStringLiteral("This credential is not valid");
    QTest::newRow("no consumer key") << QByteArray("GET") << QByteArray("/me") << QByteArray() << ak
                                     << QByteArray() << int(Signing::Unsigned) << qint64(0) << 401
                                     << QStringLiteral("NOT_CREDENTIAL") << QString();
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/no/such/path")
                                  << QByteArray() << ak << ck << sign << qint64(0) << 404
                                  << QString() << QStringLiteral("invalid");
    QTest::newRow("unknown path in a product")
        << QByteArray("GET") << QByteArray("/domain/zone/example.com/nothing") << QByteArray() << ak
        << ck << sign << qint64(0) << 404 << QString() << QString();
    QTest::newRow("wrong method") << QByteArray("DELETE") << QByteArray("/me") << QByteArray() << ak
                                  << ck << sign << qint64(0) << 405 << QString()
                                  << QStringLiteral("DELETE");
    QTest::newRow("missing body property")
        << QByteArray("POST") << record << QByteArray("{\"fieldType\":\"A\",\"subDomain\":\"x\"}")
        << ak << ck << sign << qint64(0) << 400 << QString() << QStringLiteral("[target]");
    QTest::newRow("mistyped body property")
        << QByteArray("POST") << record
        << QByteArray("{\"fieldType\":\"A\",\"target\":\"192.0.2.1\",\"ttl\":\"abc\"}") << ak << ck
        << sign << qint64(0) << 400 << QString() << QStringLiteral("[ttl]");
    QTest::newRow("enum out of range")
        << QByteArray("POST") << record
        << QByteArray("{\"fieldType\":\"BOGUS\",\"target\":\"192.0.2.1\"}") << ak << ck << sign
        << qint64(0) << 400 << QString() << QStringLiteral("[fieldType]");
    QTest::newRow("missing body") << QByteArray("POST") << record << QByteArray() << ak << ck
                                  << sign << qint64(0) << 400 << QString()
                                  << QStringLiteral("[body]");
    QTest::newRow("invalid JSON body")
        << QByteArray("POST") << record << QByteArray("{\"fieldType\":") << ak << ck << sign
        << qint64(0) << 400 << QString() << QStringLiteral("JSON");
    QTest::newRow("mistyped query")
        << QByteArray("GET") << record + "?fieldType=BOGUS" << QByteArray() << ak << ck << sign
        << qint64(0) << 400 << QString() << QStringLiteral("[fieldType]");
    QTest::newRow("mistyped path value")
        << QByteArray("GET") << record + "/abc" << QByteArray() << ak << ck << sign << qint64(0)
        << 400 << QString() << QStringLiteral("[id]");
}

void TestSandboxSigning::rejections()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, applicationKey);
    QFETCH(QByteArray, consumerKey);
    QFETCH(int, signing);
    QFETCH(qint64, timestampShift);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    SandboxIdentity identity;
    identity.applicationKey = applicationKey;
    identity.consumerKey = consumerKey;
    const ClientReply reply = m_client->call(
        method, path, body, identity, Signing(signing), systemUnixTime() + timestampShift);
    QVERIFY2(reply.status == status, reply.body.constData());
    const QJsonObject error = reply.json().toObject();
    QVERIFY2(error.contains(QLatin1String("message")), reply.body.constData());
    QVERIFY(error.contains(QLatin1String("httpCode")));
    QVERIFY(error.value(QLatin1String("httpCode"))
                .toString()
                .startsWith(QString::number(status) + QLatin1Char(' ')));
    if (!errorCode.isEmpty())
        QCOMPARE(reply.errorCode(), errorCode);
    if (!messagePart.isEmpty())
        QVERIFY2(reply.message().contains(messagePart), qPrintable(reply.message()));
    QVERIFY(isSandboxQueryId(reply.queryId()));
}

void TestSandboxSigning::ungrantedCall()
{
    const QByteArray ck = "ReadMeOnlyConsumerKey00000000001";
    QVERIFY(m_sandbox->addConsumerKey(
        SandboxDemo::applicationKey(), ck, { { QStringLiteral("GET"), QStringLiteral("/me") } }));
    const SandboxIdentity identity = identityFor(QString::fromLatin1(ck));
    QCOMPARE(m_client->call("GET", "/me", {}, identity).status, 200);
    const ClientReply domain = m_client->call("GET", "/domain", {}, identity);
    QCOMPARE(domain.status, 403);
    QCOMPARE(domain.errorCode(), QStringLiteral("NOT_GRANTED_CALL"));
    QCOMPARE(domain.message(), QStringLiteral("This call has not been granted"));
    // "GET /me" does not grant "GET /me/api/credential".
    QCOMPARE(m_client->call("GET", "/me/api/credential", {}, identity).errorCode(),
        QStringLiteral("NOT_GRANTED_CALL"));
    QCOMPARE(m_client->call("PUT", "/me", "{}", identity).errorCode(),
        QStringLiteral("NOT_GRANTED_CALL"));
}

void TestSandboxSigning::rulesWithWildcards()
{
    QVERIFY(AccessRule::pathMatches(u"/*", u"/me"));
    QVERIFY(AccessRule::pathMatches(u"/domain/*", u"/domain/zone/example.com/record"));
    QVERIFY(!AccessRule::pathMatches(u"/domain/*", u"/domain"));
    QVERIFY(!AccessRule::pathMatches(u"/ip", u"/ip/1.2.3.4"));
    QVERIFY(AccessRule::pathMatches(u"/domain/zone/*/record", u"/domain/zone/example.com/record"));
    QVERIFY(
        !AccessRule::pathMatches(u"/domain/zone/*/record", u"/domain/zone/example.com/record/1"));
    QVERIFY(
        AccessRule::pathMatches(u"/domain/zone/*/record/*", u"/domain/zone/example.com/record/1"));

    const QByteArray ck = "ZoneOnlyConsumerKey0000000000001";
    QVERIFY(m_sandbox->addConsumerKey(SandboxDemo::applicationKey(), ck,
        { { QStringLiteral("GET"), QStringLiteral("/domain/zone/*") } }));
    const SandboxIdentity identity = identityFor(QString::fromLatin1(ck));
    QCOMPARE(m_client->call("GET", "/domain/zone/example.com/record", {}, identity).status, 200);
    QCOMPARE(m_client->call("GET", "/domain/zone", {}, identity).status, 403);
    QCOMPARE(m_client->call("POST", "/domain/zone/example.com/refresh", {}, identity).status, 403);
}

void TestSandboxSigning::signsTheBytesAsSent()
{
    // QUrl would turn "%61" into "a", "%c3%a9" into "%C3%A9" and "{" into "%7B": the sandbox
    // must hash what came over the wire, not a normalised URL.
    const quint16 port = m_sandbox->port();
    const QByteArray target = "/1.0/domain/zone/ex%61mple.com/record?subDomain=%77ww&fieldType=A";
    const QByteArray asSent = "http://127.0.0.1:" + QByteArray::number(port) + target;
    const qint64 now = systemUnixTime();
    QList<ClientReply> replies
        = rawExchange(port, rawRequest("GET", target, port, {}, SandboxIdentity(), asSent, now), 1);
    QCOMPARE(replies.size(), 1);
    QVERIFY2(replies[0].status == 200, replies[0].body.constData());
    QCOMPARE(replies[0].body, QByteArray("[1002]"));

    const QByteArray normalised = QUrl::fromEncoded(asSent).toEncoded();
    QVERIFY(normalised != asSent);
    replies = rawExchange(
        port, rawRequest("GET", target, port, {}, SandboxIdentity(), normalised, now), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 400);
    QCOMPARE(replies[0].json().toObject().value(QLatin1String("errorCode")).toString(),
        QStringLiteral("INVALID_SIGNATURE"));

    // An encoded slash stays inside its segment, and lower-case escapes are hashed as sent.
    const QByteArray lower = "/1.0/domain/zone/example.com/record?subDomain=w%77w";
    const QByteArray lowerUrl = "http://127.0.0.1:" + QByteArray::number(port) + lower;
    replies = rawExchange(
        port, rawRequest("GET", lower, port, {}, SandboxIdentity(), lowerUrl, now), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 200);
}

void TestSandboxSigning::pipelinedRequests()
{
    // Several requests on one connection, with bodies: each keeps its own target.
    const quint16 port = m_sandbox->port();
    const qint64 now = systemUnixTime();
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(port);
    const QByteArray body
        = "{\"fieldType\":\"TXT\",\"subDomain\":\"pipe\",\"target\":\"hello world\"}";
    const QByteArray first = "/1.0/domain/zone/example.com/record";
    const QByteArray second = "/1.0/domain/zone/example.com/record?subDomain=p%69pe";
    const QByteArray third = "/1.0/me";
    const QByteArray requests
        = rawRequest("POST", first, port, body, SandboxIdentity(), origin + first, now)
        + rawRequest("GET", second, port, {}, SandboxIdentity(), origin + second, now)
        + rawRequest("GET", third, port, {}, SandboxIdentity(), origin + third, now);
    const QList<ClientReply> replies = rawExchange(port, requests, 3);
    QCOMPARE(replies.size(), 3);
    QVERIFY2(replies[0].status == 200, replies[0].body.constData());
    const qint64 id = replies[0].json().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(replies[1].status, 200);
    QCOMPARE(replies[1].json().toArray(), (QJsonArray { id }));
    QCOMPARE(replies[2].status, 200);
    QSet<QByteArray> ids;
    for (const ClientReply& reply : replies)
        ids.insert(reply.queryId());
    QCOMPARE(ids.size(), 3);
}

void TestSandboxSigning::clockSkew_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("server one hour ahead") << qint64(3600);
    QTest::newRow("server one hour behind") << qint64(-3600);
}

void TestSandboxSigning::clockSkew()
{
    QFETCH(qint64, skew);
    m_sandbox->setClockSkew(skew);

    // Without the server's time, the local clock is an hour off: refused.
    const ClientReply naive = m_client->call("GET", "/me");
    QCOMPARE(naive.status, 400);
    QCOMPARE(naive.errorCode(), QStringLiteral("QUERY_TIME_OUT"));

    // With ServerClock's delta from /auth/time, accepted.
    QNetworkAccessManager nam;
    ServerClock clock(&nam);
    const auto endpoint = Endpoint::fromUserText(m_sandbox->baseUrl().toString());
    QVERIFY(endpoint.has_value());
    QSignalSpy synced(&clock, &ServerClock::synced);
    clock.sync(*endpoint);
    QVERIFY(synced.wait(10000));
    QVERIFY(qAbs(clock.delta(*endpoint) - skew) <= 2);
    m_client->setTimeOffset(clock.delta(*endpoint));
    const ClientReply reply = m_client->call("GET", "/me");
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(m_client->call("GET", "/domain").status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxSigning)
#include "tst_sandbox_signing.moc"
