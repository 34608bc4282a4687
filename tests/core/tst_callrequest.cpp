#include "base/endpoint.h"
#include "call/callrequest.h"
#include "call/valueconversion.h"
#include "schema/schemaparser.h"

#include "base/jsontext.h"
#include "call/scalartext.h"
#include "schemafixtures.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ovh;

Q_DECLARE_METATYPE(Ovh::TypeKind)

namespace {

// JSON written with single quotes in the tables, to keep them readable.
QString J(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QByteArray JB(const char* text)
{
    return J(text).toUtf8();
}

// "edge" is the fixture of tests/data/callrequest; anything else a file of the eu snapshot.
const Product& product(const QString& name)
{
    if (name == QLatin1String("edge"))
        return OvhTest::productFile(
            OvhTest::dataFile(QStringLiteral("callrequest")), QStringLiteral("edge.json"));
    return OvhTest::snapshotProduct(name);
}

const Operation* findOperation(const Product& product, const QString& method, const QString& path)
{
    return OvhTest::findOperation(product, httpMethodFromName(method), path);
}

std::optional<ParamLocation> locationPrefix(QStringView prefix)
{
    if (prefix == u"path")
        return ParamLocation::Path;
    if (prefix == u"query")
        return ParamLocation::Query;
    if (prefix == u"body")
        return ParamLocation::Body;
    return std::nullopt;
}

QJsonValue parsedJson(const QString& text)
{
    QJsonValue value;
    QString error;
    if (!parseJsonText(text, &value, &error))
        qFatal("bad JSON in a test table: %s (%s)", qPrintable(text), qPrintable(error));
    return value;
}

// The tables' inputs, CLI style: "name=text" (repeatable: array elements), "json:name=<json>"
// (a typed form value), "path:name=text" / "query:…" / "body:…" (qualified by location),
// "@body=<json>" (the whole body as a typed value), "@bodytext=text", "@raw=text",
// "@rawunchecked=text" (a raw body not checked against the schema: --no-check).
CallValues inputs(const QStringList& specs)
{
    CallValues values;
    for (const QString& spec : specs) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        QString name = spec.left(equals);
        const QString text = spec.mid(equals + 1);
        if (name == QLatin1String("@body")) {
            values.setBody(CallValue::fromJson(parsedJson(text)));
        } else if (name == QLatin1String("@bodytext")) {
            values.setBody(CallValue::fromText(text));
        } else if (name == QLatin1String("@raw")) {
            values.setRawBody(text);
        } else if (name == QLatin1String("@rawunchecked")) {
            values.setRawBody(text);
            values.setCheckRawBody(false);
        } else if (name.startsWith(QLatin1String("json:"))) {
            values.set(name.mid(5), CallValue::fromJson(parsedJson(text)));
        } else if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon > 0) {
            const auto location = locationPrefix(QStringView(name).left(colon));
            if (!location)
                qFatal("bad location in %s", qPrintable(spec));
            values.set(*location, name.mid(colon + 1), CallValue::fromText(text));
        } else {
            values.addText(name, text);
        }
    }
    return values;
}

QString toText(const char* text)
{
    return QString::fromUtf8(text);
}

QString toText(const QString& text)
{
    return text;
}

template<typename... Items> QStringList L(const Items&... items)
{
    return QStringList { toText(items)... };
}

Endpoint eu()
{
    return *Endpoint::byName(u"ovh-eu");
}

QStringList errorTexts(const CallErrors& errors)
{
    QStringList texts;
    for (const CallError& error : errors)
        texts << error.toString();
    return texts;
}

const char* Base = "https://eu.api.ovh.com/1.0";

QByteArray url(const char* pathAndQuery)
{
    return QByteArray(Base) + pathAndQuery;
}

} // namespace

class TestCallRequest : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void errors_data();
    void errors();
    void scalarText_data();
    void scalarText();
    void fieldsForSnippets();
    void queryItemsDecoded();
    void urlKeepsEncoding_data();
    void urlKeepsEncoding();
    void noAuthentication();
    void partialRequestWithErrors();
    void jsonHelpers_data();
    void jsonHelpers();
    void everyEuOperationBuildsFromSamples();
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

void TestCallRequest::errors_data()
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
        << L("ipBlock: unknown parameter; it takes: registryID, serviceName, the whole body "
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

void TestCallRequest::errors()
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

void TestCallRequest::scalarText_data()
{
    QTest::addColumn<TypeKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");

    const auto row = [](TypeKind kind, const char* text, bool ok) {
        QTest::addRow("%s %s", qPrintable(typeKindName(kind)), text)
            << kind << QString::fromUtf8(text) << ok;
    };
    row(TypeKind::String, "", true);
    row(TypeKind::String, "anything at all", true);
    row(TypeKind::Duration, "P1DT2H", true);
    row(TypeKind::Long, "0", true);
    row(TypeKind::Long, "-9223372036854775808", true);
    row(TypeKind::Long, "9223372036854775807", true);
    row(TypeKind::Long, "9223372036854775808", false);
    row(TypeKind::Long, "1e3", false);
    row(TypeKind::Long, "0x10", false);
    row(TypeKind::Long, "", false);
    row(TypeKind::Double, "1", true);
    row(TypeKind::Double, ".5", true);
    row(TypeKind::Double, "5.", true);
    row(TypeKind::Double, "-2.5E-3", true);
    row(TypeKind::Double, "nan", false);
    row(TypeKind::Double, "inf", false);
    row(TypeKind::Double, "1,000", false);
    for (const char* yes : { "true", "TRUE", "1", "yes", "Yes" })
        row(TypeKind::Boolean, yes, true);
    for (const char* no : { "false", "False", "0", "no", "NO" })
        row(TypeKind::Boolean, no, true);
    for (const char* bad : { "y", "on", "2", "" })
        row(TypeKind::Boolean, bad, false);
    row(TypeKind::Date, "2024-02-29", true);
    row(TypeKind::Date, "2024-2-29", false);
    row(TypeKind::Date, "2024-13-01", false);
    row(TypeKind::DateTime, "2024-01-31T12:00:00Z", true);
    row(TypeKind::DateTime, "2024-01-31T12:00:00.123456+05:30", true);
    row(TypeKind::DateTime, "2024-01-31 12:00", true);
    row(TypeKind::DateTime, "2024-01-31T12:00:00+0100", true);
    row(TypeKind::DateTime, "2024-01-31", true);
    row(TypeKind::DateTime, "2024-01-31T12", false);
    row(TypeKind::DateTime, "2024-01-31T12:61", false);
    row(TypeKind::Time, "08:30", true);
    row(TypeKind::Time, "08:30:15.5", true);
    row(TypeKind::Time, "8:30", false);
    row(TypeKind::Uuid, "00000000-0000-0000-0000-000000000000", true);
    row(TypeKind::Uuid, "{00000000-0000-0000-0000-000000000000}", false);
    row(TypeKind::Ip, "192.0.2.1", true);
    row(TypeKind::Ip, "::", true);
    row(TypeKind::Ip, "::ffff:192.0.2.1", true);
    row(TypeKind::Ip, "fe80::1%eth0", false);
    row(TypeKind::Ip, "01.2.3.4", true);
    row(TypeKind::Ip, "example.com", false);
    row(TypeKind::IpBlock, "192.0.2.1", true);
    row(TypeKind::IpBlock, "192.0.2.0/32", true);
    row(TypeKind::IpBlock, "2001:db8::/128", true);
    row(TypeKind::IpBlock, "2001:db8::/129", false);
    row(TypeKind::IpBlock, "192.0.2.0/255.255.255.0", false);
    row(TypeKind::IpInterface, "2001:db8::1/64", true);
    row(TypeKind::MacAddress, "00:11:22:33:44:55", true);
    row(TypeKind::MacAddress, "001122334455", true);
    row(TypeKind::MacAddress, "0011.2233.4455", true);
    row(TypeKind::MacAddress, "00:11-22:33:44:55", false);
    row(TypeKind::Phone, "0033123456789", true);
    row(TypeKind::Phone, "+1 (555) 010-0000", true);
    row(TypeKind::Phone, "112", true);
    row(TypeKind::Phone, "+", false);
    row(TypeKind::Phone, "33a", false);
    row(TypeKind::Enum, "A", false);
    row(TypeKind::Model, "{}", false);
}

void TestCallRequest::scalarText()
{
    QFETCH(TypeKind, kind);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString reason;
    QCOMPARE(checkScalarText(kind, text, &reason), ok);
    QCOMPARE(reason.isEmpty(), ok);
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

void TestCallRequest::jsonHelpers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("compacted"); // compactJsonText of the text
    QTest::addColumn<QString>("wire"); // wireText of the parsed value

    QTest::newRow("integer") << "42" << true << QByteArray("42") << "42";
    QTest::newRow("big integer") << "9007199254740993" << true << QByteArray("9007199254740993")
                                 << "9007199254740993";
    QTest::newRow("double") << " 0.1 " << true << QByteArray("0.1") << "0.1";
    QTest::newRow("integral double") << "2.0" << true << QByteArray("2.0") << "2";
    QTest::newRow("string") << "\"a \\\" b\"" << true << QByteArray("\"a \\\" b\"") << "a \" b";
    QTest::newRow("string with spaces kept")
        << "[ \"a  b\" , 1 ]" << true << QByteArray("[\"a  b\",1]") << "[\"a  b\",1]";
    QTest::newRow("escaped backslash before quote")
        << "{\"k\\\\\" : \" v \"}" << true << QByteArray("{\"k\\\\\":\" v \"}")
        << "{\"k\\\\\":\" v \"}";
    QTest::newRow("boolean") << "true" << true << QByteArray("true") << "true";
    QTest::newRow("null") << "null" << true << QByteArray("null") << "null";
    QTest::newRow("two values") << "1 2" << false << QByteArray() << QString();
    QTest::newRow("trailing comma") << "[1,]" << false << QByteArray() << QString();
    QTest::newRow("bare word") << "hello" << false << QByteArray() << QString();
}

void TestCallRequest::jsonHelpers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, compacted);
    QFETCH(QString, wire);
    QJsonValue value;
    QString error;
    QCOMPARE(parseJsonText(text, &value, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(compactJsonText(text.toUtf8()), compacted);
    QCOMPARE(wireText(value), wire);
    QJsonValue again;
    QVERIFY(parseJsonText(QString::fromUtf8(compactJson(value)), &again));
    QCOMPARE(again, value);
}

namespace {

// A value every type accepts, to build each operation of the API with its required values.
QJsonValue sample(const Product& product, const TypeRef& type, int depth, bool all);

// Required settable properties, or every settable one when `all`.
QJsonObject sampleObject(const Product& product, const TypeRef& type, int depth, bool all)
{
    QJsonObject object;
    if (depth > 6)
        return object;
    const QList<Property> properties = product.propertiesOf(type);
    for (const Property& property : properties) {
        if ((property.required || all) && isSettable(property, properties))
            object.insert(property.name, sample(product, property.type, depth + 1, all));
    }
    return object;
}

QJsonValue sample(const Product& product, const TypeRef& type, int depth, bool all)
{
    switch (type.kind) {
    case TypeKind::Long:
        return QStringLiteral("1");
    case TypeKind::Double:
        return QStringLiteral("1.5");
    case TypeKind::Boolean:
        return QStringLiteral("true");
    case TypeKind::Date:
        return QStringLiteral("2024-01-31");
    case TypeKind::DateTime:
        return QStringLiteral("2024-01-31T12:00:00+01:00");
    case TypeKind::Time:
        return QStringLiteral("12:00:00");
    case TypeKind::Uuid:
        return QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    case TypeKind::Ip:
        return QStringLiteral("192.0.2.1");
    case TypeKind::IpBlock:
        return QStringLiteral("192.0.2.0/29");
    case TypeKind::IpInterface:
        return QStringLiteral("192.0.2.1/24");
    case TypeKind::MacAddress:
        return QStringLiteral("00:11:22:33:44:55");
    case TypeKind::Phone:
        return QStringLiteral("+33123456789");
    case TypeKind::Enum: {
        const Model* model = product.model(type.modelKey);
        return model && !model->enumValues.isEmpty() ? model->enumValues.first()
                                                     : QStringLiteral("x");
    }
    case TypeKind::Model:
        return sampleObject(product, type, depth, all);
    case TypeKind::Array:
        return type.element ? QJsonArray { sample(product, *type.element, depth + 1, all) }
                            : QJsonArray();
    case TypeKind::Map:
        return QJsonObject();
    default:
        break;
    }
    return QStringLiteral("x");
}

} // namespace

void TestCallRequest::everyEuOperationBuildsFromSamples()
{
    // Every operation of the eu API builds without error from sample values of its required
    // parameters, then of all of them down to nested properties, typed values and texts alike:
    // the rules accept what the schema declares (no false rejection on real data).
    const QDir root(OvhTest::snapshotDir(QStringLiteral("eu")));
    QStringList files;
    for (const QString& file : root.entryList({ QStringLiteral("*.json") }, QDir::Files))
        files << file;
    for (const QString& dir : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString& file :
            QDir(root.filePath(dir)).entryList({ QStringLiteral("*.json") }, QDir::Files))
            files << dir + QLatin1Char('/') + file;
    }
    files.removeAll(QStringLiteral("index.json"));
    QVERIFY(files.size() > 80);

    int operations = 0;
    int bodies = 0;
    for (const QString& file : std::as_const(files)) {
        const Product& schema = product(file);
        for (const ApiPath& apiPath : schema.paths) {
            for (const Operation& operation : apiPath.operations) {
                ++operations;
                // Required values only, then every parameter and property; typed, then text.
                for (const bool all : { false, true }) {
                    CallValues typed;
                    CallValues texts;
                    for (const Parameter& parameter : operation.parameters) {
                        if (!parameter.required && !all)
                            continue;
                        const QJsonValue value = sample(schema, parameter.type, 0, all);
                        if (parameter.name.isEmpty()) {
                            typed.setBody(CallValue::fromJson(value));
                            texts.setBody(CallValue::fromText(wireText(value)));
                        } else {
                            typed.set(
                                parameter.location, parameter.name, CallValue::fromJson(value));
                            texts.set(parameter.location, parameter.name,
                                CallValue::fromText(wireText(value)));
                        }
                    }
                    for (const CallValues* values : { &typed, &texts }) {
                        CallErrors errors;
                        const CallRequest request
                            = buildCallRequest(schema, operation, *values, &errors);
                        const QString where = file + QLatin1Char(' ')
                            + httpMethodName(operation.method) + QLatin1Char(' ') + operation.path
                            + QLatin1String(": ");
                        QVERIFY2(errors.isEmpty(),
                            qPrintable(where + errorTexts(errors).join(QLatin1String("; "))));
                        QVERIFY2(!request.path.contains(QLatin1Char('{')),
                            qPrintable(where + request.path));
                        QVERIFY2(request.url(eu()).isValid(), qPrintable(where + request.path));
                        if (request.hasBody()) {
                            ++bodies;
                            QJsonValue reparsed;
                            QVERIFY2(parseJsonText(QString::fromUtf8(request.bodyBytes), &reparsed),
                                qPrintable(where));
                            QCOMPARE(reparsed, request.body);
                        }
                    }
                }
            }
        }
    }
    QVERIFY(operations > 6000);
    qInfo("%d operations built 4 ways, %d with a body", operations, bodies / 4);
}

QTEST_GUILESS_MAIN(TestCallRequest)
#include "tst_callrequest.moc"
