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

// A GET that a key of an answer leads to, named by its operation key ("GET /me/order/{orderId}").
struct KeyLink
{
    QString operationKey;
    QString path;
    TypeKind kind = TypeKind::Unknown; // of its path parameter
};

// The keys that link from an answer of one product to another product's object: a key K such
// that exactly one GET of the whole API (every product of `products`) ends in "/{K}", and that
// GET stands on its own and says what it names:
// - K is its only placeholder (no path value of one product is carried to another's path);
// - K names an id ("orderId", "ticketId"): a plain word ("user", "type", "zone") means
//   different things in different products;
// - K is not typed as an enum (a price list by capacity) nor as a date.
QHash<QString, KeyLink> apiLinkableKeys(const QList<Product>& products);

// apiLinkableKeys of one schema, made when first asked for (not on the way to showing the
// schema), then kept. One thread at a time.
class ApiLinkableKeys
{
public:
    explicit ApiLinkableKeys(QList<Product> products)
        : m_products(std::move(products))
    { }
    const QHash<QString, KeyLink>& keys() const;

private:
    QList<Product> m_products;
    mutable std::optional<QHash<QString, KeyLink>> m_keys;
};

// Which values of the answers of one operation are links, and where each leads (issue 13
// item 2):
// - the elements of an id list (GET …/record -> [1001, 1002]) lead to its detail operation
//   (GET …/record/{id}) with the list's path values carried over and the id filled in;
// - a scalar value under a linkable key (see linkableKeys) leads to that key's GET, when every
//   other placeholder of that GET has a value among the form's path values.
// - a scalar value under a key that no path of the product ends in but that links over the
//   whole API (see apiLinkableKeys, given by the caller) leads to that other product's GET,
//   when the product's models declare that key with the parameter's type (long or string)
//   and never with another.
// Only strings and numbers link; null, booleans, objects and arrays never do.
class IdLinks
{
public:
    IdLinks() = default;
    // `formValues`: the shown form's values (ParameterForm's format); only path values are
    // used. `keys`: linkableKeys(product), computed once per product by the caller.
    IdLinks(const Product& product, const Operation& operation, const QJsonObject& formValues,
        const QHash<QString, DetailOperation>& keys, const QHash<QString, KeyLink>& apiKeys = {});

    // The link of the value at `jsonPath` (keys (QString) and indexes (int) from the root,
    // ItemRole::JsonPath's format), or nullopt.
    std::optional<IdLink> linkAt(const QVariantList& jsonPath, const QJsonValue& value) const;
    // The link of the element `index` of an answer that is an id list (the Body tab's lines).
    std::optional<IdLink> idListLink(int index, const QJsonValue& value) const;
    // The link of one line of the answer written one value a line (see readJsonLine): a
    // member's scalar under a key that links, or an element of an id list (indented once).
    std::optional<IdLink> lineLink(QStringView line) const;
    bool answersIdList() const { return !m_detailKey.isEmpty(); }
    bool isEmpty() const { return m_detailKey.isEmpty() && m_keyTargets.isEmpty(); }

private:
    struct KeyTarget
    {
        QString operationKey;
        QStringList placeholders; // the other placeholders of its path, all in m_pathValues
    };

    // Keeps `link` for `key` when it is not the shown operation and its other placeholders
    // all have a value.
    void addKeyTarget(const QString& key, const KeyLink& link, const QString& shown);

    static bool linksAValue(const QJsonValue& value);

    QJsonObject m_pathValues; // the form's path values by name
    QString m_detailKey; // the id list's detail operation, "GET …/{id}"
    DetailOperation m_detail;
    QHash<QString, KeyTarget> m_keyTargets;
};

} // namespace Ovh
