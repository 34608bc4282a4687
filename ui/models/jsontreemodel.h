#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Ovh {

// A read-only tree over one JSON value: a row per member or element, columns key, value, type.
// Objects and arrays show their size as their value and expand into their children;
// ItemRole::JsonValue gives a row's value, ItemRole::JsonPath its place from the root.
// Lazy: a row is read from the JSON when asked for, and given a node only once asked for its
// children, so an array of 150,000 objects costs what is expanded, not a million nodes up front.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Resets the model once; an undefined value empties it.
    void setJson(const QJsonValue& json);
    // The rows given a node so far (each the first time it was asked for its children).
    qsizetype madeRows() const { return m_madeRows; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A row that has been asked for its children. An index's internal pointer is the node
    // of its parent: a row that is only shown needs no node of its own.
    struct Node
    {
        QJsonValue value;
        Node* parent = nullptr;
        int row = 0;
        // One slot per member or element, filled as rows are asked for their children.
        std::vector<std::unique_ptr<Node>> children;
    };

    static int containerSize(const QJsonValue& value);
    static QString key(const Node* parent, int row);
    int childCount(const Node* node) const;
    QJsonValue childValue(const Node* parent, int row) const;
    Node* childNode(Node* parent, int row) const;
    Node* parentNode(const QModelIndex& index) const;
    // The node of the row at `index`, the root for an invalid index.
    Node* nodeOf(const QModelIndex& index) const;
    QVariantList jsonPath(const Node* parent, int row) const;

    std::unique_ptr<Node> m_root; // invisible: its children are the top-level rows
    bool m_scalar = false; // the root is a bare scalar: one row
    mutable qsizetype m_madeRows = 0;
};

} // namespace Ovh
