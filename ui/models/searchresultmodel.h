#pragma once

#include "schema/operationsearch.h"
#include "schema/schema.h"

#include <QAbstractListModel>
#include <QList>

namespace Ovh {

// The operations matching a query, across every product, ranked by OperationSearch::rank().
// One row per match: display "METHOD path — product — description"; the delegate paints the method
// as a badge, the path (ItemRole::Label) and "product — description" (ItemRole::SecondaryText)
// below.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(QObject* parent = nullptr);

    // Builds the search index once; clears the query.
    void setSchema(const QList<Product>& products);
    // Runs the query over the prebuilt index: one model reset. An empty query matches nothing.
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    OperationRef operationRef(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Operation* operationAt(int row) const;

    QList<Product> m_products;
    OperationSearch m_search;
    QString m_query;
    QList<OperationRef> m_results;
};

} // namespace Ovh
