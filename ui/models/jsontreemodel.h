#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Ovh {

// A read-only tree over one JSON value: a row per member or element, columns key, value, type.
// Objects and arrays show their size as their value and expand into their children;
// ItemRole::JsonValue gives a row's value, ItemRole::JsonPath its place from the root.
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

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    static void fill(Node* node);
    QVariantList jsonPath(const Node* node) const;
    Node* nodeFromIndex(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root; // invisible: its children are the top-level rows
};

} // namespace Ovh
