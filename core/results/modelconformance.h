#pragma once

#include "schema/schema.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Ovh {

// Where an answer differs from the model its operation declares (issue 13 item 4): the API and
// its schema drift, and this shows where.
struct ConformanceProblem
{
    enum class Kind : quint8 {
        UnknownProperty, // a member the model does not declare
        MissingProperty, // a required property absent (marked on the object)
        WrongType, // a value of another JSON type than declared (null where not nullable too)
        UnknownEnumValue, // a value outside the enum's values
    };

    QVariantList path; // ItemRole::JsonPath's format: keys (QString) and indexes (int)
    Kind kind = Kind::WrongType;
    QString message; // for a person: "not in the enum domain.zone.NamedResolutionFieldTypeEnum"
};

// A hostile or huge answer costs bounded time: the check stops at a depth, after a number of
// values and after a number of problems, and says it stopped.
struct ConformanceLimits
{
    int maxDepth = 64;
    int maxValues = 200000;
    int maxProblems = 1000;
};

struct ConformanceReport
{
    QList<ConformanceProblem> problems; // in document order
    bool complete = true; // false when a limit stopped the check
    int valuesChecked = 0;
};

// Checks `value` against `type` resolved in `product`: unknown properties, missing required
// properties, wrong JSON types, enum values not in the schema. Unknown and Void types accept
// anything; a model the product lacks is not checked.
ConformanceReport checkModelConformance(const QJsonValue& value, const Product& product,
    const TypeRef& type, const ConformanceLimits& limits = {});

// What the schema says of the value at `jsonPath` under an answer of type `root`: its type as
// the schema writes it, the property's description, read-only and nullable marks. nullopt when
// the path leaves the declared model (an unknown property, an index into a non-array).
struct ValueSchema
{
    TypeRef type;
    QString description; // the property's; empty for elements and the root
    bool readOnly = false;
    bool canBeNull = false;
};
std::optional<ValueSchema> schemaAt(
    const Product& product, const TypeRef& root, const QVariantList& jsonPath);

// The declared type of `operation`'s answer, resolved in `product` (Unknown when it cannot be).
TypeRef responseTypeOf(const Product& product, const Operation& operation);

} // namespace Ovh
