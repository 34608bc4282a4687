#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Ovh {

// JSON as text: reading any value (bare scalars too, which QJsonDocument refuses), writing it
// compact or indented, and what QJsonDocument does not tell (duplicate keys). Pure functions.

// Compact UTF-8 JSON of any value (also a bare scalar); non-ASCII stays raw UTF-8.
QByteArray compactJson(const QJsonValue& value);

// Objects and arrays indented by four spaces, scalars compact; no line feed at the end. Empty
// for an undefined value.
QByteArray indentedJson(const QJsonValue& value);

// `bytes` indented when they are a JSON object or array, else unchanged (a body as it came).
QString indentedJsonText(const QByteArray& bytes);

// Any JSON value, scalars included; surrounding whitespace is allowed. Undefined when `bytes`
// are not exactly one JSON value.
QJsonValue parseJsonValue(const QByteArray& bytes);

// Parses JSON text holding any value (also a bare scalar such as 42 or "x"). On failure returns
// false with a reason for a person ("invalid JSON at character 7: unterminated object").
bool parseJsonText(QStringView text, QJsonValue* value, QString* error = nullptr);

// Drops the whitespace between the tokens of valid JSON and keeps every other byte as written
// (key order, number spelling, escapes): what "send this raw body" means.
QByteArray compactJsonText(const QByteArray& json);

// The keys that appear twice in one object of the JSON text `json` (which must parse), each
// named from `field` ("body.a", "body.list[1].b"), in the order met. QJsonDocument keeps one of
// the two silently; a server may keep the other.
QStringList duplicateJsonKeys(QStringView json, const QString& field);

} // namespace Ovh
