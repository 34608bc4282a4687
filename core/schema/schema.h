#pragma once

#include "schema/typeref.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ovh {

enum class HttpMethod : quint8 { Get, Post, Put, Delete, Patch, Unknown };
QString httpMethodName(HttpMethod method);
HttpMethod httpMethodFromName(QStringView name);

struct ApiStatus
{
    enum Value : quint8 { Production, Beta, Alpha, Deprecated, Unknown };
    Value value = Production;
    QString rawValue; // "PRODUCTION", "BETA", … as served
    QString description; // "Stable production version"
    QDateTime deprecatedDate;
    QDateTime deletionDate;
    QString replacement; // path of the operation that replaces a deprecated one
};
QString apiStatusName(ApiStatus::Value value);

struct IamAction
{
    QString name; // "domain:apiovh:zone/record/create"
    bool required = true;
    QString description;
};

enum class ParamLocation : quint8 { Path, Query, Body, Header };
QString paramLocationName(ParamLocation location);

struct Parameter
{
    QString name; // empty for the unnamed body parameter (the whole body)
    TypeRef type;
    QString dataType; // as served
    QString fullType; // as served ("coreTypes.AccountId:string"), may be empty
    ParamLocation location = ParamLocation::Query;
    bool required = false;
    bool implicit = false; // a {placeholder} of the path that the schema does not declare
    QString description;
};

// A named example of an OpenAPI document ("Create a policy"): a request body to fill the
// form from, or an answer.
struct OperationExample
{
    enum Kind : quint8 { Request, Response };
    Kind kind = Request;
    QString name;
    QString summary;
    QByteArray json; // the value, compact JSON
};

struct Operation
{
    HttpMethod method = HttpMethod::Unknown;
    QString path; // the template, "/domain/zone/{zoneName}/record"
    ApiStatus status;
    bool noAuthentication = false;
    QString description;
    QString longDescription;
    QList<Parameter> parameters;
    TypeRef responseType;
    QString responseTypeName; // as served ("void", "domain.zone.Record", "long[]")
    QList<IamAction> iamActions;
    QStringList errors; // "Client::NotFound::…"
    QStringList scopes;
    QString operationId;
    QList<OperationExample> examples; // OpenAPI documents only

    bool hasUnnamedBody() const;
};

struct ApiPath
{
    QString path;
    QString description;
    QList<Operation> operations;
};

struct Property
{
    QString name;
    TypeRef type;
    QString rawType; // "type" as served ("T" in a generic declaration)
    QString fullType;
    bool canBeNull = false;
    bool readOnly = false;
    bool required = false;
    QString description;
};

struct Model
{
    QString key; // key in the product's "models" (may differ from namespace.id)
    QString id;
    QString nameSpace;
    QString description;
    QList<Property> properties;
    QStringList enumValues; // for enums, as served (strings even when enumType is long)
    TypeKind enumType = TypeKind::String; // String or Long
    QStringList generics; // ["T"] for "complexType.UnitAndValue<T>"

    bool isEnum() const { return !enumValues.isEmpty(); }
    bool isGeneric() const { return !generics.isEmpty(); }
};

struct Product
{
    QString path; // "/domain", "/hosting/web"
    QString apiVersion;
    QString basePath;
    QString resourcePath;
    QList<ApiPath> paths;
    QHash<QString, Model> models;

    int operationCount() const;
    const Model* model(const QString& key) const;
    // Resolves a type string against this product's models (see TypeResolver).
    TypeRef resolveType(QStringView text) const;
    // The properties of a model type, generic parameters substituted and types resolved.
    QList<Property> propertiesOf(const TypeRef& type) const;
};

struct ApiIndexEntry
{
    QString path; // "/domain"
    QString schemaPath; // relative to the base URL: "/domain.json"
    QString description;
    QStringList formats;
    QString schema; // the index's "schema" as written ("{path}.{format}"), to vet where it points
};

struct ApiIndex
{
    QString basePath;
    QList<ApiIndexEntry> products;
};

struct Diagnostic
{
    QString product; // "/domain", or empty for the index
    QString location; // "apis[3].operations[0].parameters[2]", "models[domain.Zone]"
    QString message;
};

using Diagnostics = QList<Diagnostic>;

struct ProductParseResult
{
    Product product;
    Diagnostics diagnostics;
    bool ok = false; // false when the document itself could not be read
};

struct IndexParseResult
{
    ApiIndex index;
    Diagnostics diagnostics;
    bool ok = false;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::ApiIndex)
Q_DECLARE_METATYPE(Ovh::Product)
