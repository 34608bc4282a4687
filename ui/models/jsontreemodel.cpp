#include "models/jsontreemodel.h"

#include "models/itemroles.h"

#include "call/valueconversion.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ovh {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::fill(Node* node)
{
    auto add = [node](const QString& key, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        fill(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), array.at(i));
    }
}

void JsonTreeModel::setJson(const QJsonValue& json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (json.isObject() || json.isArray()) {
        m_root->value = json;
        fill(m_root.get());
    } else if (!json.isUndefined()) {
        // A bare scalar: one row.
        auto child = std::make_unique<Node>();
        child->value = json;
        child->parent = m_root.get();
        m_root->children.push_back(std::move(child));
    }
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeFromIndex(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0
        || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* node = nodeFromIndex(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeFromIndex(child);
    Node* parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFromIndex(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariantList JsonTreeModel::jsonPath(const Node* node) const
{
    QVariantList path;
    for (; node && node != m_root.get(); node = node->parent) {
        if (node->parent && node->parent->value.isArray())
            path.prepend(node->row);
        else
            path.prepend(node->key);
    }
    return path;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeFromIndex(index);
    if (role == ItemRole::JsonValue)
        return QVariant::fromValue(node->value);
    if (role == ItemRole::JsonPath)
        return jsonPath(node);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        if (node->value.isObject())
            return tr("{%n member(s)}", nullptr, int(node->value.toObject().size()));
        if (node->value.isArray())
            return tr("[%n element(s)]", nullptr, int(node->value.toArray().size()));
        if (node->value.isString())
            return node->value.toString();
        return wireText(node->value);
    case TypeColumn:
        return typeName(node->value);
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
