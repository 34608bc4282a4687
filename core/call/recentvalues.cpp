#include "call/recentvalues.h"

#include "call/valueconversion.h"

#include <QSet>

#include <algorithm>

namespace Ovh {

RecentValues::RecentValues(QObject* parent)
    : QObject(parent)
{ }

RecentValues::~RecentValues() = default;

QString RecentValues::anchor(const QString& pathTemplate, const QString& name)
{
    const QString placeholder = QLatin1Char('{') + name + QLatin1Char('}');
    const qsizetype at = pathTemplate.indexOf(placeholder);
    return at < 0 || name.isEmpty() ? QString() : pathTemplate.left(at + placeholder.size());
}

void RecentValues::note(const QString& endpoint, const QString& pathTemplate,
    const QJsonObject& pathValues, const QDateTime& time)
{
    if (add({ endpoint, pathTemplate, pathValues, time }))
        emit changed(endpoint);
}

void RecentValues::note(const QList<PathUse>& uses)
{
    QStringList changedEndpoints;
    for (const PathUse& use : uses) {
        if (add(use) && !changedEndpoints.contains(use.endpoint))
            changedEndpoints.append(use.endpoint);
    }
    for (const QString& endpoint : std::as_const(changedEndpoints))
        emit changed(endpoint);
}

bool RecentValues::add(const PathUse& use)
{
    const qint64 timeMs = use.time.toMSecsSinceEpoch();
    const QJsonObject& pathValues = use.values;
    const QString& pathTemplate = use.pathTemplate;
    Uses& uses = m_uses[use.endpoint];
    QList<Use>& list = uses.newestFirst;
    bool noted = false;
    for (auto it = pathValues.begin(); it != pathValues.end(); ++it) {
        const QString value = it.value().isString() || it.value().isDouble()
            ? wireText(it.value()).trimmed()
            : QString();
        const QString where = anchor(pathTemplate, it.key());
        if (value.isEmpty() || where.isEmpty())
            continue;
        const QString key = where + QLatin1Char('\n') + value;
        const auto known = uses.times.constFind(key);
        if (known != uses.times.cend()) {
            if (*known > timeMs)
                continue; // known from a later use
            list.erase(std::find_if(list.begin(), list.end(),
                [&](const Use& kept) { return kept.anchor == where && kept.value == value; }));
        }
        // Newest first; a use as old as another goes before it (it was told later).
        const auto at = std::partition_point(
            list.begin(), list.end(), [timeMs](const Use& kept) { return kept.timeMs > timeMs; });
        list.insert(at, Use { where, it.key(), value, timeMs });
        uses.times.insert(key, timeMs);
        noted = true;
    }
    while (list.size() > MaxUsesPerEndpoint) {
        uses.times.remove(list.constLast().anchor + QLatin1Char('\n') + list.constLast().value);
        list.removeLast();
    }
    if (list.isEmpty())
        m_uses.remove(use.endpoint);
    return noted;
}

QStringList RecentValues::values(
    const QString& endpoint, const QString& name, const QString& anchor, int limit) const
{
    QStringList found;
    QSet<QString> seen;
    const QList<Use> uses = m_uses.value(endpoint).newestFirst;
    // Those used at the anchor first, then the others of that name.
    for (const bool atAnchor : { true, false }) {
        for (const Use& use : uses) {
            if (found.size() >= limit)
                return found;
            if (use.name != name || (use.anchor == anchor) != atAnchor || seen.contains(use.value))
                continue;
            seen.insert(use.value);
            found.append(use.value);
        }
    }
    return found;
}

QString RecentValues::latest(const QString& endpoint, const QString& anchor) const
{
    if (anchor.isEmpty())
        return QString();
    const QList<Use> uses = m_uses.value(endpoint).newestFirst;
    const auto it = std::find_if(
        uses.begin(), uses.end(), [&anchor](const Use& use) { return use.anchor == anchor; });
    return it == uses.end() ? QString() : it->value;
}

} // namespace Ovh
