#include "schema/typeref.h"

#include "base/coretr.h"

#include <algorithm>

namespace Ovh {

QString typeKindName(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Unknown:
        return QStringLiteral("unknown");
    case TypeKind::Void:
        return QStringLiteral("void");
    case TypeKind::String:
        return QStringLiteral("string");
    case TypeKind::Password:
        return QStringLiteral("password");
    case TypeKind::Text:
        return QStringLiteral("text");
    case TypeKind::Long:
        return QStringLiteral("long");
    case TypeKind::Double:
        return QStringLiteral("double");
    case TypeKind::Boolean:
        return QStringLiteral("boolean");
    case TypeKind::Date:
        return QStringLiteral("date");
    case TypeKind::DateTime:
        return QStringLiteral("datetime");
    case TypeKind::Time:
        return QStringLiteral("time");
    case TypeKind::Duration:
        return QStringLiteral("duration");
    case TypeKind::Uuid:
        return QStringLiteral("uuid");
    case TypeKind::Ip:
        return QStringLiteral("ip");
    case TypeKind::IpBlock:
        return QStringLiteral("ipBlock");
    case TypeKind::IpInterface:
        return QStringLiteral("ipInterface");
    case TypeKind::MacAddress:
        return QStringLiteral("macAddress");
    case TypeKind::Phone:
        return QStringLiteral("phone");
    case TypeKind::Enum:
        return QStringLiteral("enum");
    case TypeKind::Model:
        return QStringLiteral("model");
    case TypeKind::Array:
        return QStringLiteral("array");
    case TypeKind::Map:
        return QStringLiteral("map");
    }
    return QStringLiteral("unknown");
}

bool TypeRef::isPrimitive() const
{
    return kind >= TypeKind::String && kind <= TypeKind::Phone;
}

TypeKind primitiveKind(QStringView name)
{
    struct Entry
    {
        const char* name;
        TypeKind kind;
    };
    // The primitives served by the v1 schemas, plus the obvious spellings of other tools.
    static constexpr Entry entries[] = {
        { "string", TypeKind::String },
        { "password", TypeKind::Password },
        { "text", TypeKind::Text },
        { "long", TypeKind::Long },
        { "int", TypeKind::Long },
        { "integer", TypeKind::Long },
        { "double", TypeKind::Double },
        { "float", TypeKind::Double },
        { "number", TypeKind::Double },
        { "boolean", TypeKind::Boolean },
        { "bool", TypeKind::Boolean },
        { "date", TypeKind::Date },
        { "datetime", TypeKind::DateTime },
        { "time", TypeKind::Time },
        { "duration", TypeKind::Duration },
        { "uuid", TypeKind::Uuid },
        { "ip", TypeKind::Ip },
        { "ipv4", TypeKind::Ip },
        { "ipv6", TypeKind::Ip },
        { "ipBlock", TypeKind::IpBlock },
        { "ipv4Block", TypeKind::IpBlock },
        { "ipv6Block", TypeKind::IpBlock },
        { "ipInterface", TypeKind::IpInterface },
        { "macAddress", TypeKind::MacAddress },
        { "phoneNumber", TypeKind::Phone },
        { "internationalPhoneNumber", TypeKind::Phone },
        { "void", TypeKind::Void },
    };
    if (name.isEmpty() || name.size() > 24 || name.contains(QLatin1Char('.')))
        return TypeKind::Unknown;
    for (const Entry& entry : entries) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return TypeKind::Unknown;
}

bool splitTypeAlias(QStringView fullType, QString* alias, QString* wireType)
{
    // Generic arguments never hold ':' in v1 schemas, so the last ':' separates the alias.
    const qsizetype colon = fullType.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == fullType.size() - 1)
        return false;
    if (alias)
        *alias = fullType.left(colon).trimmed().toString();
    if (wireType)
        *wireType = fullType.mid(colon + 1).trimmed().toString();
    return true;
}

bool splitGeneric(QStringView text, QString* base, QStringList* args)
{
    const qsizetype open = text.indexOf(QLatin1Char('<'));
    if (open <= 0 || !text.endsWith(QLatin1Char('>')))
        return false;
    QStringList parts;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open + 1; i < text.size() - 1; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) {
            ++depth;
        } else if (c == QLatin1Char('>')) {
            if (--depth < 0)
                return false;
        } else if (c == QLatin1Char(',') && depth == 0) {
            parts << text.mid(start, i - start).trimmed().toString();
            start = i + 1;
        }
    }
    if (depth != 0)
        return false;
    parts << text.mid(start, text.size() - 1 - start).trimmed().toString();
    for (const QString& part : std::as_const(parts)) {
        if (part.isEmpty())
            return false;
    }
    if (base)
        *base = text.left(open).toString();
    if (args)
        *args = parts;
    return true;
}

namespace {

// Index of the ']' closing the '[' at `open`, or -1.
qsizetype matchingBracket(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('['))
            ++depth;
        else if (text.at(i) == QLatin1Char(']') && --depth == 0)
            return i;
    }
    return -1;
}

std::shared_ptr<const TypeRef> shared(TypeRef type)
{
    return std::make_shared<const TypeRef>(std::move(type));
}

} // namespace

namespace {

// The deepest '<' nesting of a generic name ("a.B<c.D<long>>" -> 2), in one pass.
int genericNesting(QStringView text)
{
    int depth = 0;
    int deepest = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('<'))
            deepest = std::max(deepest, ++depth);
        else if (c == QLatin1Char('>'))
            --depth;
    }
    return deepest;
}

// One level of the syntax; parts are read at `depth + 1`. False when nested too deeply: the
// bound keeps the recursion shallow and the copies of `name` (one per level) linear.
bool parseLevel(QStringView text, int depth, TypeRef& type)
{
    if (depth > maxTypeNesting)
        return false;
    text = text.trimmed();
    type.name = text.toString();
    if (text.isEmpty())
        return true;

    // Maps first: in "map[string][]x.Y" the value is the Go-style array "[]x.Y".
    if (text.startsWith(QLatin1String("map["))) {
        const qsizetype close = matchingBracket(text, 3);
        if (close <= 4 || close >= text.size() - 1)
            return true; // malformed map: stays Unknown
        QStringView value = text.mid(close + 1);
        TypeRef key;
        TypeRef element;
        if (!parseLevel(text.mid(4, close - 4), depth + 1, key))
            return false;
        if (value.startsWith(QLatin1String("[]"))) {
            TypeRef inner;
            if (!parseLevel(value.mid(2), depth + 2, inner))
                return false;
            element.kind = TypeKind::Array;
            element.name = value.toString();
            element.element = shared(std::move(inner));
        } else if (!parseLevel(value, depth + 1, element)) {
            return false;
        }
        type.kind = TypeKind::Map;
        type.mapKey = shared(std::move(key));
        type.element = shared(std::move(element));
        return true;
    }
    if (text.endsWith(QLatin1String("[]"))) {
        TypeRef element;
        if (!parseLevel(text.chopped(2), depth + 1, element))
            return false;
        type.kind = TypeKind::Array;
        type.element = shared(std::move(element));
        return true;
    }
    type.kind = primitiveKind(text);
    if (type.kind != TypeKind::Unknown)
        return true;
    // Generic arguments are resolved later, one level each: bound them here too.
    if (depth + genericNesting(text) > maxTypeNesting)
        return false;
    type.modelKey = type.name;
    return true;
}

} // namespace

TypeRef parseTypeSyntax(QStringView text, QString* error)
{
    TypeRef type;
    if (parseLevel(text, 0, type))
        return type;
    TypeRef unreadable;
    unreadable.name = text.trimmed().toString();
    if (error)
        *error = SchemaTr::tr(
            "type nested deeper than %n levels; edited as raw JSON", nullptr, int(maxTypeNesting));
    return unreadable;
}

} // namespace Ovh
