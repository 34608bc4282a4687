#pragma once

#include "schema/operationsearch.h"
#include "schema/schema.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>
#include <vector>

namespace Ovh {

// The schema as a tree: products (sorted alphabetically) -> one node per path segment
// (/domain -> zone -> {zoneName} -> record) -> operation leaves. The model owns its item tree;
// OperationRef values index into the product list given to setSchema().
class ProductTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTreeModel)

public:
    enum class NodeKind : quint8 { Root, Product, Segment, Operation };

    explicit ProductTreeModel(QObject* parent = nullptr);
    ~ProductTreeModel() override;

    // Replaces everything: one modelAboutToBeReset()/modelReset() pair.
    void setSchema(const QList<Product>& products);
    const QList<Product>& products() const { return m_products; }

    QModelIndex indexOf(const OperationRef& ref) const;
    OperationRef operationRef(const QModelIndex& index) const;
    NodeKind nodeKind(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node;
    Node* nodeFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromNode(const Node* node) const;
    void build();

    QList<Product> m_products;
    std::unique_ptr<Node> m_root;
    // Operation leaves by OperationRef, for indexOf(): [product][path][operation].
    std::vector<std::vector<std::vector<Node*>>> m_leaves;
};

} // namespace Ovh
