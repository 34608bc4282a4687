#include "fuzztargets.h"

#include "schema/openapireader.h"
#include "schema/schemaparser.h"
#include "schema/typeresolver.h"

#include <cstdio>
#include <cstdlib>

using namespace Ovh;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// A parsed type is a finite tree within the nesting bound, with the parts its kind needs.
void checkType(const TypeRef& type)
{
    const TypeRef* level = &type;
    for (int depth = 0; level; ++depth) {
        require(depth <= maxTypeNesting + 1, "type deeper than the bound");
        if (level->kind == TypeKind::Map)
            require(level->mapKey && level->element, "map without key or value");
        if (level->kind == TypeKind::Array)
            require(bool(level->element), "array without element");
        if (level->mapKey)
            checkType(*level->mapKey); // keys are bounded by the same nesting
        level = level->element.get();
    }
}

// What a form does with a product: the properties of every body and model type, one level.
void readLikeAForm(const Product& product)
{
    int walked = 0;
    for (const ApiPath& path : product.paths) {
        for (const Operation& operation : path.operations) {
            checkType(operation.responseType);
            for (const Parameter& parameter : operation.parameters) {
                checkType(parameter.type);
                if (walked++ < 64)
                    product.propertiesOf(parameter.type);
            }
        }
    }
    for (auto it = product.models.cbegin(); it != product.models.cend() && walked < 128; ++it) {
        for (const Property& property : it->properties) {
            checkType(property.type);
            if (walked++ < 128)
                product.propertiesOf(property.type);
        }
    }
}

const Product& sampleProduct()
{
    static const Product product = [] {
        const QByteArray json = R"({"apis": [], "resourcePath": "/x", "models": {
          "x.Color": {"id": "Color", "namespace": "x", "enum": ["red"], "enumType": "string"},
          "x.Box": {"id": "Box", "namespace": "x", "properties": {
            "color": {"type": "x.Color"}, "inner": {"type": "x.Box"}}},
          "complexType.UnitAndValue<T>": {"id": "UnitAndValue", "namespace": "complexType",
            "generics": ["T"], "properties": {"unit": {"type": "string"}, "value": {"type": "T"},
            "history": {"type": "map[string]T[]"}}},
          "x.Pair<A,B>": {"id": "Pair", "namespace": "x", "generics": ["A", "B"],
            "properties": {"a": {"type": "A"}, "b": {"type": "B[]"}}}}})";
        return SchemaParser::parseProduct(QStringLiteral("/x"), json).product;
    }();
    return product;
}

} // namespace

int OvhFuzz::schemaParser(const uint8_t* data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const IndexParseResult index = SchemaParser::parseIndex(json);
    require(index.ok || index.index.products.isEmpty(), "index products without ok");
    const ProductParseResult result = SchemaParser::parseProduct(QStringLiteral("/fuzz"), json);
    if (result.ok)
        readLikeAForm(result.product);
    return 0;
}

int OvhFuzz::openApiReader(const uint8_t* data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const ProductParseResult result = OpenApiReader::parseProduct(QStringLiteral("/fuzz"), json);
    require(result.ok || result.product.paths.isEmpty(), "OpenAPI paths without ok");
    if (result.ok)
        readLikeAForm(result.product);
    return 0;
}

int OvhFuzz::typeParser(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const TypeRef syntax = parseTypeSyntax(text, &error);
    checkType(syntax);
    require(error.isEmpty() || syntax.kind == TypeKind::Unknown, "a type with a nesting error");

    QString alias;
    QString wire;
    splitTypeAlias(text, &alias, &wire);
    QString base;
    QStringList args;
    if (splitGeneric(text, &base, &args))
        require(!args.isEmpty() && !base.isEmpty(), "generic split without parts");

    const Product& product = sampleProduct();
    TypeResolver resolver(product);
    const TypeRef resolved = resolver.resolve(text, text, { QStringLiteral("T") }, &error);
    checkType(resolved);
    checkType(resolver.resolve(text, {}, &error));
    product.propertiesOf(resolved);
    substituteGenerics(text, { QStringLiteral("T") }, { text.left(64) });
    return 0;
}
