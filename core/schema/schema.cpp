#include "schema/schema.h"

#include "schema/typeresolver.h"

namespace Ovh {

QString httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    case HttpMethod::Delete:
        return QStringLiteral("DELETE");
    case HttpMethod::Patch:
        return QStringLiteral("PATCH");
    case HttpMethod::Unknown:
        break;
    }
    return QString();
}

HttpMethod httpMethodFromName(QStringView name)
{
    for (HttpMethod method : { HttpMethod::Get, HttpMethod::Post, HttpMethod::Put,
             HttpMethod::Delete, HttpMethod::Patch }) {
        if (name.compare(httpMethodName(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return HttpMethod::Unknown;
}

QString apiStatusName(ApiStatus::Value value)
{
    switch (value) {
    case ApiStatus::Production:
        return QStringLiteral("PRODUCTION");
    case ApiStatus::Beta:
        return QStringLiteral("BETA");
    case ApiStatus::Alpha:
        return QStringLiteral("ALPHA");
    case ApiStatus::Deprecated:
        return QStringLiteral("DEPRECATED");
    case ApiStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString paramLocationName(ParamLocation location)
{
    switch (location) {
    case ParamLocation::Path:
        return QStringLiteral("path");
    case ParamLocation::Query:
        return QStringLiteral("query");
    case ParamLocation::Body:
        return QStringLiteral("body");
    case ParamLocation::Header:
        return QStringLiteral("header");
    }
    return QString();
}

bool Operation::hasUnnamedBody() const
{
    for (const Parameter& parameter : parameters) {
        if (parameter.location == ParamLocation::Body && parameter.name.isEmpty())
            return true;
    }
    return false;
}

int Product::operationCount() const
{
    int count = 0;
    for (const ApiPath& path : paths)
        count += int(path.operations.size());
    return count;
}

const Model* Product::model(const QString& key) const
{
    const auto it = models.constFind(key);
    return it == models.cend() ? nullptr : &*it;
}

TypeRef Product::resolveType(QStringView text) const
{
    return TypeResolver(*this).resolve(text);
}

QList<Property> Product::propertiesOf(const TypeRef& type) const
{
    const Model* declaration = type.kind == TypeKind::Model ? model(type.modelKey) : nullptr;
    if (!declaration)
        return {};
    if (!declaration->isGeneric() || type.genericArgs.size() != declaration->generics.size())
        return declaration->properties;
    TypeResolver resolver(*this);
    QList<Property> properties = declaration->properties;
    for (Property& property : properties) {
        property.rawType
            = substituteGenerics(property.rawType, declaration->generics, type.genericArgs);
        const QString fullType
            = substituteGenerics(property.fullType, declaration->generics, type.genericArgs);
        property.type = resolver.resolve(property.rawType, fullType, {}, nullptr);
    }
    return properties;
}

} // namespace Ovh
