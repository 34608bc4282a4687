#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"
#include "call/callrequest.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

// What the five generators share: literals, comments, the rights URL, the credentials block.
// Internal to core/snippets/.
namespace Ovh::Snippets {

// ---- Strings ----------------------------------------------------------------------------
// A code point shown escaped rather than raw: controls, separators other than the space,
// format characters (bidi controls, zero-width), unassigned and lone surrogates.
bool needsEscape(char32_t codePoint);

// How one language writes a quoted string. \n \r \t, the quote and the backslash take their
// usual backslash escapes; `alsoEscaped` characters get a backslash too (PHP's '$'); other code
// points that needsEscape() are written by `escape`.
struct StringSyntax
{
    QChar quote;
    QString alsoEscaped;
    QString (*escape)(char32_t codePoint);
};
QString quoteString(QStringView text, const StringSyntax& syntax);

// "\u00e9"-style escapes shared by several languages: four hex digits below 0x10000.
QString hex(char32_t value, int width);

// ---- Values -----------------------------------------------------------------------------
// How one language writes JSON values as literals.
struct LiteralStyle
{
    QString (*string)(const QString& text);
    QString (*key)(const QString& key); // an object key, as written before the separator
    QString null;
    QString trueWord;
    QString falseWord;
    QString arrayOpen;
    QString arrayClose;
    QString (*objectOpen)(const QJsonObject& object);
    QString objectClose;
    QString keySeparator; // ": ", " => "
    QString indent; // one level
};

// The value as a literal: on one line when it fits in about 80 columns at `depth`, otherwise
// one element per line, each followed by a comma, the closing bracket at `depth`.
QString literal(const QJsonValue& value, const LiteralStyle& style, int depth);

// A value that every wrapper's query helper sends unchanged: a string, a boolean or an integer.
bool isPlainScalar(const QJsonValue& value);
// A plain scalar, or an array of strings and integers.
bool isPlainScalarOrList(const QJsonValue& value, bool allowBooleansInList);

// ---- Comments ---------------------------------------------------------------------------
// Text made safe for a line comment: every run of white space, line separators and controls
// becomes one space.
QString oneLine(const QString& text);
// "Required. The internal name of your zone (type: string)".
QString fieldComment(const CallField& field);
// "zoneName = example.com: The internal name of your zone (type: string)" per field.
QStringList fieldNotes(const QList<CallField>& fields);

// One element of a multi-line call or literal: its code (without the trailing comma) and an
// optional comment.
struct CodeLine
{
    QString code;
    QString comment;
};
// Lines at `indent`, each followed by a comma and its comment after `commentMarker`
// ("  # ", " // "); the comment of a code spanning several lines goes on its own line above.
QString codeLines(
    const QList<CodeLine>& lines, const QString& indent, const QString& commentMarker);
// `lines` as line comments: "<marker><text>\n" each ("# ", "// ").
QString commentBlock(const QStringList& lines, const QString& marker);

// ---- The request --------------------------------------------------------------------------
// The top-level entries of an object body: in the order of the request's body fields (schema
// order), then any other key of the body; each with the field's comment when there is one.
struct BodyEntry
{
    QString name;
    QJsonValue value;
    QString comment;
};
QList<BodyEntry> bodyEntries(const CallRequest& request);
bool hasObjectBody(const CallRequest& request);

// "<method> <template>" heading line, e.g. "GET /domain/zone/{zoneName}/record".
QString operationTitle(const CallRequest& request);
// The comment lines above the client: what the rights page is and its URL.
QStringList rightsNotes(const CallRequest& request, const Endpoint& endpoint);
// The query string in the path: "/domain/zone/example.com/record?fieldType=A".
QString pathWithQuery(const CallRequest& request);
// /v1/… and /v2/… paths: the wrappers drop "/1.0" from the base URL for them.
bool isVersionedPath(const QString& path);
// The endpoint's base URL as the wrappers use it for `path` (see snippetTargetUrl()).
QUrl wrapperBaseUrl(const Endpoint& endpoint, const QString& path);

// ---- The endpoint -----------------------------------------------------------------------
// The wrappers know the regions by name (ovh-eu, …); anything else (a base URL, the sandbox)
// is given to them as a base URL.
bool wrappersKnow(const Endpoint& endpoint);
// A named endpoint the wrappers do not know: the explorer's own sandbox, on a loopback port
// that changes at each start.
bool isLocalSandbox(const Endpoint& endpoint);
// What the generators are given: a request on a branch base URL (".../v2", ".../v1") as its
// "/v2/…" path on the region's "/1.0" base, which is how every wrapper reaches the branches
// (they drop "/1.0" for /v1 and /v2 paths); anything else unchanged.
std::pair<CallRequest, Endpoint> wrapperView(const CallRequest& request, const Endpoint& endpoint);
// The header parameters, each as a line of code and its comment: `entry(name, value)` writes
// the code.
QList<CodeLine> headerLines(
    const CallRequest& request, QString (*entry)(const QString& name, const QString& value));

// A key, read from the environment with a placeholder fallback.
struct KeyVariable
{
    QString environment; // "OVH_APPLICATION_KEY"
    QString placeholder; // "your_application_key"
};
KeyVariable keyVariable(CredentialField field);

} // namespace Ovh::Snippets
