#include "models/jsontreemodel.h"

#include "models/itemroles.h"

#include "base/jsontypename.h"
#include "call/valueconversion.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue& json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_madeRows = 0;
    m_root->value = json;
    m_scalar = !json.isObject() && !json.isArray() && !json.isUndefined();
    endResetModel();
}

int JsonTreeModel::childCount(const Node* node) const
{
    if (node == m_root.get() && m_scalar)
        return 1;
    return containerSize(node->value);
}

int JsonTreeModel::containerSize(const QJsonValue& value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
}

QJsonValue JsonTreeModel::childValue(const Node* parent, int row) const
{
    if (parent->value.isObject())
        return (parent->value.toObject().constBegin() + row).value();
    if (parent->value.isArray())
        return parent->value.toArray().at(row);
    return parent->value; // a bare scalar's one row
}

JsonTreeModel::Node* JsonTreeModel::childNode(Node* parent, int row) const
{
    if (parent->children.empty())
        parent->children.resize(size_t(childCount(parent)));
    std::unique_ptr<Node>& slot = parent->children.at(size_t(row));
    if (!slot) {
        slot = std::make_unique<Node>();
        ++m_madeRows;
        slot->parent = parent;
        slot->row = row;
        slot->value = childValue(parent, row);
    }
    return slot.get();
}

QString JsonTreeModel::key(const Node* parent, int row)
{
    if (parent->value.isObject())
        return (parent->value.toObject().constBegin() + row).key();
    if (parent->value.isArray())
        return QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    return QString();
}

JsonTreeModel::Node* JsonTreeModel::parentNode(const QModelIndex& index) const
{
    return static_cast<Node*>(index.internalPointer());
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? childNode(parentNode(index), index.row()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0
        || (parent.isValid() && parent.column() != 0))
        return {};
    if (row >= rowCount(parent))
        return {};
    return createIndex(row, column, nodeOf(parent));
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = parentNode(child);
    if (node == m_root.get())
        return {};
    return createIndex(node->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return childCount(m_root.get());
    if (parent.column() != 0)
        return 0;
    return containerSize(childValue(parentNode(parent), parent.row()));
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariantList JsonTreeModel::jsonPath(const Node* parent, int row) const
{
    QVariantList path;
    for (; parent; row = parent->row, parent = parent->parent) {
        if (parent->value.isArray())
            path.prepend(row);
        else
            path.prepend(key(parent, row));
        if (parent == m_root.get())
            break;
    }
    return path;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* parent = parentNode(index);
    if (role == ItemRole::JsonPath)
        return jsonPath(parent, index.row());
    if (role != ItemRole::JsonValue && role != Qt::DisplayRole && role != Qt::ToolTipRole
        && role != Qt::EditRole)
        return {};
    if (index.column() == KeyColumn && role != ItemRole::JsonValue)
        return key(parent, index.row());
    const QJsonValue value = childValue(parent, index.row());
    if (role == ItemRole::JsonValue)
        return QVariant::fromValue(value);
    switch (index.column()) {
    case ValueColumn:
        if (value.isObject())
            return tr("{%n member(s)}", nullptr, int(value.toObject().size()));
        if (value.isArray())
            return tr("[%n element(s)]", nullptr, int(value.toArray().size()));
        if (value.isString())
            return value.toString();
        return wireText(value);
    case TypeColumn:
        return jsonValueTypeName(value);
    default:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        break;
    }
    return {};
}

} // namespace Ovh
