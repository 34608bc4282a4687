// The sandbox end to end: signed calls built with RequestSigner through QNetworkAccessManager
// (and raw sockets where exact bytes matter), the rejections the API makes, the consumer-key
// flow through the validation page, clock skew, TLS and the X-Ovh-QueryId header.
#include "base/endpoint.h"
#include "hostileserver.h"
#include "net/requestsigner.h"
#include "net/serverclock.h"
#include "sandbox/demoaccount.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxdemo.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Ovh;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    QByteArray queryId() const { return header("X-Ovh-QueryId"); }
    QJsonValue json() const
    {
        if (body == "null")
            return QJsonValue(QJsonValue::Null);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
        // a bare value
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
        return wrapped.array().first();
    }
    QString errorCode() const
    {
        return json().toObject().value(QLatin1String("errorCode")).toString();
    }
    QString message() const { return json().toObject().value(QLatin1String("message")).toString(); }
};

// Who signs, and how.
struct Identity
{
    QByteArray applicationKey = SandboxDemo::applicationKey();
    QByteArray applicationSecret = SandboxDemo::applicationSecret();
    QByteArray consumerKey = SandboxDemo::consumerKey();
};

enum class Signing { Signed, Unsigned, BadSignature };

class Client
{
public:
    explicit Client(const QUrl& base)
        : m_base(base)
    { }

    void setSslConfiguration(const QSslConfiguration& configuration) { m_ssl = configuration; }
    void setTimeOffset(qint64 seconds) { m_offset = seconds; }

    // `relative` is already encoded ("/domain/zone/example.com/record?fieldType=A").
    Reply call(const QByteArray& method, const QByteArray& relative, const QByteArray& body = {},
        const Identity& identity = Identity(), Signing signing = Signing::Signed,
        std::optional<qint64> timestamp = std::nullopt)
    {
        const QUrl url = QUrl::fromEncoded(m_base.toEncoded() + relative, QUrl::StrictMode);
        QNetworkRequest request(url);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        const qint64 time = timestamp.value_or(systemUnixTime() + m_offset);
        const RequestSigner signer(QString::fromLatin1(identity.applicationKey),
            QString::fromLatin1(identity.applicationSecret),
            QString::fromLatin1(identity.consumerKey));
        HeaderList headers = signer.headersAt(method, RequestSigner::wireUrl(url), body, time,
            signing == Signing::Unsigned ? RequestSigner::Auth::Unsigned
                                         : RequestSigner::Auth::Signed);
        for (auto& [name, value] : headers) {
            if (signing == Signing::BadSignature && name == "X-Ovh-Signature")
                value = "$1$0000000000000000000000000000000000000000";
            request.setRawHeader(name, value);
        }
        if (!body.isEmpty())
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return send(request, method, body);
    }

    // A plain request (the validation page, schema documents).
    Reply plain(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
        const QByteArray& contentType = {})
    {
        QNetworkRequest request(url);
        if (!m_ssl.isNull())
            request.setSslConfiguration(m_ssl);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        return send(request, method, body);
    }

private:
    Reply send(QNetworkRequest& request, const QByteArray& method, const QByteArray& body)
    {
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.networkError = reply->errorString();
        return result;
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QSslConfiguration m_ssl;
    qint64 m_offset = 0;
};

// Raw HTTP/1.1 over a socket: the exact bytes of the request target are ours.
QList<Reply> rawExchange(quint16 port, const QByteArray& requests, int expected)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(requests);
    QByteArray data;
    QList<Reply> replies;
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
            Reply reply;
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
    const QByteArray& body, const Identity& identity, const QByteArray& signedUrl, qint64 timestamp)
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

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QRegularExpression kQueryIdPattern(QStringLiteral("^SBX\\.[0-9a-f]{8}\\.[0-9a-f]{8}$"));

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

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

    void rejections_data();
    void rejections();
    void ungrantedCall();
    void rulesWithWildcards();

    void signsTheBytesAsSent();
    void pipelinedRequests();

    void clockSkew_data();
    void clockSkew();

    void credentialFlow();
    void credentialRefused();
    void credentialExpiry();
    void credentialRequestErrors();
    void validationPageErrors();

    void queryIdOnEveryResponse();
    void requestReceived();
    void tls();
    void oversizedBodiesRefused_data();
    void oversizedBodiesRefused();

private:
    // POST /auth/credential with the demo application; returns the answer's object.
    QJsonObject requestCredential(const QJsonArray& rules, const QString& redirection = QString());
    Reply submitValidation(const QString& validationUrl, const QByteArray& form);
    Identity identityFor(const QString& consumerKey) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Client> m_client;
};

void TestSandbox::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(OvhTest::snapshotDir(QStringLiteral("eu")));
    QVERIFY2(m_sandbox->isSchemaValid(), qPrintable(m_sandbox->errorString()));
    QVERIFY2(m_sandbox->listen(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_sandbox->port() != 0);
    m_client = std::make_unique<Client>(m_sandbox->baseUrl());
}

void TestSandbox::init()
{
    m_sandbox->setClockSkew(0);
    m_client->setTimeOffset(0);
}

Identity TestSandbox::identityFor(const QString& consumerKey) const
{
    Identity identity;
    identity.consumerKey = consumerKey.toLatin1();
    return identity;
}

QJsonObject TestSandbox::requestCredential(const QJsonArray& rules, const QString& redirection)
{
    QJsonObject body { { QStringLiteral("accessRules"), rules } };
    if (!redirection.isEmpty())
        body.insert(QStringLiteral("redirection"), redirection);
    const Reply reply = m_client->call(
        "POST", "/auth/credential", jsonBytes(body), Identity(), Signing::Unsigned);
    if (reply.status != 200)
        qWarning() << "credential request failed" << reply.status << reply.body;
    return reply.json().toObject();
}

Reply TestSandbox::submitValidation(const QString& validationUrl, const QByteArray& form)
{
    return m_client->plain("POST", QUrl(validationUrl), form, "application/x-www-form-urlencoded");
}

void TestSandbox::serverTime()
{
    const Reply reply = m_client->call("GET", "/auth/time", {}, Identity(), Signing::Unsigned);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isDouble());
    QVERIFY(qAbs(reply.json().toInteger() - systemUnixTime()) <= 2);

    m_sandbox->setClockSkew(-3600);
    const Reply skewed = m_client->call("GET", "/auth/time", {}, Identity(), Signing::Unsigned);
    QVERIFY(qAbs(skewed.json().toInteger() - (systemUnixTime() - 3600)) <= 2);
}

void TestSandbox::schemasAreServed()
{
    const QUrl base = m_sandbox->baseUrl();
    const Reply index = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/")));
    QCOMPARE(index.status, 200);
    const QJsonObject object = index.json().toObject();
    QCOMPARE(object.value(QLatin1String("basePath")).toString(), base.toString());
    QVERIFY(object.value(QLatin1String("apis")).toArray().size() > 50);
    QVERIFY(kQueryIdPattern.match(QString::fromLatin1(index.queryId())).hasMatch());

    const Reply product
        = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/domain.json")));
    QCOMPARE(product.status, 200);
    QVERIFY(!product.header("ETag").isEmpty());
    QVERIFY(product.json().toObject().contains(QLatin1String("apis")));

    const Reply missing
        = m_client->plain("GET", QUrl(base.toString() + QStringLiteral("/nothing.json")));
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.queryId().isEmpty());
}

void TestSandbox::getMe()
{
    const Reply reply = m_client->call("GET", "/me");
    QCOMPARE(reply.status, 200);
    const QJsonObject me = reply.json().toObject();
    QCOMPARE(me.value(QLatin1String("nichandle")).toString(),
        QString::fromLatin1(SandboxDemo::kNichandle));
    QCOMPARE(me.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));
    // The rest of the model is there too, synthesised.
    QVERIFY(me.contains(QLatin1String("vat")));
    QVERIFY(kQueryIdPattern.match(QString::fromLatin1(reply.queryId())).hasMatch());
}

void TestSandbox::putMe()
{
    const Reply put = m_client->call(
        "PUT", "/me", jsonBytes({ { QStringLiteral("firstname"), QStringLiteral("Grace") } }));
    QCOMPARE(put.status, 200);
    QVERIFY(put.json().isNull());
    const Reply get = m_client->call("GET", "/me");
    QCOMPARE(get.json().toObject().value(QLatin1String("firstname")).toString(),
        QStringLiteral("Grace"));

    // Mistyped property of the PUT body (a string field given a number).
    const Reply bad
        = m_client->call("PUT", "/me", jsonBytes({ { QStringLiteral("firstname"), 12 } }));
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.message().contains(QLatin1String("firstname")), bad.body.constData());
}

void TestSandbox::getDomainAndZones()
{
    const Reply domains = m_client->call("GET", "/domain");
    QCOMPARE(domains.status, 200);
    QCOMPARE(domains.json().toArray(),
        (QJsonArray { QStringLiteral("example.com"), QStringLiteral("example.org") }));
    const Reply zones = m_client->call("GET", "/domain/zone");
    QCOMPARE(zones.status, 200);
    QVERIFY(zones.json().toArray().contains(QStringLiteral("example.com")));
}

void TestSandbox::recordLifecycle()
{
    const QByteArray records = "/domain/zone/example.com/record";
    const QJsonObject create { { QStringLiteral("fieldType"), QStringLiteral("A") },
        { QStringLiteral("subDomain"), QStringLiteral("lifecycle") },
        { QStringLiteral("target"), QStringLiteral("192.0.2.55") }, { QStringLiteral("ttl"), 60 } };
    const Reply created = m_client->call("POST", records, jsonBytes(create));
    QCOMPARE(created.status, 200);
    const QJsonObject record = created.json().toObject();
    const qint64 id = record.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(record.value(QLatin1String("zone")).toString(), QStringLiteral("example.com"));
    QCOMPARE(record.value(QLatin1String("target")).toString(), QStringLiteral("192.0.2.55"));
    QCOMPARE(record.value(QLatin1String("ttl")).toInteger(), 60);

    const QByteArray one = records + '/' + QByteArray::number(id);
    const Reply fetched = m_client->call("GET", one);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().toObject(), record);

    const Reply updated = m_client->call("PUT", one,
        jsonBytes({ { QStringLiteral("target"), QStringLiteral("192.0.2.56") },
            { QStringLiteral("ttl"), 120 } }));
    QCOMPARE(updated.status, 200);
    const QJsonObject after = m_client->call("GET", one).json().toObject();
    QCOMPARE(after.value(QLatin1String("target")).toString(), QStringLiteral("192.0.2.56"));
    QCOMPARE(after.value(QLatin1String("ttl")).toInteger(), 120);
    QCOMPARE(after.value(QLatin1String("subDomain")).toString(), QStringLiteral("lifecycle"));

    const Reply deleted = m_client->call("DELETE", one);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json().isNull());
    const Reply gone = m_client->call("GET", one);
    QCOMPARE(gone.status, 404);
    QVERIFY(gone.message().contains(QString::number(id)));

    const Reply otherZone = m_client->call("GET", "/domain/zone/unknown.example/record");
    QCOMPARE(otherZone.status, 404);
    QCOMPARE(otherZone.message(), QStringLiteral("This service does not exist"));
}

void TestSandbox::recordFilters()
{
    const auto ids = [this](const QByteArray& query) {
        const Reply reply = m_client->call("GET", "/domain/zone/example.com/record" + query);
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
    const Reply reply = m_client->call("POST", "/domain/zone/example.com/refresh");
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_sandbox->account().refreshCount(QStringLiteral("example.com")), before + 1);
}

void TestSandbox::synthesizedAnswers()
{
    const Reply zone = m_client->call("GET", "/domain/zone/example.com");
    QCOMPARE(zone.status, 200);
    QVERIFY(zone.json().isObject());
    QCOMPARE(zone.json().toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("example.com"));

    const Reply list = m_client->call("GET", "/vps");
    QCOMPARE(list.status, 200);
    QVERIFY(list.json().isArray());
    QVERIFY(!list.json().toArray().isEmpty());
    QVERIFY(list.json().toArray().first().isString());

    const Reply voidAnswer = m_client->call("DELETE", "/me/sshKey/my-key");
    QCOMPARE(voidAnswer.status, 200);
    QCOMPARE(voidAnswer.body, QByteArray("null"));

    // A property named like the path parameter takes the call's value.
    const Reply record = m_client->call("GET", "/me/sshKey/my-key");
    QCOMPARE(record.status, 200);
    QCOMPARE(record.json().toObject().value(QLatin1String("keyName")).toString(),
        QStringLiteral("my-key"));
}

void TestSandbox::noAuthenticationOperation()
{
    // noAuthentication: X-Ovh-Application is enough.
    const Reply reply = m_client->call(
        "GET", "/telephony/fax/offers?country=fr", {}, Identity(), Signing::Unsigned);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isArray());
    Identity stranger;
    stranger.applicationKey = "unknownAppKey000";
    const Reply unknown = m_client->call(
        "GET", "/telephony/fax/offers?country=fr", {}, stranger, Signing::Unsigned);
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_KEY"));
    const Reply missing
        = m_client->call("GET", "/telephony/fax/offers", {}, Identity(), Signing::Unsigned);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.message().contains(QLatin1String("country")));
}

void TestSandbox::rejections_data()
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

void TestSandbox::rejections()
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

    Identity identity;
    identity.applicationKey = applicationKey;
    identity.consumerKey = consumerKey;
    const Reply reply = m_client->call(
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
    QVERIFY(kQueryIdPattern.match(QString::fromLatin1(reply.queryId())).hasMatch());
}

void TestSandbox::ungrantedCall()
{
    const QByteArray ck = "ReadMeOnlyConsumerKey00000000001";
    QVERIFY(m_sandbox->addConsumerKey(
        SandboxDemo::applicationKey(), ck, { { QStringLiteral("GET"), QStringLiteral("/me") } }));
    const Identity identity = identityFor(QString::fromLatin1(ck));
    QCOMPARE(m_client->call("GET", "/me", {}, identity).status, 200);
    const Reply domain = m_client->call("GET", "/domain", {}, identity);
    QCOMPARE(domain.status, 403);
    QCOMPARE(domain.errorCode(), QStringLiteral("NOT_GRANTED_CALL"));
    QCOMPARE(domain.message(), QStringLiteral("This call has not been granted"));
    // "GET /me" does not grant "GET /me/api/credential".
    QCOMPARE(m_client->call("GET", "/me/api/credential", {}, identity).errorCode(),
        QStringLiteral("NOT_GRANTED_CALL"));
    QCOMPARE(m_client->call("PUT", "/me", "{}", identity).errorCode(),
        QStringLiteral("NOT_GRANTED_CALL"));
}

void TestSandbox::rulesWithWildcards()
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
    const Identity identity = identityFor(QString::fromLatin1(ck));
    QCOMPARE(m_client->call("GET", "/domain/zone/example.com/record", {}, identity).status, 200);
    QCOMPARE(m_client->call("GET", "/domain/zone", {}, identity).status, 403);
    QCOMPARE(m_client->call("POST", "/domain/zone/example.com/refresh", {}, identity).status, 403);
}

void TestSandbox::signsTheBytesAsSent()
{
    // QUrl would turn "%61" into "a", "%c3%a9" into "%C3%A9" and "{" into "%7B": the sandbox
    // must hash what came over the wire, not a normalised URL.
    const quint16 port = m_sandbox->port();
    const QByteArray target = "/1.0/domain/zone/ex%61mple.com/record?subDomain=%77ww&fieldType=A";
    const QByteArray asSent = "http://127.0.0.1:" + QByteArray::number(port) + target;
    const qint64 now = systemUnixTime();
    QList<Reply> replies
        = rawExchange(port, rawRequest("GET", target, port, {}, Identity(), asSent, now), 1);
    QCOMPARE(replies.size(), 1);
    QVERIFY2(replies[0].status == 200, replies[0].body.constData());
    QCOMPARE(replies[0].body, QByteArray("[1002]"));

    const QByteArray normalised = QUrl::fromEncoded(asSent).toEncoded();
    QVERIFY(normalised != asSent);
    replies
        = rawExchange(port, rawRequest("GET", target, port, {}, Identity(), normalised, now), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 400);
    QCOMPARE(replies[0].json().toObject().value(QLatin1String("errorCode")).toString(),
        QStringLiteral("INVALID_SIGNATURE"));

    // An encoded slash stays inside its segment, and lower-case escapes are hashed as sent.
    const QByteArray lower = "/1.0/domain/zone/example.com/record?subDomain=w%77w";
    const QByteArray lowerUrl = "http://127.0.0.1:" + QByteArray::number(port) + lower;
    replies = rawExchange(port, rawRequest("GET", lower, port, {}, Identity(), lowerUrl, now), 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 200);
}

void TestSandbox::pipelinedRequests()
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
        = rawRequest("POST", first, port, body, Identity(), origin + first, now)
        + rawRequest("GET", second, port, {}, Identity(), origin + second, now)
        + rawRequest("GET", third, port, {}, Identity(), origin + third, now);
    const QList<Reply> replies = rawExchange(port, requests, 3);
    QCOMPARE(replies.size(), 3);
    QVERIFY2(replies[0].status == 200, replies[0].body.constData());
    const qint64 id = replies[0].json().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(replies[1].status, 200);
    QCOMPARE(replies[1].json().toArray(), (QJsonArray { id }));
    QCOMPARE(replies[2].status, 200);
    QSet<QByteArray> ids;
    for (const Reply& reply : replies)
        ids.insert(reply.queryId());
    QCOMPARE(ids.size(), 3);
}

void TestSandbox::clockSkew_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::newRow("server one hour ahead") << qint64(3600);
    QTest::newRow("server one hour behind") << qint64(-3600);
}

void TestSandbox::clockSkew()
{
    QFETCH(qint64, skew);
    m_sandbox->setClockSkew(skew);

    // Without the server's time, the local clock is an hour off: refused.
    const Reply naive = m_client->call("GET", "/me");
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
    const Reply reply = m_client->call("GET", "/me");
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(m_client->call("GET", "/domain").status, 200);
}

void TestSandbox::credentialFlow()
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
    const Identity identity = identityFor(consumerKey);

    // Pending: calls are refused, the credential can be polled.
    const Reply refused = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    const Reply pending = m_client->call("GET", "/auth/currentCredential", {}, identity);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.json().toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("pendingValidation"));

    // The page shows the rules and a form.
    const Reply page = m_client->plain("GET", QUrl(validationUrl));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("/domain/*"));
    QVERIFY(page.body.contains("name=\"validity\""));
    QVERIFY(page.body.contains("value=\"refuse\""));
    QVERIFY(!page.queryId().isEmpty());

    const Reply validated = submitValidation(validationUrl, "validity=3600");
    QVERIFY2(validated.status == 200, validated.body.constData());
    QVERIFY(validated.body.contains("https://example.com/done")); // offered, not followed

    const qint64 now = systemUnixTime();
    const Reply current = m_client->call("GET", "/auth/currentCredential", {}, identity);
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

    const Reply me = m_client->call("GET", "/me", {}, identity);
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
    const Reply logout = m_client->call("POST", "/auth/logout", {}, identity);
    QCOMPARE(logout.status, 200);
    const Reply after = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(after.status, 403);
    QCOMPARE(after.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    QCOMPARE(m_client->call("GET", "/auth/currentCredential", {}, identity)
                 .json()
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("expired"));
    QCOMPARE(m_client->call("POST", "/auth/logout", {}, identity).status, 403);
}

void TestSandbox::credentialRefused()
{
    const QJsonObject answer
        = requestCredential({ QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("path"), QStringLiteral("/*") } } });
    const Identity identity = identityFor(answer.value(QLatin1String("consumerKey")).toString());
    const Reply refused = submitValidation(
        answer.value(QLatin1String("validationUrl")).toString(), "action=refuse");
    QCOMPARE(refused.status, 200);
    QCOMPARE(m_client->call("GET", "/auth/currentCredential", {}, identity)
                 .json()
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("refused"));
    QCOMPARE(m_client->call("GET", "/me", {}, identity).errorCode(),
        QStringLiteral("INVALID_CREDENTIAL"));
    // A refused request cannot be validated afterwards.
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(), "validity=0")
                 .status,
        409);
}

void TestSandbox::credentialExpiry()
{
    const QJsonObject answer
        = requestCredential({ QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("path"), QStringLiteral("/*") } } });
    const Identity identity = identityFor(answer.value(QLatin1String("consumerKey")).toString());
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(),
                 "validity=60&action=validate")
                 .status,
        200);
    QCOMPARE(m_client->call("GET", "/me", {}, identity).status, 200);

    // Two minutes later on the sandbox's clock (the client follows, as ServerClock would).
    m_sandbox->setClockSkew(120);
    m_client->setTimeOffset(120);
    const Reply expired = m_client->call("GET", "/me", {}, identity);
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.errorCode(), QStringLiteral("INVALID_CREDENTIAL"));
    QCOMPARE(m_client->call("GET", "/auth/currentCredential", {}, identity)
                 .json()
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
        QStringLiteral("expired"));

    // Unlimited validity: no expiration at all.
    const QJsonObject unlimited
        = requestCredential({ QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("path"), QStringLiteral("/*") } } });
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

void TestSandbox::credentialRequestErrors()
{
    Identity stranger;
    stranger.applicationKey = "unknownAppKey000";
    const QByteArray body = "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}]}";
    const Reply unknown
        = m_client->call("POST", "/auth/credential", body, stranger, Signing::Unsigned);
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.errorCode(), QStringLiteral("INVALID_KEY"));

    const Reply noRules
        = m_client->call("POST", "/auth/credential", "{}", Identity(), Signing::Unsigned);
    QCOMPARE(noRules.status, 400);
    QVERIFY(noRules.message().contains(QLatin1String("accessRules")));

    const Reply badMethod = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"PATCH\",\"path\":\"/*\"}]}", Identity(),
        Signing::Unsigned);
    QCOMPARE(badMethod.status, 400);
    QVERIFY(badMethod.message().contains(QLatin1String("method")));

    const Reply badIp = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}],\"allowedIPs\":[\"nope\"]}",
        Identity(), Signing::Unsigned);
    QCOMPARE(badIp.status, 400);

    // Allowed IPs are honoured: a key limited to another network is refused from loopback.
    const Reply limited = m_client->call("POST", "/auth/credential",
        "{\"accessRules\":[{\"method\":\"GET\",\"path\":\"/*\"}],\"allowedIPs\":[\"192.0.2.0/"
        "24\"]}",
        Identity(), Signing::Unsigned);
    QCOMPARE(limited.status, 200);
    const QJsonObject answer = limited.json().toObject();
    QCOMPARE(submitValidation(answer.value(QLatin1String("validationUrl")).toString(), "validity=0")
                 .status,
        200);
    const Reply blocked = m_client->call(
        "GET", "/me", {}, identityFor(answer.value(QLatin1String("consumerKey")).toString()));
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.errorCode(), QStringLiteral("NOT_GRANTED_CALL"));
}

void TestSandbox::validationPageErrors()
{
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    QCOMPARE(
        m_client->plain("GET", QUrl(origin + QStringLiteral("/auth/?credentialToken=nope"))).status,
        404);
    const QJsonObject answer
        = requestCredential({ QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("path"), QStringLiteral("/*") } } });
    const QString url = answer.value(QLatin1String("validationUrl")).toString();
    QCOMPARE(submitValidation(url, "validity=soon").status, 400);
    QCOMPARE(submitValidation(url, "").status, 400);
    QCOMPARE(submitValidation(url, "validity=-5").status, 400);
    QCOMPARE(submitValidation(url, "validity=86400").status, 200);
}

void TestSandbox::queryIdOnEveryResponse()
{
    QSet<QByteArray> seen;
    QSignalSpy handled(m_sandbox.get(), &Sandbox::requestHandled);
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port());
    const QList<Reply> replies = {
        m_client->call("GET", "/auth/time", {}, Identity(), Signing::Unsigned),
        m_client->call("GET", "/me"),
        m_client->call("GET", "/me", {}, Identity(), Signing::BadSignature),
        m_client->call("GET", "/nowhere"),
        m_client->call("DELETE", "/me"),
        m_client->call("POST", "/domain/zone/example.com/record", "{}"),
        m_client->plain("GET", QUrl(origin + QStringLiteral("/"))),
        m_client->plain("GET", QUrl(origin + QStringLiteral("/auth/?credentialToken=x"))),
        m_client->plain("GET", m_sandbox->baseUrl()),
        m_client->plain("OPTIONS", QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/me"))),
        m_client->plain("POST", m_sandbox->baseUrl(), "{}", "application/json"),
    };
    for (const Reply& reply : replies) {
        QVERIFY2(reply.status > 0, qPrintable(reply.networkError));
        QVERIFY2(kQueryIdPattern.match(QString::fromLatin1(reply.queryId())).hasMatch(),
            reply.queryId().constData());
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
    QCOMPARE(m_client->call("GET", "/nowhere", {}, Identity(), Signing::BadSignature).status, 404);
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

    Client client(secure.baseUrl());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(secure.certificate());
    client.setSslConfiguration(configuration);
    const Reply me = client.call("GET", "/me");
    QVERIFY2(me.status == 200, qPrintable(me.networkError + QString::fromUtf8(me.body)));
    QVERIFY(kQueryIdPattern.match(QString::fromLatin1(me.queryId())).hasMatch());
    const Reply created = client.call("POST", "/domain/zone/example.com/record",
        "{\"fieldType\":\"A\",\"subDomain\":\"tls\",\"target\":\"192.0.2.77\"}");
    QCOMPARE(created.status, 200);
    const Reply bad = client.call("GET", "/me", {}, Identity(), Signing::BadSignature);
    QCOMPARE(bad.errorCode(), QStringLiteral("INVALID_SIGNATURE"));

    // A client that does not trust the certificate gets a TLS error, not an answer.
    Client untrusting(secure.baseUrl());
    const Reply refused = untrusting.call("GET", "/me");
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
