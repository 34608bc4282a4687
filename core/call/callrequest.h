#pragma once

#include "base/endpoint.h"
#include "call/callerror.h"
#include "call/callvalues.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Ovh {

// One value that will be sent, with what the schema says about it (snippets print the type and
// description as a comment, as the old console did).
struct CallField
{
    QString name; // parameter name, or property / map key of an unnamed body
    ParamLocation location = ParamLocation::Query;
    TypeRef type;
    QString description;
    bool required = false;
    QJsonValue value; // typed as sent: long -> integer, boolean -> bool, enum long -> number
};

// The shape of the body, so a snippet can pick the wrapper call that sends it.
enum class BodyKind : quint8 {
    None, // the operation declares no body: nothing is sent
    Parameters, // named body parameters: one JSON object, a key per parameter set
    Model, // an unnamed body typed by a model: that model's object
    Map, // an unnamed map[string]T body: a JSON object of the entries
    Array, // an unnamed T[] body: a top-level JSON array
    Other, // an unnamed body of another type (unresolved: raw JSON)
    Raw, // JSON text given whole by the person, sent as written (compacted)
};

QString bodyKindName(BodyKind kind);

// Exactly what one call sends: the one source of truth read by the client (URL and bytes to
// sign), the CLI, the form's raw view, the snippets and the history. A plain value.
struct CallRequest
{
    HttpMethod method = HttpMethod::Unknown;
    QString pathTemplate; // "/ip/{ip}/reverse"
    // Placeholders substituted, each value percent-encoded as a whole (RFC 3986: everything but
    // A-Z a-z 0-9 - . _ ~, UTF-8): "/ip/1.2.3.0%2F29/reverse". A placeholder without a valid
    // value stays "{ip}" (the request then comes with errors and must not be sent).
    QString path;
    bool noAuthentication = false;

    QList<CallField> pathParams; // in the order of the template's placeholders
    QList<CallField> queryParams; // only those set, in schema order
    QList<CallField> headerParams; // only those set (v2's X-Pagination-Cursor, …)

    BodyKind bodyKind = BodyKind::None;
    // Parameters: the named parameters set, in schema order. Model/Map: the properties or
    // entries set at the top level of the body. Empty for Array, Other and Raw.
    QList<CallField> bodyFields;
    QJsonValue body { QJsonValue::Undefined }; // the body as sent, parsed; undefined when None
    QByteArray bodyBytes; // the exact bytes sent (compact UTF-8 JSON); empty when None

    QString methodName() const { return httpMethodName(method); }
    bool hasBody() const { return bodyKind != BodyKind::None; }
    // Decoded (name, value) pairs in the order sent; an array gives one pair per element.
    QList<std::pair<QString, QString>> queryItems() const;
    // "fieldType=A&subDomain=w%20w" (no '?'): names and values percent-encoded like the path
    // (space -> %20, php-ovh's rawurlencode); empty when nothing is set.
    QByteArray encodedQuery() const;
    // The header parameters as sent: (name, value) in schema order; an array's elements are
    // joined with "," (OpenAPI's simple style).
    QList<std::pair<QByteArray, QByteArray>> headerItems() const;
    // path + "?" + query: what follows the endpoint's base URL.
    QByteArray pathAndQuery() const;
    // The URL to send and sign; toEncoded() is the endpoint's base + pathAndQuery(), unchanged.
    QUrl url(const Endpoint& endpoint) const;
};

// Builds the request for `operation` of `product` from what was entered, and checks it: unknown
// names, missing required values (path parameters and required body properties included),
// values that do not read as their type or are not in their enum. Errors are appended to
// `errors` in the order: unknown names, path, query, body. The request is returned even with
// errors, holding what could be built (for live previews); send it only when there are none.
CallRequest buildCallRequest(const Product& product, const Operation& operation,
    const CallValues& values, CallErrors* errors);

// Why a header parameter cannot travel as declared: a name the client sets itself (Accept,
// Authorization, X-Ovh-*, …) or that is not a token, a value with a line break or another
// control character (it would add a header of its own). Empty when it can.
QString headerParameterProblem(const QString& name, const QString& value);

// Percent-encodes one path segment or query component (UTF-8; all but A-Z a-z 0-9 - . _ ~).
QByteArray percentEncode(const QString& text);

} // namespace Ovh
