#pragma once

#include "schema/schema.h"

#include <QHash>

namespace Ovh {

// Resolves type strings against one product's models: exact key first, then the generic
// declaration ("X<T>") for an instantiation ("X<double>"). Caches what it resolved, so one
// resolver per product keeps parsing linear.
class TypeResolver
{
public:
    explicit TypeResolver(const Product& product);

    // `typeParameters` are the generics of the model being read ("T"): left Unknown, no error.
    // `error` receives the reason when a named type cannot be found.
    TypeRef resolve(
        QStringView text, const QStringList& typeParameters = {}, QString* error = nullptr);
    // A parameter or property: `fullType` wins over `type`, with "alias:wireType" split.
    TypeRef resolve(const QString& type, const QString& fullType, const QStringList& typeParameters,
        QString* error);

    // base name ("complexType.UnitAndValue") -> declaration key ("complexType.UnitAndValue<T>")
    static QHash<QString, QString> genericDeclarations(const QHash<QString, Model>& models);

private:
    void resolveInPlace(TypeRef& type, const QStringList& typeParameters, QString* error);

    const QHash<QString, Model>& m_models;
    QHash<QString, QString> m_declarations;
    QHash<QString, TypeRef> m_cache;
};

// Replaces whole identifiers of `text` that are generic parameters: ("T[]", {T}, {double})
// -> "double[]".
QString substituteGenerics(
    const QString& text, const QStringList& parameters, const QStringList& arguments);

} // namespace Ovh
