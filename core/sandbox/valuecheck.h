#pragma once

#include "schema/schema.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Ovh::ValueCheck {

struct Issue
{
    QString name; // the value's name ("ttl", "accessRules[0].method"; "body" for the body)
    QString message; // "[ttl] Given data (abc) is not a valid long"
};

// Basic type checks of values the sandbox receives, against the product that declares them.
// Each returns nothing when the value is acceptable, or a message naming `name`, e.g.
// "[ttl] Given data (abc) is not a valid long". Date, time and free-text types are taken as
// they come; maps are checked for their shape only.

// A path or query value, as text.
std::optional<Issue> checkText(
    const Product& product, const TypeRef& type, const QString& name, const QString& text);

// A JSON body value. `partial`: a PUT body, where required properties may be left out.
// `name` is the dotted path of the value in the body ("" for the whole body).
std::optional<Issue> checkJson(const Product& product, const TypeRef& type, const QString& name,
    const QJsonValue& value, bool partial, int depth = 0);

Issue missing(const QString& name);

} // namespace Ovh::ValueCheck
