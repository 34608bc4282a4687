// CallRequest's errors: unknown names, missing and invalid values, each worded and in order.
#include "callfixtures.h"

#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestCallErrors : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
};

void TestCallErrors::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("expected");

    const QString me = QStringLiteral("me.json");
    const QString ip = QStringLiteral("ip.json");
    const QString domain = QStringLiteral("domain.json");
    const QString edge = QStringLiteral("edge");
    const QString record = QStringLiteral("/domain/zone/{zoneName}/record");
    const QString kinds = QStringLiteral("/edge/{name}/kinds");

    // Names.
    QTest::newRow("unknown, operation takes none")
        << me << "GET"
        << "/me" << L("foo=1") << L("foo: unknown parameter; GET /me takes none");
    QTest::newRow("unknown, list") << ip << "GET"
                                   << "/ip/{ip}/reverse" << L("ip=1.2.3.4", "ipReverse=1.2.3.4")
                                   << L("ipReverse: unknown parameter; it takes: ip");
    QTest::newRow("unknown, case slip")
        << domain << "GET" << record << L("zonename=x")
        << L("zonename: unknown parameter; did you mean \"zoneName\"?",
               "zoneName: a value is required");
    QTest::newRow("unknown body property")
        << domain << "POST" << record << L("zoneName=z", "fieldType=A", "target=t", "tll=60")
        << L("body.tll: unknown property of domain.zone.RecordCreate; it takes: fieldType, "
             "subDomain, target, ttl");
    QTest::newRow("unknown body property, case slip")
        << domain << "POST" << record << L("zoneName=z", "fieldType=A", "Target=t")
        << L("body.Target: unknown property of domain.zone.RecordCreate; did you mean \"target\"?",
               "body.target: a value is required");
    QTest::newRow("unknown location-qualified")
        << me << "GET"
        << "/me" << L("query:x=1") << L("x: unknown parameter; GET /me takes none");
    QTest::newRow("name for an array body")
        << QStringLiteral("cloud.json") << "PUT"
        << "/cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/registry"
        << L("serviceName=p", "registryID=r", "ipBlock=1.2.3.4")
        << L("ipBlock: unknown parameter; it takes: serviceName, registryID, the whole body "
             "(cloud.containerRegistry.IPRestrictions[]) as JSON",
               "body: a value is required: the whole body as JSON "
               "(cloud.containerRegistry.IPRestrictions[])");

    // Missing values.
    QTest::newRow("missing path") << ip << "GET"
                                  << "/ip/{ip}/reverse" << QStringList()
                                  << L("ip: a value is required");
    QTest::newRow("missing path, empty text")
        << ip << "GET"
        << "/ip/{ip}/reverse" << L("ip=") << L("ip: a value is required");
    QTest::newRow("missing path, null")
        << ip << "GET"
        << "/ip/{ip}/reverse" << L("json:ip=null") << L("ip: a value is required");
    QTest::newRow("missing implicit placeholder")
        << edge << "DELETE"
        << "/edge/{first}/{second}" << L("first=1") << L("second: a value is required");
    QTest::newRow("missing required query")
        << edge << "GET"
        << "/edge/{name}/search" << L("name=n") << L("mode: a value is required");
    QTest::newRow("missing required body properties")
        << domain << "POST" << record << L("zoneName=z", "ttl=60")
        << L("body.fieldType: a value is required", "body.target: a value is required");
    QTest::newRow("missing named body")
        << edge << "POST"
        << "/edge/{name}/required" << L("name=n", "label=")
        << L("count: a value is required", "label: a value is required");
    QTest::newRow("missing nested required")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n", J("middle={'inner':{'on':true}}"), J("list=[{'count':1},{}]"))
        << L("body.middle.inner.count: a value is required",
               "body.list[1].count: a value is required");
    QTest::newRow("missing nested required, real")
        << QStringLiteral("cloud.json") << "POST"
        << "/cloud/project/{serviceName}/kube/{kubeId}/nodepool"
        << L("serviceName=p", "kubeId=k", "flavorName=b2-7",
               J("template={'spec':{'taints':[{'key':'k','value':'v'}]}}"))
        << L("body.template.spec.taints[0].effect: a value is required",
               "body.template.spec.unschedulable: a value is required",
               "body.template.metadata: a value is required");

    // Values that do not read as their type.
    const auto kind = [&](const char* row, const QString& spec, const QString& message) {
        QTest::newRow(row) << edge << "POST" << kinds << L(QStringLiteral("name=n"), spec)
                           << L(message);
    };
    kind("long", QStringLiteral("aLong=abc"), QStringLiteral("aLong: \"abc\" is not an integer"));
    kind("long fraction", QStringLiteral("aLong=1.5"),
        QStringLiteral("aLong: \"1.5\" is not an integer"));
    kind("long overflow", QStringLiteral("aLong=9223372036854775808"),
        QStringLiteral("aLong: \"9223372036854775808\" is out of range for a 64-bit integer"));
    kind("long typed fraction", QStringLiteral("json:aLong=2.5"),
        QStringLiteral("aLong: 2.5 is not an integer"));
    kind("long typed boolean", QStringLiteral("json:aLong=true"),
        QStringLiteral("aLong: expects a value of type long, not a boolean"));
    kind("double", QStringLiteral("aDouble=1,5"),
        QStringLiteral("aDouble: \"1,5\" is not a number"));
    kind("double infinite", QStringLiteral("aDouble=1e999"),
        QStringLiteral("aDouble: \"1e999\" is not a number"));
    kind("boolean", QStringLiteral("aBoolean=maybe"),
        QStringLiteral("aBoolean: \"maybe\" is not a boolean (true or false)"));
    kind("boolean typed number", QStringLiteral("json:aBoolean=2"),
        QStringLiteral("aBoolean: expects a value of type boolean, not a number"));
    kind("date", QStringLiteral("aDate=2023-02-29"),
        QStringLiteral("aDate: \"2023-02-29\" is not a date (YYYY-MM-DD)"));
    kind("date with time", QStringLiteral("aDate=2024-01-31T10:00"),
        QStringLiteral("aDate: \"2024-01-31T10:00\" is not a date (YYYY-MM-DD)"));
    kind("datetime", QStringLiteral("aDateTime=31/01/2024"),
        QStringLiteral(
            "aDateTime: \"31/01/2024\" is not a date-time (ISO 8601, e.g. 2024-01-31T12:00:00Z)"));
    kind("datetime hour", QStringLiteral("aDateTime=2024-01-31T25:00:00Z"),
        QStringLiteral("aDateTime: \"2024-01-31T25:00:00Z\" is not a date-time (ISO 8601, e.g. "
                       "2024-01-31T12:00:00Z)"));
    kind("time", QStringLiteral("aTime=12h30"),
        QStringLiteral("aTime: \"12h30\" is not a time (HH:MM or HH:MM:SS)"));
    kind("uuid", QStringLiteral("aUuid=123e4567-e89b-12d3-a456-42661417400"),
        QStringLiteral("aUuid: \"123e4567-e89b-12d3-a456-42661417400\" is not a UUID "
                       "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"));
    kind("ip short", QStringLiteral("anIp=1.2.3"),
        QStringLiteral("anIp: \"1.2.3\" is not an IPv4 or IPv6 address"));
    kind("ip octet", QStringLiteral("anIp=1.2.3.256"),
        QStringLiteral("anIp: \"1.2.3.256\" is not an IPv4 or IPv6 address"));
    kind("ip with block", QStringLiteral("anIp=1.2.3.0/24"),
        QStringLiteral("anIp: \"1.2.3.0/24\" is not an IPv4 or IPv6 address"));
    kind("ipv6", QStringLiteral("anIpv6=2001:db8:::1"),
        QStringLiteral("anIpv6: \"2001:db8:::1\" is not an IPv4 or IPv6 address"));
    kind("ip block prefix", QStringLiteral("anIpBlock=1.2.3.0/33"),
        QStringLiteral("anIpBlock: \"1.2.3.0/33\" is not an IP block (an address, or "
                       "address/prefix such as 192.0.2.0/29)"));
    kind("ip block empty prefix", QStringLiteral("anIpBlock=1.2.3.0/"),
        QStringLiteral("anIpBlock: \"1.2.3.0/\" is not an IP block (an address, or address/prefix "
                       "such as 192.0.2.0/29)"));
    kind("ip interface", QStringLiteral("anIpInterface=host/24"),
        QStringLiteral("anIpInterface: \"host/24\" is not an IP interface (an address, or "
                       "address/prefix such as 192.0.2.1/24)"));
    kind("mac", QStringLiteral("aMac=00:11:22:33:44"),
        QStringLiteral("aMac: \"00:11:22:33:44\" is not a MAC address (e.g. 00:11:22:33:44:55)"));
    kind("phone", QStringLiteral("aPhone=call me"),
        QStringLiteral("aPhone: \"call me\" is not a phone number"));
    kind("long enum", QStringLiteral("aLongEnum=5"),
        QStringLiteral("aLongEnum: \"5\" is not one of: 1, 10, 100"));
    kind("string enum case", QStringLiteral("aStringEnum=gamma"),
        QStringLiteral(
            "aStringEnum: \"gamma\" is not a value of edge.StringEnum; did you mean \"Gamma\"?"));
    kind("array element", QStringLiteral("longs=[1,\"x\",3]"),
        QStringLiteral("longs[1]: \"x\" is not an integer"));
    kind("array invalid json", QStringLiteral("longs=[1,"),
        QStringLiteral("longs: expects a JSON array (long[]): invalid JSON at character 4: object "
                       "is missing after a comma"));
    kind("array null element", QStringLiteral("json:longs=[1,null]"),
        QStringLiteral("longs[1]: cannot be null"));
    kind("map value", QStringLiteral("longMap={\"a\":\"b\"}"),
        QStringLiteral("longMap.a: \"b\" is not an integer"));
    kind("map not object", QStringLiteral("longMap=[1]"),
        QStringLiteral("longMap: expects a JSON object (map[string]long), not an array"));
    kind("model invalid json", QStringLiteral("nested={bad"),
        QStringLiteral("nested: expects a JSON object (edge.Outer): invalid JSON at character 3: "
                       "unterminated object"));
    kind("model json string", QStringLiteral("nested=\"x\""),
        QStringLiteral("nested: expects a JSON object (edge.Outer), not a string"));
    kind("model not object", QStringLiteral("json:nested=5"),
        QStringLiteral("nested: expects a JSON object (edge.Outer), not a number"));
    kind("generic substituted", QStringLiteral("generic={\"value\":\"ten\"}"),
        QStringLiteral("generic.value: \"ten\" is not an integer"));
    QTest::newRow("scalar given twice")
        << edge << "POST" << kinds << L("name=n", "aLong=1", "aLong=2")
        << L("aLong: was given 2 values but takes one");
    QTest::newRow("deep nested value")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n",
               J("middle={'weight':'heavy','inner':{'count':1,'kind':'delta','size':3,'on':'si'}}"))
        << L("body.middle.inner.kind: \"delta\" is not one of: alpha, beta, Gamma",
               "body.middle.inner.on: \"si\" is not a boolean (true or false)",
               "body.middle.inner.size: \"3\" is not one of: 1, 10, 100",
               "body.middle.weight: \"heavy\" is not a number");
    QTest::newRow("enum list capped")
        << QStringLiteral("me.json") << "PUT"
        << "/me" << L("country=XX")
        << L("body.country: \"XX\" is not one of: AC, AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, "
             "AT, AU, AW, AX, AZ, BA, BB, BD, \u2026 (234 more)");
    QTest::newRow("path dot segment") << domain << "GET" << record << L("zoneName=..")
                                      << L("zoneName: \"..\" cannot be a path segment");
    QTest::newRow("path value typed") << ip << "GET"
                                      << "/ip/{ip}/reverse" << L("ip=10.0.0.0/8/8")
                                      << L("ip: \"10.0.0.0/8/8\" is not an IP block (an address, "
                                           "or address/prefix such as 192.0.2.0/29)");

    // Read-only and null.
    QTest::newRow("read-only top level") << me << "PUT"
                                         << "/me" << L("nichandle=xx1234-ovh", "state=complete")
                                         << L("body.nichandle: is read-only and cannot be sent",
                                                "body.state: is read-only and cannot be sent");
    QTest::newRow("read-only nested")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n", J("middle={'inner':{'count':1,'stamp':'2024-01-01'}}"), "json:id=4")
        << L("body.middle.inner.stamp: is read-only and cannot be sent",
               "body.id: is read-only and cannot be sent");
    QTest::newRow("null not allowed")
        << me << "PUT"
        << "/me" << L("json:country=null") << L("body.country: cannot be null");

    // Bodies given whole.
    QTest::newRow("raw body invalid")
        << domain << "POST" << record << L("zoneName=z", "@raw={\"a\":}")
        << L("body: invalid JSON at character 7: object is missing after a comma");
    QTest::newRow("raw body empty") << domain << "POST" << record << L("zoneName=z", "@raw=  ")
                                    << L("body: invalid JSON: no value");
    QTest::newRow("raw body unterminated")
        << domain << "POST" << record << L("zoneName=z", QStringLiteral("@raw={\"\u00e9\":1"))
        << L("body: invalid JSON at character 7: unterminated object");
    // Raw bodies are checked against the schema like -p, strictly: they are sent as written.
    QTest::newRow("raw body, every problem")
        << domain << "POST" << record
        << L("zoneName=z", J("@raw={'fieldType':'B','target':5,'ttl':'60','tll':1}"))
        << L("body.fieldType: \"B\" is not one of: A, AAAA, CAA, CNAME, DKIM, DMARC, DNAME, LOC, "
             "MX, NAPTR, NS, PTR, SPF, SRV, SSHFP, TLSA, TXT",
               "body.target: expects a value of type string, not a number",
               "body.tll: unknown property of domain.zone.RecordCreate; it takes: fieldType, "
               "subDomain, target, ttl",
               "body.ttl: expects a value of type long, not a string");
    QTest::newRow("raw body, required missing")
        << domain << "POST" << record << L("zoneName=z", J("@raw={'subDomain':'www'}"))
        << L("body.fieldType: a value is required", "body.target: a value is required");
    QTest::newRow("raw body, not an object")
        << domain << "POST" << record << L("zoneName=z", J("@raw=[{'target':'t'}]"))
        << L("body: expects a JSON object (domain.zone.RecordCreate), not an array");
    QTest::newRow("raw body, string for the model")
        << domain << "POST" << record << L("zoneName=z", J("@raw='{}'"))
        << L("body: expects a JSON object (domain.zone.RecordCreate), not a string");
    QTest::newRow("raw body, read-only and null")
        << me << "PUT"
        << "/me" << L(J("@raw={'state':'complete','address':7,'country':null}"))
        << L("body.address: expects a value of type string, not a number",
               "body.country: cannot be null", "body.state: is read-only and cannot be sent");
    QTest::newRow("raw body, nested")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n", J("@raw={'middle':{'inner':{'count':'1','stamp':'2024-01-01'}},'id':4}"))
        << L("body.id: is read-only and cannot be sent",
               "body.middle.inner.count: expects a value of type long, not a string",
               "body.middle.inner.stamp: is read-only and cannot be sent");
    QTest::newRow("raw array body, lone element")
        << QStringLiteral("cloud.json") << "PUT"
        << "/cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/registry"
        << L("serviceName=p", "registryID=r", J("@raw={'ipBlock':'192.0.2.0/24'}"))
        << L("body: expects a JSON array (cloud.containerRegistry.IPRestrictions[]), not an "
             "object");
    QTest::newRow("raw named parameters, every problem")
        << ip << "POST"
        << "/ip/{ip}/reverse" << L("ip=1.2.3.4", J("@raw={'ipReverse':'1.2.3','bogus':1}"))
        << L("body.bogus: unknown parameter; it takes: ipReverse, reverse, ip",
               "body.ipReverse: \"1.2.3\" is not an IPv4 or IPv6 address",
               "body.reverse: a value is required");
    QTest::newRow("raw named parameters, not an object")
        << ip << "POST"
        << "/ip/{ip}/reverse" << L("ip=1.2.3.4", "@raw=true")
        << L("body: expects a JSON object of the body parameters");
    QTest::newRow("raw body, duplicate key")
        << domain << "POST" << record
        << L("zoneName=z", J("@raw={'target':'a','fieldType':'A','target':'b'}"))
        << L("body.target: appears twice in the same object; give each key once");
    QTest::newRow("raw body, duplicate keys nested and escaped, unchecked")
        << domain << "POST" << record
        << L("zoneName=z",
               J("@rawunchecked={'a':[{'x':1},{'x':1,'\\u0078':2}],'b':{'y':{},'y':[]},'a':0}"))
        << L("body.a[1].x: appears twice in the same object; give each key once",
               "body.b.y: appears twice in the same object; give each key once",
               "body.a: appears twice in the same object; give each key once");
    QTest::newRow("-p JSON value, duplicate key")
        << domain << "POST" << record
        << L("zoneName=z", J("@bodytext={'fieldType':'A','target':'x','target':'y'}"))
        << L("body.target: appears twice in the same object; give each key once");
    QTest::newRow("raw body on GET") << me << "GET"
                                     << "/me" << L("@raw={}") << L("body: GET /me takes no body");
    QTest::newRow("whole body on GET")
        << me << "GET"
        << "/me" << L("@body={}") << L("body: GET /me takes no body");
    QTest::newRow("raw body and values")
        << domain << "POST" << record << L("zoneName=z", "target=x", "@raw={}")
        << L("body: give either the whole body or values for its parts, not both");
    QTest::newRow("raw body and named values")
        << ip << "POST"
        << "/ip/{ip}/reverse" << L("ip=1.2.3.4", "reverse=x", "@raw={}")
        << L("body: give either the whole body or values for its parts, not both");
    QTest::newRow("whole body and properties")
        << domain << "POST" << record << L("zoneName=z", "target=x", "@body={\"fieldType\":\"A\"}")
        << L("body: give either the whole body or values for its parts, not both");
    QTest::newRow("whole array body wrong element")
        << QStringLiteral("cloud.json") << "PUT"
        << "/cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/registry"
        << L("serviceName=p", "registryID=r",
               J("@body=[{'ipBlock':'1.2.3.0/24','createdAt':'x'},{'ipBlock':'1.2.3'}]"))
        << L("body[0].createdAt: is read-only and cannot be sent",
               "body[1].ipBlock: \"1.2.3\" is not an IP block (an address, or address/prefix such "
               "as 192.0.2.0/29)");
    QTest::newRow("whole named body unknown key")
        << edge << "POST"
        << "/edge/{name}/required" << L("name=n", J("@body={'count':1,'label':'l','other':1}"))
        << L("other: unknown parameter; it takes: count, label, note, name");
    QTest::newRow("whole named body not object")
        << edge << "POST"
        << "/edge/{name}/required" << L("name=n", "@bodytext=[1]")
        << L("body: expects a JSON object of the body parameters");
    QTest::newRow("errors in order, model body")
        << domain << "POST" << record << L("ttl=x", "bogus=1", "fieldType=B")
        << L("zoneName: a value is required", "body.ttl: \"x\" is not an integer",
               "body.bogus: unknown property of domain.zone.RecordCreate; it takes: fieldType, "
               "subDomain, target, ttl",
               "body.fieldType: \"B\" is not one of: A, AAAA, CAA, CNAME, DKIM, DMARC, DNAME, LOC, "
               "MX, NAPTR, NS, PTR, SPF, SRV, SSHFP, TLSA, TXT",
               "body.target: a value is required");
    QTest::newRow("errors in order, named body")
        << ip << "POST"
        << "/ip/{ip}/reverse" << L("reverse=", "ipReverse=1.2.3", "bogus=1")
        << L("bogus: unknown parameter; it takes: ipReverse, reverse, ip",
               "ip: a value is required", "ipReverse: \"1.2.3\" is not an IPv4 or IPv6 address",
               "reverse: a value is required");
}

void TestCallErrors::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, given);
    QFETCH(QStringList, expected);

    const Product& schema = product(file);
    const Operation* operation = findOperation(schema, method, path);
    QVERIFY2(operation, qPrintable(method + QLatin1Char(' ') + path));
    CallErrors errors;
    buildCallRequest(schema, *operation, inputs(given), &errors);
    QCOMPARE(errorTexts(errors), expected);
}

QTEST_GUILESS_MAIN(TestCallErrors)
#include "tst_callerrors.moc"
