#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Ovh {

// The closed set of kinds a form builder switches on. Every type string of the schema
// resolves to exactly one of them; what cannot be resolved is Unknown (edited as raw JSON).
enum class TypeKind : quint8 {
    Unknown,
    Void,
    String,
    Password,
    Text,
    Long,
    Double,
    Boolean,
    Date,
    DateTime,
    Time,
    Duration,
    Uuid,
    Ip,
    IpBlock,
    IpInterface,
    MacAddress,
    Phone,
    Enum,
    Model,
    Array,
    Map,
};

QString typeKindName(TypeKind kind);

// A type reference as written in the schema ("long", "ipv4Block[]", "map[string][]x.Y",
// "complexType.UnitAndValue<double>"), parsed and, once resolved against a product's
// models, tagged with its kind.
struct TypeRef
{
    TypeKind kind = TypeKind::Unknown;
    QString name; // the text as the schema wrote it (the wire type for fullType aliases)
    QString alias; // "coreTypes.AccountId" for fullType "coreTypes.AccountId:string"
    QString modelKey; // Enum/Model: key in the product's models (a generic declaration "X<T>")
    QStringList genericArgs; // Model: arguments bound to the declaration's generics
    std::shared_ptr<const TypeRef> element; // Array: element type; Map: value type
    std::shared_ptr<const TypeRef> mapKey; // Map: key type

    bool isValid() const { return kind != TypeKind::Unknown; }
    bool isPrimitive() const;
    // The name to show: the alias when there is one, otherwise the schema text.
    QString displayName() const { return alias.isEmpty() ? name : alias; }
};

// Kind of a primitive type name ("ipv6Block" -> IpBlock); Unknown when it is not a primitive.
TypeKind primitiveKind(QStringView name);

// Real types nest three levels at most; deeper is no type but an attack on the stack.
inline constexpr int maxTypeNesting = 32;

// Syntax only: primitives get their kind, arrays and maps their parts; named types keep
// kind Unknown with `modelKey` set to the name until resolved against models. A type nested
// deeper than maxTypeNesting (arrays, maps and generic arguments together) stays Unknown as a
// whole, and `error` says why.
TypeRef parseTypeSyntax(QStringView text, QString* error = nullptr);

// Splits "coreTypes.AccountId:string" into alias and wire type; returns false when there is
// no alias. "coreTypes.ServiceId[]:long[]" -> ("coreTypes.ServiceId[]", "long[]").
bool splitTypeAlias(QStringView fullType, QString* alias, QString* wireType);

// Splits "complexType.UnitAndValue<double>" into base and top-level arguments; returns false
// when the text has no (well-formed) generic arguments.
bool splitGeneric(QStringView text, QString* base, QStringList* args);

} // namespace Ovh
