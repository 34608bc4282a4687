#include "results/idlinks.h"

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

QHash<QString, DetailOperation> linkableKeys(const Product& product)
{
    QHash<QString, DetailOperation> found;
    QSet<QString> ambiguous;
    for (int p = 0; p < product.paths.size(); ++p) {
        const ApiPath& path = product.paths.at(p);
        const QStringList names = placeholdersOf(path.path);
        if (names.isEmpty() || !path.path.endsWith(u'}'))
            continue;
        const QString& key = names.constLast();
        for (int o = 0; o < path.operations.size(); ++o) {
            if (path.operations.at(o).method != HttpMethod::Get)
                continue;
            if (found.contains(key))
                ambiguous.insert(key);
            else
                found.insert(key, DetailOperation { p, o, key });
        }
    }
    for (const QString& key : std::as_const(ambiguous))
        found.remove(key);
    // A date names a moment, not an object: "creationDate" in an answer is no history entry.
    found.removeIf([&product](const auto& entry) {
        const Operation& target
            = product.paths.at(entry.value().path).operations.at(entry.value().operation);
        const auto parameter = std::find_if(target.parameters.cbegin(), target.parameters.cend(),
            [&entry](const Parameter& candidate) {
                return candidate.location == ParamLocation::Path && candidate.name == entry.key();
            });
        return parameter == target.parameters.cend() || !isIdentityKind(parameter->type.kind);
    });
    return found;
}

IdLinks::IdLinks(const Product& product, const Operation& operation, const QJsonObject& formValues,
    const QHash<QString, DetailOperation>& keys)
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
        KeyTarget link { operationKeyOf(target), placeholdersOf(target.path) };
        if (link.operationKey == shown)
            continue; // the object shown links to itself: no news
        link.placeholders.removeAll(it.key());
        const bool filled = std::all_of(link.placeholders.cbegin(), link.placeholders.cend(),
            [this](const QString& name) { return m_pathValues.contains(name); });
        if (filled)
            m_keyTargets.insert(it.key(), link);
    }
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
