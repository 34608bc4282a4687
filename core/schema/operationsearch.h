#pragma once

#include "schema/schema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ovh {

// Where an operation lives in a list of products.
struct OperationRef
{
    int product = -1;
    int path = -1;
    int operation = -1;

    bool isValid() const { return product >= 0; }
    friend bool operator==(const OperationRef& a, const OperationRef& b)
    {
        return a.product == b.product && a.path == b.path && a.operation == b.operation;
    }
};

// Finds operations by path, method, description and parameter names across every product.
// Built once per schema: one lower-cased text per operation, so a query over the ~6,300
// operations of the eu API is a few substring scans, fast enough to run at every keystroke.
class OperationSearch
{
public:
    OperationSearch() = default;
    explicit OperationSearch(const QList<Product>& products);

    int size() const { return int(m_entries.size()); }
    // Every whitespace-separated term must appear (case-insensitive); an empty query matches
    // everything. Results keep schema order (product, path, operation).
    QList<OperationRef> find(const QString& query, int limit = -1) const;

    // "GET /domain/zone/{zoneName}/record" or "/domain/zone/{zoneName}/record" (GET when the
    // method is left out); invalid when there is no such operation.
    // `matches` of `query` best first: most query terms found in the path or method, then the
    // shortest path; ties keep their order. The window's search and `ops --filter` rank alike.
    static QList<OperationRef> rank(
        const QList<Product>& products, const QList<OperationRef>& matches, const QString& query);
    static OperationRef locate(const QList<Product>& products, const QString& methodAndPath);
    static const Operation* resolve(const QList<Product>& products, const OperationRef& ref);

private:
    struct Entry
    {
        OperationRef ref;
        QString text;
    };
    QList<Entry> m_entries;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::OperationRef)
