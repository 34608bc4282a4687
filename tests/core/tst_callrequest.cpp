// CallRequest from a schema operation and values: URLs, bodies and the fields snippets print.
#include "callfixtures.h"

#include "base/jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;
using namespace OvhTest;

class TestCallRequest : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void fieldsForSnippets();
    void queryItemsDecoded();
    void urlKeepsEncoding_data();
    void urlKeepsEncoding();
    void noAuthentication();
    void partialRequestWithErrors();
};

void TestCallRequest::requests_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("bodyKind");
    QTest::addColumn<QByteArray>("body");

    const QString none = QStringLiteral("none");
    const QByteArray noBody;
    const QString me = QStringLiteral("me.json");
    const QString ip = QStringLiteral("ip.json");
    const QString domain = QStringLiteral("domain.json");
    const QString cloud = QStringLiteral("cloud.json");
    const QString edge = QStringLiteral("edge");
    const QString record = QStringLiteral("/domain/zone/{zoneName}/record");

    // Paths: every value percent-encoded as a whole, UTF-8.
    QTest::newRow("no parameters") << me << "GET"
                                   << "/me" << QStringList() << url("/me") << none << noBody;
    QTest::newRow("ip block slash") << ip << "GET"
                                    << "/ip/{ip}/reverse" << L("ip=1.2.3.0/29")
                                    << url("/ip/1.2.3.0%2F29/reverse") << none << noBody;
    QTest::newRow("ipv6 block") << ip << "GET"
                                << "/ip/{ip}/reverse" << L("ip=2001:db8::/56")
                                << url("/ip/2001%3Adb8%3A%3A%2F56/reverse") << none << noBody;
    QTest::newRow("single ip as block") << ip << "GET"
                                        << "/ip/{ip}/reverse" << L("ip= 192.0.2.1 ")
                                        << url("/ip/192.0.2.1/reverse") << none << noBody;
    QTest::newRow("reserved characters")
        << domain << "GET" << record
        << L(QStringLiteral("zoneName=a b/c?d#e&f=g+h%i;j,k:l@m!n$o'p(q)r*s[t]u\"v<w>x\\y^z`{|}"))
        << url("/domain/zone/"
               "a%20b%2Fc%3Fd%23e%26f%3Dg%2Bh%25i%3Bj%2Ck%3Al%40m%21n%24o%27p%28q%29r%2As%5Bt%5Du%"
               "22v%3Cw%3Ex%5Cy%5Ez%60%7B%7C%7D/record")
        << none << noBody;
    QTest::newRow("unreserved kept") << domain << "GET" << record << L("zoneName=a-b_c.d~e09AZ")
                                     << url("/domain/zone/a-b_c.d~e09AZ/record") << none << noBody;
    QTest::newRow("unicode")
        << domain << "GET" << record
        << L(QStringLiteral("zoneName=\u00e9t\u00e9.\u4e2d\u6587.\U0001F600"))
        << url("/domain/zone/%C3%A9t%C3%A9.%E4%B8%AD%E6%96%87.%F0%9F%98%80/record") << none
        << noBody;
    QTest::newRow("implicit placeholder") << edge << "DELETE"
                                          << "/edge/{first}/{second}" << L("second=b c", "first=+7")
                                          << url("/edge/7/b%20c") << none << noBody;

    // Queries: only what is set, in schema order, booleans true/false, arrays repeated.
    QTest::newRow("query in schema order")
        << domain << "GET" << record << L("subDomain=w w", "fieldType=A", "zoneName=example.com")
        << url("/domain/zone/example.com/record?fieldType=A&subDomain=w%20w") << none << noBody;
    QTest::newRow("query empty optional omitted")
        << domain << "GET" << record
        << L("zoneName=example.com", "subDomain=", "json:fieldType=\"\"")
        << url("/domain/zone/example.com/record") << none << noBody;
    QTest::newRow("query reserved and unicode")
        << domain << "GET" << record
        << L(QStringLiteral("subDomain=a+b&c=d?\u00e9/#"), "zoneName=z")
        << url("/domain/zone/z/record?subDomain=a%2Bb%26c%3Dd%3F%C3%A9%2F%23") << none << noBody;
    QTest::newRow("query booleans and long enum")
        << ip << "GET"
        << "/ip"
        << L("version=6", "isAdditionalIp=YES", "ip=1.2.3.0/29", "routedTo.serviceName=ns1.example")
        << url("/ip?ip=1.2.3.0%2F29&isAdditionalIp=true&routedTo.serviceName=ns1.example&version=6")
        << none << noBody;
    QTest::newRow("query boolean false spellings")
        << ip << "GET"
        << "/ip" << L("isAdditionalIp=0") << url("/ip?isAdditionalIp=false") << none << noBody;
    QTest::newRow("query typed boolean") << ip << "GET"
                                         << "/ip" << L("json:isAdditionalIp=false")
                                         << url("/ip?isAdditionalIp=false") << none << noBody;
    QTest::newRow("query array repeated")
        << edge << "GET"
        << "/edge/{name}/search"
        << L("name=n", "mode=no", "longs=1", "longs=-2", "strings=a&b",
               "strings=", "aStringEnum=beta")
        << url("/edge/n/search?mode=false&aStringEnum=beta&longs=1&longs=-2&strings=a%26b&strings=")
        << none << noBody;
    QTest::newRow("query array as json")
        << edge << "GET"
        << "/edge/{name}/search"
        << L("name=n", "mode=1", "json:longs=[3,4]", "strings=[\"x\",\"y\"]")
        << url("/edge/n/search?mode=true&longs=3&longs=4&strings=x&strings=y") << none << noBody;
    QTest::newRow("query empty array omitted")
        << edge << "GET"
        << "/edge/{name}/search" << L("name=n", "mode=1", "json:longs=[]")
        << url("/edge/n/search?mode=true") << none << noBody;
    QTest::newRow("query typed scalars")
        << edge << "GET"
        << "/edge/{name}/search"
        << L("name=n", "mode=true", "aDouble=1.50", "aLong=007", "aLongEnum=100",
               "aDateTime=2024-01-31T12:00:00+01:00")
        << url("/edge/n/"
               "search?mode=true&aLong=7&aDouble=1.5&aDateTime=2024-01-31T12%3A00%3A00%2B01%3A00&"
               "aLongEnum=100")
        << none << noBody;
    QTest::newRow("query iamTags map of all read-only models")
        << domain << "GET"
        << "/domain/zone" << L(J("iamTags={'env':[{'operator':'EQ','value':'prod'}]}"))
        << url("/domain/"
               "zone?iamTags=%7B%22env%22%3A%5B%7B%22operator%22%3A%22EQ%22%2C%22value%22%3A%"
               "22prod%22%7D%5D%7D")
        << none << noBody;
    QTest::newRow("query map as json")
        << edge << "GET"
        << "/edge/{name}/search" << L("name=n", "mode=true", J("longMap={'a': 1}"))
        << url("/edge/n/search?mode=true&longMap=%7B%22a%22%3A1%7D") << none << noBody;

    // Unnamed model bodies: the model object, typed, optional values left out.
    QTest::newRow("record create")
        << domain << "POST" << record
        << L("zoneName=example.com", "fieldType=A", "subDomain=www", "target=1.2.3.4", "ttl=60")
        << url("/domain/zone/example.com/record") << "model"
        << JB("{'fieldType':'A','subDomain':'www','target':'1.2.3.4','ttl':60}");
    QTest::newRow("record create optionals omitted")
        << domain << "POST" << record
        << L("zoneName=example.com", "fieldType=TXT", "subDomain=", "target=v=spf1 -all", "ttl=")
        << url("/domain/zone/example.com/record") << "model"
        << JB("{'fieldType':'TXT','target':'v=spf1 -all'}");
    QTest::newRow("record create unicode and quotes")
        << domain << "POST" << record
        << L("zoneName=example.com", "fieldType=TXT", QStringLiteral("target=\u00e9\"\\\n\u2028"),
               "json:ttl=3600")
        << url("/domain/zone/example.com/record") << "model"
        << QByteArray("{\"fieldType\":\"TXT\",\"target\":\"\xC3\xA9\\\"\\\\\\n\xE2\x80\xA8\","
                      "\"ttl\":3600}");
    QTest::newRow("record create typed values")
        << domain << "POST" << record
        << L("zoneName=example.com", J("json:fieldType='MX'"), J("json:target='mx.example.com.'"),
               J("json:ttl='120'"))
        << url("/domain/zone/example.com/record") << "model"
        << JB("{'fieldType':'MX','target':'mx.example.com.','ttl':120}");
    QTest::newRow("record create whole body")
        << domain << "POST" << record
        << L("zoneName=example.com", J("@body={'fieldType':'A','target':'1.2.3.4','ttl':'60'}"))
        << url("/domain/zone/example.com/record") << "model"
        << JB("{'fieldType':'A','target':'1.2.3.4','ttl':60}");
    QTest::newRow("put me skips read-only, sends null")
        << me << "PUT"
        << "/me" << L("address=1 rue de la Paix", "json:fax=null", "language=fr_FR") << url("/me")
        << "model" << JB("{'address':'1 rue de la Paix','fax':null,'language':'fr_FR'}");
    QTest::newRow("put me nothing set")
        << me << "PUT"
        << "/me" << QStringList() << url("/me") << "model" << QByteArray("{}");
    QTest::newRow("nested model, five levels")
        << cloud << "POST"
        << "/cloud/project/{serviceName}/kube/{kubeId}/nodepool"
        << L("serviceName=p1", "kubeId=k1", "flavorName=b2-7", "desiredNodes=3", "autoscale=yes",
               J("autoscaling={'scaleDownUtilizationThreshold':'0.5','scaleDownUnneededTimeSeconds'"
                 ":600}"),
               J("template={'metadata':{'annotations':{},'finalizers':[],'labels':{'env':'prod'}},"
                 "'spec':{'taints':[{'effect':'NoSchedule','key':'k','value':'v'}],'unschedulable':"
                 "'false'}}"))
        << url("/cloud/project/p1/kube/k1/nodepool") << "model"
        << JB("{'autoscale':true,'autoscaling':{'scaleDownUnneededTimeSeconds':600,'"
              "scaleDownUtilizationThreshold':0.5},"
              "'desiredNodes':3,'flavorName':'b2-7','template':{'metadata':{'annotations':{},'"
              "finalizers':[],"
              "'labels':{'env':'prod'}},'spec':{'taints':[{'effect':'NoSchedule','key':'k','value':"
              "'v'}],"
              "'unschedulable':false}}}");
    QTest::newRow("nested fixture, enums and arrays")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n", "label=L",
               J("middle={'weight':2,'inner':{'count':'5','on':1,'kind':'Gamma','size':'10'}}"),
               J("list=[{'count':1},{'count':2,'size':100}]"), J("tags={'a':'','b':'x'}"),
               "json:note=null")
        << url("/edge/n/model") << "model"
        << JB("{'label':'L','list':[{'count':1},{'count':2,'size':100}],'middle':{'inner':{'count':"
              "5,'kind':'Gamma',"
              "'on':true,'size':10},'weight':2},'note':null,'tags':{'a':'','b':'x'}}");
    QTest::newRow("body property qualified past a path name")
        << edge << "PUT"
        << "/edge/{name}/model"
        << L("name=n", "body:label=for the body", J("middle={'inner':{'count':0}}"))
        << url("/edge/n/model") << "model"
        << JB("{'label':'for the body','middle':{'inner':{'count':0}}}");

    // Named body parameters: one object, typed.
    QTest::newRow("named body") << ip << "POST"
                                << "/ip/{ip}/reverse"
                                << L("ip=1.2.3.0/29", "ipReverse=1.2.3.4",
                                       "reverse=host.example.com.")
                                << url("/ip/1.2.3.0%2F29/reverse") << "parameters"
                                << JB("{'ipReverse':'1.2.3.4','reverse':'host.example.com.'}");
    QTest::newRow("named body long enum as number")
        << QStringLiteral("dedicated/server.json") << "POST"
        << "/dedicated/server/{serviceName}/features/ipmi/access"
        << L("serviceName=ns1", "ttl=15", "type=kvmipJnlp", "ipToAllow=192.0.2.10")
        << url("/dedicated/server/ns1/features/ipmi/access") << "parameters"
        << JB("{'ipToAllow':'192.0.2.10','ttl':15,'type':'kvmipJnlp'}");
    QTest::newRow("named body every kind")
        << edge << "POST"
        << "/edge/{name}/kinds"
        << L("name=n", "aLong=-9223372036854775808", "aDouble=-1.25e3", "aBoolean=No",
               "aDate=2024-02-29", "aDateTime=2024-01-31", "aTime=23:59:60",
               "aUuid=123E4567-e89b-12d3-a456-426614174000", "anIp=::1", "anIpv6=2001:db8::1",
               "anIpBlock=0.0.0.0/0", "anIpInterface=192.0.2.1/24", "aMac=00-11-22-aa-BB-cc",
               "aPhone=+33.123456789", "aPassword= secret ", "aText=line1\nline2", "aDuration=P1D",
               "aLongEnum=1", "aStringEnum=alpha", "longs=5", "strings=x", J("longMap={'k':'42'}"),
               J("generic={'value':'12','unit':'GB'}"), J("unresolved={'any':[1]}"))
        << url("/edge/n/kinds") << "parameters"
        << JB("{'aBoolean':false,'aDate':'2024-02-29','aDateTime':'2024-01-31','aDouble':-1250,'"
              "aDuration':'P1D','aLong':-9223372036854775808,"
              "'aLongEnum':1,'aMac':'00-11-22-aa-BB-cc','aPassword':' secret "
              "','aPhone':'+33.123456789',"
              "'aStringEnum':'alpha','aText':'line1\\nline2','aTime':'23:59:60','aUuid':'123E4567-"
              "e89b-12d3-a456-426614174000',"
              "'anIp':'::1','anIpBlock':'0.0.0.0/0','anIpInterface':'192.0.2.1/"
              "24','anIpv6':'2001:db8::1',"
              "'generic':{'unit':'GB','value':12},'longMap':{'k':42},'longs':[5],'strings':['x'],'"
              "unresolved':{'any':[1]}}");
    QTest::newRow("all read-only model is input (me/document tags)")
        << me << "POST"
        << "/me/document" << L("name=scan.pdf", J("tags=[{'key':'kind','value':'invoice'}]"))
        << url("/me/document") << "parameters"
        << JB("{'name':'scan.pdf','tags':[{'key':'kind','value':'invoice'}]}");
    QTest::newRow("named body nothing set")
        << edge << "POST"
        << "/edge/{name}/kinds" << L("name=n") << url("/edge/n/kinds") << "parameters"
        << QByteArray("{}");
    QTest::newRow("named body whole object")
        << edge << "POST"
        << "/edge/{name}/required" << L("name=n", J("@body={'count':2,'label':'x'}"))
        << url("/edge/n/required") << "parameters" << JB("{'count':2,'label':'x'}");
    QTest::newRow("unresolved type falls back to string")
        << edge << "POST"
        << "/edge/{name}/kinds" << L("name=n", "unresolved=not json") << url("/edge/n/kinds")
        << "parameters" << JB("{'unresolved':'not json'}");

    // The implicit {queueId}: a path placeholder the schema declares only as a body parameter.
    const QString agents = QStringLiteral(
        "/telephony/{billingAccount}/easyHunting/{serviceName}/hunting/queue/{queueId}/agent");
    QTest::newRow("implicit queueId shared")
        << QStringLiteral("telephony.json") << "POST" << agents
        << L("billingAccount=ba-1", "serviceName=0033123456789", "queueId=12", "position=1")
        << url("/telephony/ba-1/easyHunting/0033123456789/hunting/queue/12/agent") << "parameters"
        << JB("{'position':1,'queueId':12}");
    QTest::newRow("implicit queueId qualified")
        << QStringLiteral("telephony.json") << "POST" << agents
        << L("billingAccount=ba-1", "serviceName=s", "path:queueId=q 1", "body:queueId=13",
               "json:position=2")
        << url("/telephony/ba-1/easyHunting/s/hunting/queue/q%201/agent") << "parameters"
        << JB("{'position':2,'queueId':13}");

    // Maps and top-level arrays (the only two array bodies of the eu API).
    const QString advanced = QStringLiteral(
        "/cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration");
    QTest::newRow("map body from names")
        << cloud << "PUT" << advanced
        << L("serviceName=p", "clusterId=123e4567-e89b-12d3-a456-426614174000",
               "mysql.sql_mode=ANSI,TRADITIONAL", "mysql.wait_timeout=60", "empty=")
        << url("/cloud/project/p/database/mysql/123e4567-e89b-12d3-a456-426614174000/"
               "advancedConfiguration")
        << "map"
        << JB("{'empty':'','mysql.sql_mode':'ANSI,TRADITIONAL','mysql.wait_timeout':'60'}");
    QTest::newRow("map body whole")
        << cloud << "PUT" << advanced
        << L("serviceName=p", "clusterId=123e4567-e89b-12d3-a456-426614174000",
               J("@bodytext={'a':'1'}"))
        << url("/cloud/project/p/database/mysql/123e4567-e89b-12d3-a456-426614174000/"
               "advancedConfiguration")
        << "map" << JB("{'a':'1'}");
    const QString restrictions = QStringLiteral(
        "/cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/");
    QTest::newRow("array body management")
        << cloud << "PUT" << restrictions + QLatin1String("management")
        << L("serviceName=p", "registryID=r",
               J("@body=[{'ipBlock':'192.0.2.0/24','description':'office'},{'ipBlock':'2001:db8::/"
                 "48'}]"))
        << url("/cloud/project/p/containerRegistry/r/ipRestrictions/management") << "array"
        << JB("[{'description':'office','ipBlock':'192.0.2.0/24'},{'ipBlock':'2001:db8::/48'}]");
    QTest::newRow("array body registry empty")
        << cloud << "PUT" << restrictions + QLatin1String("registry")
        << L("serviceName=p", "registryID=r", "@bodytext=[]")
        << url("/cloud/project/p/containerRegistry/r/ipRestrictions/registry") << "array"
        << QByteArray("[]");
    QTest::newRow("optional array body left out") << edge << "PUT"
                                                  << "/edge/{name}/optionalBody" << L("name=n")
                                                  << url("/edge/n/optionalBody") << none << noBody;

    // Raw bodies: checked as JSON, sent as written minus whitespace between tokens.
    QTest::newRow("raw body keeps order and spelling")
        << domain << "POST" << record
        << L("zoneName=example.com",
               "@raw={ \"target\" : \"a b\\u00e9\",\n\t\"fieldType\": \"A\", \"ttl\": 6.0E1 }")
        << url("/domain/zone/example.com/record") << "raw"
        << QByteArray("{\"target\":\"a b\\u00e9\",\"fieldType\":\"A\",\"ttl\":6.0E1}");
    // --no-check: what the schema would refuse (an unknown property, a string for a long) goes.
    QTest::newRow("raw body unchecked")
        << domain << "POST" << record
        << L("zoneName=example.com",
               "@rawunchecked={ \"target\" : \"t\", \"fieldType\": \"A\", \"ttl\": \"60\", "
               "\"n\": 12345678901234567890 }")
        << url("/domain/zone/example.com/record") << "raw"
        << QByteArray(
               "{\"target\":\"t\",\"fieldType\":\"A\",\"ttl\":\"60\",\"n\":12345678901234567890}");
    QTest::newRow("raw named parameters")
        << QStringLiteral("ip.json") << "POST"
        << "/ip/{ip}/reverse"
        << L("ip=192.0.2.0/29", J("@raw={'ipReverse':'192.0.2.1','reverse':'a.example.'}"))
        << url("/ip/192.0.2.0%2F29/reverse") << "raw"
        << JB("{'ipReverse':'192.0.2.1','reverse':'a.example.'}");
    QTest::newRow("raw array body")
        << cloud << "PUT" << restrictions + QLatin1String("registry")
        << L("serviceName=p", "registryID=r", "@raw= [ ] ")
        << url("/cloud/project/p/containerRegistry/r/ipRestrictions/registry") << "raw"
        << QByteArray("[]");
}

void TestCallRequest::requests()
{
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, given);
    QFETCH(QByteArray, url);
    QFETCH(QString, bodyKind);
    QFETCH(QByteArray, body);

    const Product& schema = product(file);
    const Operation* operation = findOperation(schema, method, path);
    QVERIFY2(operation, qPrintable(method + QLatin1Char(' ') + path));

    CallErrors errors;
    const CallRequest request = buildCallRequest(schema, *operation, inputs(given), &errors);
    QCOMPARE(errorTexts(errors), QStringList());
    QCOMPARE(request.methodName(), method);
    QCOMPARE(request.pathTemplate, path);
    QCOMPARE(request.url(eu()).toEncoded(), url);
    QCOMPARE(eu().baseUrl.toEncoded() + request.pathAndQuery(), url);
    QCOMPARE(bodyKindName(request.bodyKind), bodyKind);
    QCOMPARE(request.bodyBytes, body);
    QCOMPARE(request.hasBody(), !body.isNull());
    if (request.hasBody()) {
        // The parsed body for snippets is the body sent.
        QJsonValue reparsed;
        QVERIFY(parseJsonText(QString::fromUtf8(body), &reparsed));
        QCOMPARE(request.body, reparsed);
    } else {
        QVERIFY(request.body.isUndefined());
    }
}

void TestCallRequest::fieldsForSnippets()
{
    // What snippets print next to each value: name, location, type, description, required.
    const Product& domain = product(QStringLiteral("domain.json"));
    const Operation* post = findOperation(
        domain, QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QVERIFY(post);
    CallErrors errors;
    const CallRequest request = buildCallRequest(domain, *post,
        inputs({ QStringLiteral("target=1.2.3.4"), QStringLiteral("zoneName=example.com"),
            QStringLiteral("fieldType=A"), QStringLiteral("ttl=60") }),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(request.pathParams.size(), 1);
    QCOMPARE(request.pathParams.first().name, QStringLiteral("zoneName"));
    QCOMPARE(request.pathParams.first().location, ParamLocation::Path);
    QCOMPARE(request.pathParams.first().description, QStringLiteral("Zone name"));
    QCOMPARE(request.pathParams.first().value, QJsonValue(QStringLiteral("example.com")));
    QStringList names;
    for (const CallField& field : request.bodyFields)
        names << field.name;
    QCOMPARE(
        names, (L(QStringLiteral("fieldType"), QStringLiteral("target"), QStringLiteral("ttl"))));
    const CallField& fieldType = request.bodyFields.at(0);
    QCOMPARE(fieldType.type.kind, TypeKind::Enum);
    QCOMPARE(fieldType.type.displayName(), QStringLiteral("domain.zone.RecordTypeEnum"));
    QVERIFY(fieldType.required);
    const CallField& ttl = request.bodyFields.at(2);
    QCOMPARE(ttl.description, QStringLiteral("TTL of the record"));
    QVERIFY(!ttl.required);
    QCOMPARE(ttl.value, QJsonValue(qint64(60)));
    QCOMPARE(request.body.toObject().value(QStringLiteral("ttl")), QJsonValue(qint64(60)));

    // Named parameters keep schema order and their own descriptions.
    const Product& server = product(QStringLiteral("dedicated/server.json"));
    const Operation* access = findOperation(server, QStringLiteral("POST"),
        QStringLiteral("/dedicated/server/{serviceName}/features/ipmi/access"));
    QVERIFY(access);
    const CallRequest named = buildCallRequest(server, *access,
        inputs({ QStringLiteral("type=serialOverLanURL"), QStringLiteral("ttl=1"),
            QStringLiteral("serviceName=s") }),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(named.bodyKind, BodyKind::Parameters);
    QCOMPARE(named.bodyFields.size(), 2);
    QCOMPARE(named.bodyFields.at(0).name, QStringLiteral("ttl"));
    QCOMPARE(named.bodyFields.at(0).value, QJsonValue(qint64(1)));
    QCOMPARE(named.bodyFields.at(1).name, QStringLiteral("type"));

    // A map body lists its entries; an array body has none.
    const Product& cloud = product(QStringLiteral("cloud.json"));
    const Operation* advanced = findOperation(cloud, QStringLiteral("PUT"),
        QStringLiteral(
            "/cloud/project/{serviceName}/database/redis/{clusterId}/advancedConfiguration"));
    QVERIFY(advanced);
    const CallRequest map = buildCallRequest(cloud, *advanced,
        inputs({ QStringLiteral("serviceName=p"),
            QStringLiteral("clusterId=123e4567-e89b-12d3-a456-426614174000"),
            QStringLiteral("redis.timeout=300") }),
        &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(map.bodyKind, BodyKind::Map);
    QCOMPARE(map.bodyFields.size(), 1);
    QCOMPARE(map.bodyFields.first().name, QStringLiteral("redis.timeout"));
    QCOMPARE(map.bodyFields.first().type.kind, TypeKind::String);
}

void TestCallRequest::queryItemsDecoded()
{
    const Product& edge = product(QStringLiteral("edge"));
    const Operation* search
        = findOperation(edge, QStringLiteral("GET"), QStringLiteral("/edge/{name}/search"));
    QVERIFY(search);
    CallErrors errors;
    const CallRequest request = buildCallRequest(edge, *search,
        inputs({ QStringLiteral("name=n"), QStringLiteral("strings=a b"),
            QStringLiteral("strings=\u00e9&"), QStringLiteral("mode=yes"),
            QStringLiteral("aDouble=0.1") }),
        &errors);
    QVERIFY(errors.isEmpty());
    const QList<std::pair<QString, QString>> expected {
        { QStringLiteral("mode"), QStringLiteral("true") },
        { QStringLiteral("aDouble"), QStringLiteral("0.1") },
        { QStringLiteral("strings"), QStringLiteral("a b") },
        { QStringLiteral("strings"), QStringLiteral("\u00e9&") },
    };
    QCOMPARE(request.queryItems(), expected);
    QCOMPARE(request.encodedQuery(),
        QByteArray("mode=true&aDouble=0.1&strings=a%20b&strings=%C3%A9%26"));
    QCOMPARE(request.queryParams.at(2).value,
        QJsonValue(QJsonArray { QStringLiteral("a b"), QStringLiteral("\u00e9&") }));
}

void TestCallRequest::urlKeepsEncoding_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("eu") << "ovh-eu"
                        << QByteArray(
                               "https://eu.api.ovh.com/1.0/ip/1.2.3.0%2F29/reverse?x=%25%2F%3F%23");
    QTest::newRow("custom port")
        << "http://127.0.0.1:8443/1.0"
        << QByteArray("http://127.0.0.1:8443/1.0/ip/1.2.3.0%2F29/reverse?x=%25%2F%3F%23");
    QTest::newRow("custom root")
        << "https://api.example.test"
        << QByteArray("https://api.example.test/ip/1.2.3.0%2F29/reverse?x=%25%2F%3F%23");
}

void TestCallRequest::urlKeepsEncoding()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, expected);
    QString error;
    const auto endpoint = Endpoint::fromUserText(base, &error);
    QVERIFY2(endpoint, qPrintable(error));
    CallRequest request;
    request.method = HttpMethod::Get;
    request.path = QStringLiteral("/ip/1.2.3.0%2F29/reverse");
    CallField query;
    query.name = QStringLiteral("x");
    query.value = QStringLiteral("%/?#");
    request.queryParams << query;
    const QUrl url = request.url(*endpoint);
    QVERIFY(url.isValid());
    QCOMPARE(url.toEncoded(), expected);
    // What a QNetworkRequest does with it (a copy, a round trip through text) keeps it too.
    QCOMPARE(QUrl::fromEncoded(url.toEncoded(), QUrl::StrictMode).toEncoded(), expected);
    QCOMPARE(QUrl(url.toString(QUrl::FullyEncoded), QUrl::StrictMode).toEncoded(), expected);
}

void TestCallRequest::noAuthentication()
{
    const Product& auth = product(QStringLiteral("auth.json"));
    const Operation* time
        = findOperation(auth, QStringLiteral("GET"), QStringLiteral("/auth/time"));
    QVERIFY(time);
    CallErrors errors;
    QVERIFY(buildCallRequest(auth, *time, {}, &errors).noAuthentication);
    const Operation* current
        = findOperation(auth, QStringLiteral("GET"), QStringLiteral("/auth/currentCredential"));
    QVERIFY(current);
    QVERIFY(!buildCallRequest(auth, *current, {}, &errors).noAuthentication);
    const Product& edge = product(QStringLiteral("edge"));
    const Operation* open
        = findOperation(edge, QStringLiteral("GET"), QStringLiteral("/edge/public"));
    QVERIFY(open);
    QVERIFY(buildCallRequest(edge, *open, {}, &errors).noAuthentication);
    QVERIFY(errors.isEmpty());
}

void TestCallRequest::partialRequestWithErrors()
{
    // A form previews what it can while values are missing: placeholders stay, valid values show.
    const Product& domain = product(QStringLiteral("domain.json"));
    const Operation* post = findOperation(
        domain, QStringLiteral("POST"), QStringLiteral("/domain/zone/{zoneName}/record"));
    QVERIFY(post);
    CallErrors errors;
    const CallRequest request = buildCallRequest(domain, *post,
        inputs({ QStringLiteral("target=1.2.3.4"), QStringLiteral("ttl=soon") }), &errors);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).kind, CallError::Kind::Missing);
    QCOMPARE(errors.at(0).field, QStringLiteral("zoneName"));
    QCOMPARE(errors.at(1).kind, CallError::Kind::InvalidValue);
    QCOMPARE(errors.at(1).field, QStringLiteral("body.ttl"));
    QCOMPARE(errors.at(1).message, QStringLiteral("\"soon\" is not an integer"));
    QCOMPARE(request.path, QStringLiteral("/domain/zone/{zoneName}/record"));
    QCOMPARE(request.bodyBytes, QByteArray("{\"target\":\"1.2.3.4\"}"));

    // Null errors pointer: still builds.
    const CallRequest silent
        = buildCallRequest(domain, *post, inputs({ QStringLiteral("zoneName=z") }), nullptr);
    QCOMPARE(silent.path, QStringLiteral("/domain/zone/z/record"));
}

QTEST_GUILESS_MAIN(TestCallRequest)
#include "tst_callrequest.moc"
