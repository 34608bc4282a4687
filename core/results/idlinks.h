#pragma once

#include "schema/detailoperation.h"
#include "schema/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Ovh {

// Where a click on a value of an answer leads: an operation ("GET /domain/zone/{zoneName}") and
// the form values to open it with (ParameterForm's remembered-values format, "path/<name>").
struct IdLink
{
    QString operationKey;
    QJsonObject values;
};

// The path values of a form's values ({"path/zoneName": "example.com"} -> {"zoneName": …}), and
// back.
QJsonObject pathValuesOfForm(const QJsonObject& formValues);
QJsonObject formValuesOfPath(const QJsonObject& pathValues);

// The keys of `product`'s answers that link on their own: a key K is linkable when exactly one
// GET of the product ends in "/{K}" (its detail: GET /domain/{serviceName} for "serviceName").
// Two or more such GETs make K ambiguous (a bare "id"), and then it links nowhere; nor does a
// placeholder typed as a date (a moment, not an object). Maps K to the
// indexes of that GET (path, operation).
QHash<QString, DetailOperation> linkableKeys(const Product& product);

// Which values of the answers of one operation are links, and where each leads (issue 13
// item 2):
// - the elements of an id list (GET …/record -> [1001, 1002]) lead to its detail operation
//   (GET …/record/{id}) with the list's path values carried over and the id filled in;
// - a scalar value under a linkable key (see linkableKeys) leads to that key's GET, when every
//   other placeholder of that GET has a value among the form's path values.
// Only strings and numbers link; null, booleans, objects and arrays never do.
class IdLinks
{
public:
    IdLinks() = default;
    // `formValues`: the shown form's values (ParameterForm's format); only path values are
    // used. `keys`: linkableKeys(product), computed once per product by the caller.
    IdLinks(const Product& product, const Operation& operation, const QJsonObject& formValues,
        const QHash<QString, DetailOperation>& keys);

    // The link of the value at `jsonPath` (keys (QString) and indexes (int) from the root,
    // ItemRole::JsonPath's format), or nullopt.
    std::optional<IdLink> linkAt(const QVariantList& jsonPath, const QJsonValue& value) const;
    // The link of the element `index` of an answer that is an id list (the Body tab's lines).
    std::optional<IdLink> idListLink(int index, const QJsonValue& value) const;
    bool answersIdList() const { return !m_detailKey.isEmpty(); }
    bool isEmpty() const { return m_detailKey.isEmpty() && m_keyTargets.isEmpty(); }

private:
    struct KeyTarget
    {
        QString operationKey;
        QStringList placeholders; // the other placeholders of its path, all in m_pathValues
    };

    static bool linksAValue(const QJsonValue& value);

    QJsonObject m_pathValues; // the form's path values by name
    QString m_detailKey; // the id list's detail operation, "GET …/{id}"
    DetailOperation m_detail;
    QHash<QString, KeyTarget> m_keyTargets;
};

} // namespace Ovh
