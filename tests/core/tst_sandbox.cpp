// The sandbox end to end: its answers to signed calls built with RequestSigner through
// QNetworkAccessManager (the demo account's data, synthesised answers), schema documents, the
// X-Ovh-QueryId header, the requests it reports, TLS and bodies over its cap.
#include "sandboxtestcase.h"

#include "hostileserver.h"
#include "net/serverclock.h"
#include "sandbox/demoaccount.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestSandbox final : public SandboxTestCase
{
    Q_OBJECT

private slots:
    void serverTime();
    void schemasAreServed();
    void getMe();
    void putMe();
    void getDomainAndZones();
    void recordLifecycle();
    void recordFilters();
    void refreshZone();
    void synthesizedAnswers();
    void noAuthenticationOperation();
    void queryIdOnEveryResponse();
    void requestReceived();
    void tls();
    void oversizedBodiesRefused_data();
    void oversizedBodiesRefused();
};

void TestSandbox::serverTime()
{
    const ClientReply reply
        = m_client->call("GET", "/auth/time", {}, SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isDouble());
    QVERIFY(qAbs(reply.json().toInteger() - systemUnixTime()) <= 2);

    m_sandbox->setClockSkew(-3600);
    const ClientReply skewed
        = m_client->call("GET", "/auth/time", {}, SandboxIdentity(), Signing::Unsigned);
    QVERIFY(qAbs(skewed.json().toInteger() - (systemUnixTime() - 3600)) <= 2);
}

void TestSandbox::schemasAreServed()
{
    const QUrl base = m_sandbox->baseUrl();
    const ClientReply index = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/")));
    QCOMPARE(index.status, 200);
    const QJsonObject object = index.json().toObject();
    QCOMPARE(object.value(QLatin1String("basePath")).toString(), base.toString());
    QVERIFY(object.value(QLatin1String("apis")).toArray().size() > 50);
    QVERIFY(isSandboxQueryId(index.queryId()));

    const ClientReply product
        = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/domain.json")));
    QCOMPARE(product.status, 200);
    QVERIFY(!product.header("ETag").isEmpty());
    QVERIFY(product.json().toObject().contains(QLatin1String("apis")));

    const ClientReply missing
        = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/nothing.json")));
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.queryId().isEmpty());
}

void TestSandbox::getMe()
{
    const ClientReply reply = m_client->call("GET", "/me");
    QCOMPARE(reply.status, 200);
    const QJsonObject me = reply.json().toObject();
    QCOMPARE(me.value(QLatin1String("nichandle")).toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QCOMPARE(me.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));
    // The rest of the model is there too, synthesised.
    QVERIFY(me.contains(QLatin1String("vat")));
    QVERIFY(isSandboxQueryId(reply.queryId()));
}

void TestSandbox::putMe()
{
    const ClientReply put = m_client->call(
        "PUT", "/me", jsonBytes({ { QStringLiteral("firstname"), QStringLiteral("Grace") } }));
    QCOMPARE(put.status, 200);
    QVERIFY(put.json().isNull());
    const ClientReply get = m_client->call("GET", "/me");
    QCOMPARE(get.json().toObject().value(QLatin1String("firstname")).toString(),
        QStringLiteral("Grace"));

    // Mistyped property of the PUT body (a string field given a number).
    const ClientReply bad
        = m_client->call("PUT", "/me", jsonBytes({ { QStringLiteral("firstname"), 12 } }));
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.message().contains(QLatin1String("firstname")), bad.body.constData());
}

void TestSandbox::getDomainAndZones()
{
    const ClientReply domains = m_client->call("GET", "/domain");
    QCOMPARE(domains.status, 200);
    QCOMPARE(domains.json().toArray(),
        (QJsonArray { QStringLiteral("example.com"), QStringLiteral("example.org") }));
    const ClientReply zones = m_client->call("GET", "/domain/zone");
    QCOMPARE(zones.status, 200);
    QVERIFY(zones.json().toArray().contains(QStringLiteral("example.com")));
}

void TestSandbox::recordLifecycle()
{
    const QByteArray records = "/domain/zone/example.com/record";
    const QJsonObject create { { QStringLiteral("fieldType"), QStringLiteral("A") },
        { QStringLiteral("subDomain"), QStringLiteral("lifecycle") },
        { QStringLiteral("target"), QStringLiteral("192.0.2.55") }, { QStringLiteral("ttl"), 60 } };
    const ClientReply created = m_client->call("POST", records, jsonBytes(create));
    QCOMPARE(created.status, 200);
    const QJsonObject record = created.json().toObject();
    const qint64 id = record.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(record.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QCOMPARE(record.value(QLatin1String("target")).toString(), QStringLiteral("192.0.2.55"));
    QCOMPARE(record.value(QLatin1String("ttl")).toInteger(), 60);

    const QByteArray one = records + '/' + QByteArray::number(id);
    const ClientReply fetched = m_client->call("GET", one);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().toObject(), record);

    const ClientReply updated = m_client->call("PUT", one,
        jsonBytes({ { QStringLiteral("target"), QStringLiteral("192.0.2.56") },
            { QStringLiteral("ttl"), 120 } }));
    QCOMPARE(updated.status, 200);
    const QJsonObject after = m_client->call("GET", one).json().toObject();
    QCOMPARE(after.value(QLatin1String("target")).toString(), QStringLiteral("192.0.2.56"));
    QCOMPARE(after.value(QLatin1String("ttl")).toInteger(), 120);
    QCOMPARE(after.value(QLatin1String("subDomain")).toString(), QStringLiteral("lifecycle"));

    const ClientReply deleted = m_client->call("DELETE", one);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json().isNull());
    const ClientReply gone = m_client->call("GET", one);
    QCOMPARE(gone.status, 404);
    QVERIFY(gone.message().contains(QString::number(id)));

    const ClientReply otherZone = m_client->call("GET", "/domain/zone/unknown.example/record");
    QCOMPARE(otherZone.status, 404);
    QCOMPARE(otherZone.message(), QStringLiteral("This service does not exist"));
}

void TestSandbox::recordFilters()
{
    const auto ids = [this](const QByteArray& query) {
        const ClientReply reply = m_client->call("GET", "/domain/zone/example.com/record" + query);
        QList<qint64> result;
        for (const QJsonValue& value : reply.json().toArray())
            result.append(value.toInteger());
        return result;
    };
    QCOMPARE(ids("?fieldType=A&subDomain=www"), (QList<qint64> { 1002 }));
    QCOMPARE(ids("?fieldType=MX"), (QList<qint64> { 1004 }));
    QCOMPARE(ids("?subDomain=www"), (QList<qint64> { 1002, 1003 }));
    QVERIFY(ids("?subDomain=").contains(1001)); // the apex
    QVERIFY(ids("").size() >= 6);
}

void TestSandbox::refreshZone()
{
    const int before = m_sandbox->account().refreshCount(QStringLiteral("example.com"));
    const ClientReply reply = m_client->call("POST", "/domain/zone/example.com/refresh");
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sandbox->account().refreshCount(QStringLiteral("example.com")), before + 1);
}

void TestSandbox::synthesizedAnswers()
{
    const ClientReply zone = m_client->call("GET", "/domain/zone/example.com");
    QCOMPARE(zone.status, 200);
    QVERIFY(zone.json().isObject());
    QCOMPARE(zone.json().toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("example.com"));

    const ClientReply list = m_client->call("GET", "/vps");
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().isArray());
    QVERIFY(!list.json().toArray().isEmpty());
    QVERIFY(list.json().toArray().first().isString());

    const ClientReply voidAnswer = m_client->call("DELETE", "/me/sshKey/my-key");
    QCOMPARE(voidAnswer.status, 200);
    QCOMPARE(voidAnswer.body, QByteArray("null"));

    // A property named like the path parameter takes the call's value.
    const ClientReply record = m_client->call("GET", "/me/sshKey/my-key");
    QCOMPARE(record.status, 200);
    QCOMPARE(record.json().toObject().value(QLatin1String("keyName")).toString(),
        QStringLiteral("my-key"));
}

void TestSandbox::noAuthenticationOperation()
{
    // noAuthentication: X-Ovh-Application is enough.
    const ClientReply reply = m_client->call(
        "GET", "/telephony/fax/offers?country=fr", {}, SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isArray());
    SandboxIdentity stranger;
    stranger.applicationKey = "unknownAppKey000";
    const ClientReply unknown = m_client->call(
        "GET", "/telephony/fax/offers?country=fr", {}, stranger, Signing::Unsigned);
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_KEY"));
    const ClientReply missing
        = m_client->call("GET", "/telephony/fax/offers", {}, SandboxIdentity(), Signing::Unsigned);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.message().contains(QLatin1String("country")));
}

void TestSandbox::queryIdOnEveryResponse()
{
    QSet<QByteArray> seen;
    QSignalSpy handled(m_sandbox.get(), &Sandbox::requestHandled);
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    const QList<ClientReply> replies = {
        m_client->call("GET", "/auth/time", {}, SandboxIdentity(), Signing::Unsigned),
        m_client->call("GET", "/me"),
        m_client->call("GET", "/me", {}, SandboxIdentity(), Signing::BadSignature),
        m_client->call("GET", "/nowhere"),
        m_client->call("DELETE", "/me"),
        m_client->call("POST", "/domain/zone/example.com/record", "{}"),
        m_client->plain("GET", QUrl(origin + QStringLiteral("/"))),
        m_client->plain("GET", QUrl(origin + QStringLiteral("/auth/?credentialToken=x"))),
        m_client->plain("GET", m_sandbox->baseUrl()),
        m_client->plain("OPTIONS", QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/me"))),
        m_client->plain("POST", m_sandbox->baseUrl(), "{}", "application/json"),
    };
    for (const ClientReply& reply : replies) {
        QVERIFY2(reply.status > 0, qPrintable(reply.networkError));
        QVERIFY2(isSandboxQueryId(reply.queryId()), reply.queryId().constData());
        seen.insert(reply.queryId());
    }
    QCOMPARE(seen.size(), replies.size());
    QCOMPARE(handled.size(), replies.size());
}

// Every API call is reported as received, answered or refused; schema documents are not.
void TestSandbox::requestReceived()
{
    QSignalSpy received(m_sandbox.get(), &Sandbox::requestReceived);
    const QByteArray target = "/ip/192.0.2.0%2F29/reverse?a=%C3%A9t%C3%A9&b=x+y&a=2";
    const QByteArray body = "{\"ipReverse\":\"192.0.2.1\",\"reverse\":\"h.example.com.\"}";
    QVERIFY(m_client->call("POST", target, body).status > 0);
    QCOMPARE(m_client->call("GET", "/nowhere", {}, SandboxIdentity(), Signing::BadSignature).status,
        404);
    QCOMPARE(
        m_client->plain("GET", QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/me.json")))
            .status,
        200);
    QCOMPARE(received.size(), 2);

    const auto record = received.at(0).at(0).value<SandboxRequestRecord>();
    QCOMPARE(record.method, QByteArray("POST"));
    QCOMPARE(record.target, QByteArray("/1.0") + target);
    QCOMPARE(record.path, QStringLiteral("/ip/192.0.2.0/29/reverse"));
    const QList<std::pair<QString, QString>> query {
        { QStringLiteral("a"), QStringLiteral("\u00e9t\u00e9") },
        { QStringLiteral("b"), QStringLiteral("x y") }, { QStringLiteral("a"), QStringLiteral("2") }
    };
    QCOMPARE(record.query, query);
    QCOMPARE(record.body, body);
    QCOMPARE(record.header("x-ovh-application"), SandboxDemo::applicationKey());
    QVERIFY(record.header("X-Ovh-Signature").startsWith("$1$"));
    QVERIFY(record.header("X-Nothing").isEmpty());

    const auto refused = received.at(1).at(0).value<SandboxRequestRecord>();
    QCOMPARE(refused.path, QStringLiteral("/nowhere"));
    QVERIFY(refused.query.isEmpty());
    QVERIFY(refused.body.isEmpty());
}

void TestSandbox::tls()
{
    Sandbox secure(OvhTest::snapshotDir(QStringLiteral("eu")));
    QString error;
    QVERIFY2(secure.enableTls(&error), qPrintable(error));
    QVERIFY(QFileInfo::exists(secure.certificatePath()));
    QVERIFY(secure.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY2(secure.listen(), qPrintable(secure.errorString()));
    QCOMPARE(secure.baseUrl().scheme(), QStringLiteral("https"));

    SandboxClient client(secure.baseUrl());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(secure.certificate());
    client.setSslConfiguration(configuration);
    const ClientReply me = client.call("GET", "/me");
    QVERIFY2(me.status == 200, qPrintable(me.networkError + QString::fromUtf8(me.body)));
    QVERIFY(isSandboxQueryId(me.queryId()));
    const ClientReply created = client.call("POST", "/domain/zone/example.com/record",
        "{\"fieldType\":\"A\",\"subDomain\":\"tls\",\"target\":\"192.0.2.77\"}");
    QCOMPARE(created.status, 200);
    const ClientReply bad = client.call("GET", "/me", {}, SandboxIdentity(), Signing::BadSignature);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_SIGNATURE"));

    // A client that does not trust the certificate gets a TLS error, not an answer.
    SandboxClient untrusting(secure.baseUrl());
    const ClientReply refused = untrusting.call("GET", "/me");
    QCOMPARE(refused.status, 0);
    QVERIFY(!refused.networkError.isEmpty());
}

void TestSandbox::oversizedBodiesRefused_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("300 MB announced by Content-Length") << false;
    QTest::newRow("300 MB in chunks") << true;
}

void TestSandbox::oversizedBodiesRefused()
{
    QFETCH(bool, chunked);
    // A body far over the cap, written only as the socket drains: the client stays small, so
    // any growth of this process is the sandbox buffering it.
    constexpr qint64 BodyBytes = 300 * 1024 * 1024;
    const qint64 peakBefore = OvhTest::peakResidentKiB();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    QByteArray head
        = "POST /1.0/me HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                    : "Content-Length: " + QByteArray::number(BodyBytes) + "\r\n\r\n";
    socket.write(head);
    const QByteArray block(64 * 1024, ' ');
    const QByteArray chunk = QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n";
    qint64 sent = 0;
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (sent < BodyBytes && socket.state() == QAbstractSocket::ConnectedState
        && !answer.contains("\r\n\r\n") && timer.elapsed() < 30000) {
        if (socket.bytesToWrite() < 1024 * 1024) {
            socket.write(chunked ? chunk : block);
            sent += block.size();
        }
        socket.waitForBytesWritten(10);
        QCoreApplication::processEvents(); // the sandbox lives on this thread
        if (socket.isOpen())
            answer += socket.readAll();
    }
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState
            || (answer += socket.readAll()).contains("\r\n\r\n"),
        10000);
    if (socket.isOpen())
        answer += socket.readAll();
    qInfo("sent %lld MiB of the body, then: %s", sent / (1024 * 1024),
        answer.left(answer.indexOf('\r')).constData());
    QVERIFY2(sent < BodyBytes, qPrintable(QString::number(sent)));
    const qint64 growthKiB = OvhTest::peakResidentKiB() - peakBefore;
    QVERIFY2(growthKiB < 64 * 1024, qPrintable(QString::number(growthKiB)));
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QTRY_VERIFY(answer.contains("REQUEST_ENTITY_TOO_LARGE")
        || (answer += socket.readAll()).contains("REQUEST_ENTITY_TOO_LARGE"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
