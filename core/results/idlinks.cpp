#include "results/idlinks.h"

#include "results/jsonline.h"

#include <QSet>

#include <algorithm>

namespace Ovh {

namespace {

const QLatin1String kPathPrefix("path/");

QString operationKeyOf(const Operation& operation)
{
    return httpMethodName(operation.method) + QLatin1Char(' ') + operation.path;
}

// The names of the "{name}" segments of a path template, in order.
QStringList placeholdersOf(const QString& path)
{
    QStringList names;
    for (const QStringView segment : QStringView(path).split(u'/')) {
        if (segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}'))
            names << segment.mid(1, segment.size() - 2).toString();
    }
    return names;
}

// The kinds an identifier comes in: text, numbers, enums, addresses; not dates or booleans.
bool isIdentityKind(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Date:
    case TypeKind::DateTime:
    case TypeKind::Time:
    case TypeKind::Duration:
    case TypeKind::Boolean:
    case TypeKind::Double:
    case TypeKind::Password:
        return false;
    default:
        return true;
    }
}

} // namespace

QJsonObject pathValuesOfForm(const QJsonObject& formValues)
{
    QJsonObject values;
    for (auto it = formValues.begin(); it != formValues.end(); ++it) {
        if (it.key().startsWith(kPathPrefix) && it.value().isString()
            && !it.value().toString().isEmpty())
            values.insert(it.key().mid(kPathPrefix.size()), it.value());
    }
    return values;
}

QJsonObject formValuesOfPath(const QJsonObject& pathValues)
{
    QJsonObject values;
    for (auto it = pathValues.begin(); it != pathValues.end(); ++it)
        values.insert(kPathPrefix + it.key(), it.value());
    return values;
}

namespace {

// Adds the GETs of `product` ending in "/{K}" to `found` under K, and K to `ambiguous` when it
// has one already (from this product or another).
template<typename Target, typename Make>
void collectKeyTargets(const Product& product, QHash<QString, Target>& found,
    QSet<QString>& ambiguous, const Make& make)
{
    for (int p = 0; p < product.paths.size(); ++p) {
        const ApiPath& path = product.paths.at(p);
        const QStringList names = placeholdersOf(path.path);
        if (names.isEmpty() || !path.path.endsWith(u'}'))
            continue;
        const QString& key = names.constLast();
        for (int o = 0; o < path.operations.size(); ++o) {
            const Operation& operation = path.operations.at(o);
            if (operation.method != HttpMethod::Get)
                continue;
            if (found.contains(key) || ambiguous.contains(key)) {
                ambiguous.insert(key);
                continue;
            }
            // A date names a moment, not an object: "creationDate" in an answer is no history
            // entry.
            const auto parameter = std::find_if(operation.parameters.cbegin(),
                operation.parameters.cend(), [&key](const Parameter& candidate) {
                    return candidate.location == ParamLocation::Path && candidate.name == key;
                });
            if (parameter == operation.parameters.cend() || !isIdentityKind(parameter->type.kind)) {
                ambiguous.insert(key); // never a link, whatever else ends in it
                continue;
            }
            found.insert(key, make(p, o, key));
        }
    }
}

} // namespace

QHash<QString, DetailOperation> linkableKeys(const Product& product)
{
    QHash<QString, DetailOperation> found;
    QSet<QString> ambiguous;
    collectKeyTargets(product, found, ambiguous, [](int p, int o, const QString& key) {
        return DetailOperation { p, o, key };
    });
    for (const QString& key : std::as_const(ambiguous))
        found.remove(key);
    return found;
}

QHash<QString, KeyLink> apiLinkableKeys(const QList<Product>& products)
{
    QHash<QString, KeyLink> found;
    QSet<QString> ambiguous;
    for (const Product& product : products) {
        collectKeyTargets(product, found, ambiguous, [&product](int p, int o, const QString& key) {
            const Operation& operation = product.paths.at(p).operations.at(o);
            KeyLink link { operationKeyOf(operation), operation.path, TypeKind::Unknown };
            for (const Parameter& parameter : operation.parameters) {
                if (parameter.location == ParamLocation::Path && parameter.name == key)
                    link.kind = parameter.type.kind;
            }
            return link;
        });
    }
    for (const QString& key : std::as_const(ambiguous))
        found.remove(key);
    found.removeIf([](const auto& entry) {
        const QString& key = entry.key();
        const bool namesAnId = key.size() > 2 && key.endsWith(QLatin1String("Id"));
        return !namesAnId || entry.value().kind == TypeKind::Enum
            || placeholdersOf(entry.value().path).size() != 1;
    });
    return found;
}

const QHash<QString, KeyLink>& ApiLinkableKeys::keys() const
{
    if (!m_keys)
        m_keys = apiLinkableKeys(m_products);
    return *m_keys;
}

IdLinks::IdLinks(const Product& product, const Operation& operation, const QJsonObject& formValues,
    const QHash<QString, DetailOperation>& keys, const QHash<QString, KeyLink>& apiKeys)
    : m_pathValues(pathValuesOfForm(formValues))
{
    if (const auto detail = detailOperationOf(product, operation)) {
        m_detail = *detail;
        m_detailKey
            = operationKeyOf(product.paths.at(detail->path).operations.at(detail->operation));
    }
    const QString shown = operationKeyOf(operation);
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        const Operation& target = product.paths.at(it->path).operations.at(it->operation);
        addKeyTarget(it.key(), KeyLink { operationKeyOf(target), target.path }, shown);
    }
    if (apiKeys.isEmpty())
        return;
    // The API's keys that no path of this product ends in, declared by its models with the
    // type of the other product's parameter, never with another.
    QSet<QString> ownEnds;
    for (const ApiPath& path : product.paths) {
        if (path.path.endsWith(u'}'))
            ownEnds.insert(placeholdersOf(path.path).constLast());
    }
    QHash<QString, bool> declaredAlike;
    for (const Model& model : product.models) {
        for (const Property& property : model.properties) {
            const auto link = apiKeys.constFind(property.name);
            if (link == apiKeys.cend() || ownEnds.contains(property.name))
                continue;
            const bool alike = property.type.kind == link->kind;
            declaredAlike[property.name] = declaredAlike.value(property.name, true) && alike;
        }
    }
    for (auto it = declaredAlike.cbegin(); it != declaredAlike.cend(); ++it) {
        if (it.value())
            addKeyTarget(it.key(), apiKeys.value(it.key()), shown);
    }
}

void IdLinks::addKeyTarget(const QString& key, const KeyLink& link, const QString& shown)
{
    if (link.operationKey == shown)
        return; // the object shown links to itself: no news
    KeyTarget target { link.operationKey, placeholdersOf(link.path) };
    target.placeholders.removeAll(key);
    const bool filled = std::all_of(target.placeholders.cbegin(), target.placeholders.cend(),
        [this](const QString& name) { return m_pathValues.contains(name); });
    if (filled)
        m_keyTargets.insert(key, target);
}

bool IdLinks::linksAValue(const QJsonValue& value)
{
    return (value.isString() && !value.toString().isEmpty()) || value.isDouble();
}

std::optional<IdLink> IdLinks::idListLink(int index, const QJsonValue& value) const
{
    if (m_detailKey.isEmpty() || index < 0 || !linksAValue(value))
        return std::nullopt;
    return IdLink { m_detailKey,
        formValuesOfPath(detailPathValues(m_pathValues, m_detail, value)) };
}

std::optional<IdLink> IdLinks::lineLink(QStringView line) const
{
    const JsonLine read = readJsonLine(line);
    if (!read.hasScalar())
        return std::nullopt;
    if (read.key.isEmpty()) // an id list's elements are indented once, by four spaces
        return read.indent == 4 ? idListLink(0, read.value) : std::nullopt;
    return linkAt(QVariantList { read.key }, read.value);
}

std::optional<IdLink> IdLinks::linkAt(const QVariantList& jsonPath, const QJsonValue& value) const
{
    if (jsonPath.isEmpty() || !linksAValue(value))
        return std::nullopt;
    const QVariant& last = jsonPath.constLast();
    if (jsonPath.size() == 1 && last.typeId() == QMetaType::Int)
        return idListLink(last.toInt(), value);
    if (last.typeId() != QMetaType::QString)
        return std::nullopt;
    const auto target = m_keyTargets.constFind(last.toString());
    if (target == m_keyTargets.cend())
        return std::nullopt;
    QJsonObject values;
    for (const QString& name : target->placeholders)
        values.insert(name, m_pathValues.value(name));
    const DetailOperation slot { 0, 0, target.key() };
    return IdLink { target->operationKey, formValuesOfPath(detailPathValues(values, slot, value)) };
}

} // namespace Ovh
