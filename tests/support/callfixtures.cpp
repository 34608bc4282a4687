#include "callfixtures.h"

#include "base/jsontext.h"
#include "schemafixtures.h"
#include "testpaths.h"

#include <QTest>

using namespace Ovh;

namespace {

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

} // namespace

namespace OvhTest {

QString J(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QByteArray JB(const char* text)
{
    return J(text).toUtf8();
}

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

QByteArray url(const char* pathAndQuery)
{
    return QByteArrayLiteral("https://eu.api.ovh.com/1.0") + pathAndQuery;
}

} // namespace OvhTest
