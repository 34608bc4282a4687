#include "snippetcases.h"

#include "schemafixtures.h"
#include "testpaths.h"
#include "v2fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Ovh;

namespace OvhTest {

namespace {

SnippetCase buildCase(const QJsonObject& object)
{
    SnippetCase result;
    result.name = object.value(QLatin1String("name")).toString();
    const QString endpointText
        = object.value(QLatin1String("endpoint")).toString(QStringLiteral("ovh-eu"));
    const auto endpoint = Endpoint::fromUserText(endpointText, &result.problem);
    if (!endpoint)
        return result;
    result.endpoint = *endpoint;
    // "v2:iam.json": the hand-made v2 product of tests/data/v2branch.
    const QString file = object.value(QLatin1String("product")).toString();
    const Product& schema = file.startsWith(QLatin1String("v2:"))
        ? productFile(v2BranchDir(), file.mid(3))
        : snapshotProduct(file);
    const HttpMethod method = httpMethodFromName(object.value(QLatin1String("method")).toString());
    const QString path = object.value(QLatin1String("path")).toString();
    const Operation* operation = findOperation(schema, method, path);
    if (!operation) {
        result.problem = QStringLiteral("no operation %1 %2").arg(httpMethodName(method), path);
        return result;
    }
    CallValues values;
    const QJsonArray params = object.value(QLatin1String("params")).toArray();
    for (const QJsonValue& param : params) {
        const QString text = param.toString();
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        values.addText(text.left(equals), text.mid(equals + 1));
    }
    if (object.contains(QLatin1String("body")))
        values.setRawBody(object.value(QLatin1String("body")).toString());
    // A body the schema refuses, sent on purpose (the CLI's --no-check).
    if (object.value(QLatin1String("unchecked")).toBool())
        values.setCheckRawBody(false);
    if (object.contains(QLatin1String("wholeBody")))
        values.setBody(CallValue::fromText(object.value(QLatin1String("wholeBody")).toString()));
    CallErrors errors;
    result.request = buildCallRequest(schema, *operation, values, &errors);
    for (const CallError& error : std::as_const(errors))
        result.problem += error.toString() + QLatin1Char('\n');
    return result;
}

} // namespace

QString snippetsDir()
{
    return dataDir() + QLatin1String("/snippets");
}

QList<SnippetCase> loadSnippetCases(const QString& file)
{
    QFile in(snippetsDir() + QLatin1Char('/') + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the snippet cases %s", qPrintable(in.fileName()));
    const QJsonArray array
        = QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String("cases")).toArray();
    QList<SnippetCase> list;
    for (const QJsonValue& value : array)
        list.append(buildCase(value.toObject()));
    return list;
}

const QList<SnippetCase>& snippetCases()
{
    static const QList<SnippetCase> all = loadSnippetCases(QStringLiteral("cases.json"));
    return all;
}

const QList<SnippetCase>& v2SnippetCases()
{
    static const QList<SnippetCase> all = loadSnippetCases(QStringLiteral("v2cases.json"));
    return all;
}

const SnippetCase* findSnippetCase(const QString& name)
{
    for (const QList<SnippetCase>* table : { &snippetCases(), &v2SnippetCases() }) {
        for (const SnippetCase& c : *table) {
            if (c.name == name)
                return &c;
        }
    }
    return nullptr;
}

} // namespace OvhTest
