#include "schema/typeresolver.h"

#include "base/coretr.h"

namespace Ovh {

TypeResolver::TypeResolver(const Product& product)
    : m_models(product.models)
    , m_declarations(genericDeclarations(product.models))
{ }

QHash<QString, QString> TypeResolver::genericDeclarations(const QHash<QString, Model>& models)
{
    QHash<QString, QString> declarations;
    for (auto it = models.cbegin(); it != models.cend(); ++it) {
        if (!it->isGeneric())
            continue;
        // Instantiated entries ("X<long>") carry generics too; the declaration is "X<T>".
        QString base;
        QStringList args;
        if (!splitGeneric(it.key(), &base, &args))
            base = it.key();
        else if (args != it->generics)
            continue;
        declarations.insert(base, it.key());
    }
    return declarations;
}

TypeRef TypeResolver::resolve(QStringView text, const QStringList& typeParameters, QString* error)
{
    const QString key = text.toString();
    if (typeParameters.isEmpty()) {
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend() && (cached->kind != TypeKind::Unknown || !error))
            return *cached;
    }
    TypeRef type = parseTypeSyntax(text, error);
    resolveInPlace(type, typeParameters, error);
    if (typeParameters.isEmpty())
        m_cache.insert(key, type);
    return type;
}

TypeRef TypeResolver::resolve(
    const QString& type, const QString& fullType, const QStringList& typeParameters, QString* error)
{
    // Aliases ("coreTypes.AccountId:string") show up in fullType and, for properties, in type.
    const QString& text = fullType.isEmpty() ? type : fullType;
    QString alias;
    QString wire;
    if (text.contains(QLatin1Char(':')) && splitTypeAlias(text, &alias, &wire)) {
        TypeRef resolved = resolve(wire, typeParameters, error);
        resolved.alias = alias;
        return resolved;
    }
    return resolve(text, typeParameters, error);
}

void TypeResolver::resolveInPlace(TypeRef& type, const QStringList& typeParameters, QString* error)
{
    if (type.kind == TypeKind::Array || type.kind == TypeKind::Map) {
        // Children are shared and immutable: resolve copies.
        if (type.element) {
            TypeRef element = *type.element;
            resolveInPlace(element, typeParameters, error);
            type.element = std::make_shared<const TypeRef>(std::move(element));
        }
        if (type.mapKey) {
            TypeRef key = *type.mapKey;
            resolveInPlace(key, typeParameters, error);
            type.mapKey = std::make_shared<const TypeRef>(std::move(key));
        }
        return;
    }
    if (type.kind != TypeKind::Unknown || type.modelKey.isEmpty())
        return;
    if (typeParameters.contains(type.name)) {
        type.modelKey.clear();
        return;
    }
    QString base;
    QStringList args;
    const bool generic = splitGeneric(type.name, &base, &args);
    auto found = m_models.constFind(type.name);
    if (found == m_models.cend() && generic) {
        const QString declaration = m_declarations.value(base);
        if (!declaration.isEmpty())
            found = m_models.constFind(declaration);
    }
    if (found == m_models.cend()) {
        if (error)
            *error = SchemaTr::tr("unknown type '%1'").arg(type.name);
        type.modelKey.clear();
        return;
    }
    if (generic && found->generics.size() != args.size()) {
        if (error)
            *error = SchemaTr::tr(
                "'%1' gives %n generic argument(s), '%2' declares %3", nullptr, int(args.size()))
                         .arg(type.name)
                         .arg(found.key())
                         .arg(found->generics.size());
        type.modelKey.clear();
        return;
    }
    type.kind = found->isEnum() ? TypeKind::Enum : TypeKind::Model;
    type.modelKey = found.key();
    if (generic) {
        type.genericArgs = args;
        for (const QString& arg : std::as_const(args))
            resolve(arg, typeParameters, error); // reports unknown arguments
    }
}

QString substituteGenerics(
    const QString& text, const QStringList& parameters, const QStringList& arguments)
{
    if (parameters.isEmpty() || parameters.size() != arguments.size())
        return text;
    auto isIdentifierChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
    };
    QString result;
    result.reserve(text.size() + 16);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isIdentifierChar(text.at(i))) {
            result += text.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isIdentifierChar(text.at(end)))
            ++end;
        const QStringView token = QStringView(text).mid(i, end - i);
        const qsizetype index = parameters.indexOf(token.toString());
        result += index >= 0 ? QStringView(arguments.at(index)) : token;
        i = end;
    }
    return result;
}

} // namespace Ovh
