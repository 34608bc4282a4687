#include "schema/typeref.h"

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

TypeRef parseTypeSyntax(QStringView text)
{
    text = text.trimmed();
    TypeRef type;
    type.name = text.toString();
    if (text.isEmpty())
        return type;

    // Maps first: in "map[string][]x.Y" the value is the Go-style array "[]x.Y".
    if (text.startsWith(QLatin1String("map["))) {
        const qsizetype close = matchingBracket(text, 3);
        if (close > 4 && close < text.size() - 1) {
            QStringView value = text.mid(close + 1);
            type.kind = TypeKind::Map;
            type.mapKey = shared(parseTypeSyntax(text.mid(4, close - 4)));
            if (value.startsWith(QLatin1String("[]"))) {
                TypeRef array;
                array.kind = TypeKind::Array;
                array.name = value.toString();
                array.element = shared(parseTypeSyntax(value.mid(2)));
                type.element = shared(std::move(array));
            } else {
                type.element = shared(parseTypeSyntax(value));
            }
            return type;
        }
        return type; // malformed map: stays Unknown
    }
    if (text.endsWith(QLatin1String("[]"))) {
        type.kind = TypeKind::Array;
        type.element = shared(parseTypeSyntax(text.chopped(2)));
        return type;
    }
    type.kind = primitiveKind(text);
    if (type.kind == TypeKind::Unknown)
        type.modelKey = type.name;
    return type;
}

} // namespace Ovh
