#pragma once

#include "schema/operationsearch.h"
#include "schema/schema.h"

#include <QAbstractListModel>
#include <QList>

namespace Ovh {

// The operations matching a query, across every product, ranked by OperationSearch::find().
// One row per match: display "METHOD path — product — description"; the delegate paints the method
// as a badge, the path (ItemRole::Label) and "product — description" (ItemRole::SecondaryText)
// below.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(QObject* parent = nullptr);

    // Builds the search index once; clears the query. The usage known stays.
    void setSchema(const QList<Product>& products);
    // How much each operation was used (the history's), and one more call: the more used rank
    // higher among equal matches. Takes effect at the next query.
    void setUsage(const QList<OperationUsage>& usage);
    void addCall(const QString& operation);
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
