#pragma once

#include "base/endpoint.h"
#include "call/callrequest.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What the CallRequest tables share: their products, their inputs written CLI style, and the
// texts they compare.
namespace OvhTest {

// JSON written with single quotes in the tables, to keep them readable.
QString J(const char* text);
QByteArray JB(const char* text);

// "edge" is the fixture of tests/data/callrequest; anything else a file of the eu snapshot.
const Ovh::Product& product(const QString& name);
const Ovh::Operation* findOperation(
    const Ovh::Product& product, const QString& method, const QString& path);

// The tables' inputs, CLI style: "name=text" (repeatable: array elements), "json:name=<json>"
// (a typed form value), "path:name=text" / "query:…" / "body:…" (qualified by location),
// "@body=<json>" (the whole body as a typed value), "@bodytext=text", "@raw=text",
// "@rawunchecked=text" (a raw body not checked against the schema: --no-check).
Ovh::CallValues inputs(const QStringList& specs);

inline QString toText(const char* text)
{
    return QString::fromUtf8(text);
}

inline QString toText(const QString& text)
{
    return text;
}

template<typename... Items> QStringList L(const Items&... items)
{
    return QStringList { toText(items)... };
}

Ovh::Endpoint eu();
QStringList errorTexts(const Ovh::CallErrors& errors);
// The eu base URL followed by `pathAndQuery`.
QByteArray url(const char* pathAndQuery);

} // namespace OvhTest
