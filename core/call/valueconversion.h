#pragma once

#include "call/callerror.h"
#include "call/callvalues.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace Ovh {

// How entered values become what is sent, type by type. Pure functions: the request builder
// uses them, and so can a form that validates a field as the user types.

// The JSON value sent for `value` typed `type` (models and enums are looked up in `product`).
// Returns nullopt after appending errors named after `field` to `errors` when it cannot.
// `value` must not be empty (that is the caller's "omitted or missing" decision).
std::optional<QJsonValue> convertValue(const Product& product, const TypeRef& type,
    const CallValue& value, const QString& field, CallErrors* errors);

// Checks a JSON value that is sent exactly as written (a raw body) against `type`: every
// problem is appended to `errors`, named from `field` ("body.contact.city", "body.ids[2]").
// Stricter than convertValue, which may change what it sends: here "60" is not a long, 1 is
// not a boolean and a lone value is not an array. Returns whether it holds.
bool checkJsonValue(const Product& product, const TypeRef& type, const QJsonValue& value,
    const QString& field, CallErrors* errors);

// Those keys as DuplicateKey errors.
void appendDuplicateKeyErrors(QStringView json, const QString& field, CallErrors* errors);

// Whether a person may set `property` of a model whose properties are `siblings`: read-only
// properties are never sent, except in a model where every property is read-only. There the
// flags describe the model as the API returns it, and the values are inputs all the same
// (complexType.SafeKeyValue tags of POST /me/document, iam.resource.TagFilter of iamTags,
// complexType.UnitAndValue in the database PUTs): refusing them would make those calls impossible.
bool isSettable(const Property& property, const QList<Property>& siblings);

// A model (or map) object from named inputs: the properties of an unnamed body as entered one
// by one. Read-only properties are refused, empty ones omitted, required ones checked; fields
// are named `prefix.name`. Returns what could be built; problems go to `errors`.
QJsonObject convertObjectInputs(const Product& product, const TypeRef& type,
    const QList<std::pair<QString, CallValue>>& inputs, const QString& prefix, CallErrors* errors);

// A value as it travels in a path segment or a query value (before percent-encoding): strings
// as they are, true/false, integers in decimal, doubles in their shortest exact form, arrays
// and objects as compact JSON, null as "null".
QString wireText(const QJsonValue& value);

} // namespace Ovh
