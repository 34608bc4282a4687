#include "models/producttreemodel.h"

#include "look/badges.h"
#include "models/itemroles.h"

#include <QCollator>

#include <algorithm>
#include <optional>

namespace Ovh {

struct ProductTreeModel::Node
{
    NodeKind kind = NodeKind::Root;
    QString label; // "/domain", "zone", "{zoneName}", or the operation's description
    QString path; // the full path this node stands for
    QString description; // the ApiPath's description for segments with operations
    Node* parent = nullptr;
    int row = 0;
    OperationRef ref; // Operation leaves
    const Operation* operation = nullptr;
    int operationCount = 0; // Product nodes
    std::optional<QCollatorSortKey> sortKey; // Product and Segment nodes, while sorting
    std::vector<std::unique_ptr<Node>> children;

    Node* add(NodeKind childKind, const QString& childLabel)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->label = childLabel;
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }

    Node* segment(const QString& name, const QString& fullPath)
    {
        for (const auto& child : children) {
            if (child->kind == NodeKind::Segment && child->label == name)
                return child.get();
        }
        Node* node = add(NodeKind::Segment, name);
        node->path = fullPath;
        return node;
    }
};

namespace {

int methodOrder(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return 0;
    case HttpMethod::Post:
        return 1;
    case HttpMethod::Put:
        return 2;
    case HttpMethod::Patch:
        return 3;
    case HttpMethod::Delete:
        return 4;
    case HttpMethod::Unknown:
        break;
    }
    return 5;
}

} // namespace

ProductTreeModel::ProductTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ProductTreeModel::~ProductTreeModel() = default;

void ProductTreeModel::setSchema(const QList<Product>& products)
{
    beginResetModel();
    m_products = products;
    build();
    endResetModel();
}

void ProductTreeModel::build()
{
    m_root = std::make_unique<Node>();
    m_leaves.assign(size_t(m_products.size()), {});

    for (int p = 0; p < m_products.size(); ++p) {
        const Product& product = m_products.at(p);
        Node* productNode = m_root->add(NodeKind::Product, product.path);
        productNode->path = product.path;
        productNode->operationCount = product.operationCount();
        auto& leavesOfProduct = m_leaves[size_t(p)];
        leavesOfProduct.resize(size_t(product.paths.size()));

        for (int a = 0; a < product.paths.size(); ++a) {
            const ApiPath& apiPath = product.paths.at(a);
            // Segments below the product's own path; paths outside it keep all their segments.
            QStringView rest(apiPath.path);
            QString prefix;
            if (rest.startsWith(product.path)
                && (rest.size() == product.path.size()
                    || rest.at(product.path.size()) == QLatin1Char('/'))) {
                rest = rest.mid(product.path.size());
                prefix = product.path;
            }
            Node* node = productNode;
            for (const QStringView segment : rest.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                prefix += QLatin1Char('/') + segment;
                node = node->segment(segment.toString(), prefix);
            }
            if (node != productNode && node->description.isEmpty())
                node->description = apiPath.description;

            auto& leavesOfPath = leavesOfProduct[size_t(a)];
            leavesOfPath.resize(size_t(apiPath.operations.size()), nullptr);
            for (int o = 0; o < apiPath.operations.size(); ++o) {
                const Operation& operation = apiPath.operations.at(o);
                const QString label
                    = operation.description.isEmpty() ? operation.path : operation.description;
                Node* leaf = node->add(NodeKind::Operation, label);
                leaf->path = operation.path;
                leaf->ref = { p, a, o };
                leaf->operation = &operation;
                leavesOfPath[size_t(o)] = leaf;
            }
        }
    }

    // Order: products alphabetically; inside a node, its operations first (GET, POST, PUT,
    // PATCH, DELETE), then its sub-segments alphabetically ({placeholders} after words). Each
    // label's collation key is made once: comparing two labels through ICU each time was most
    // of the model's build at start.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    auto less = [](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) {
        const bool aOperation = a->kind == NodeKind::Operation;
        const bool bOperation = b->kind == NodeKind::Operation;
        if (aOperation != bOperation)
            return aOperation;
        if (aOperation) {
            const int ma = methodOrder(a->operation->method);
            const int mb = methodOrder(b->operation->method);
            if (ma != mb)
                return ma < mb;
            return a->ref.operation < b->ref.operation;
        }
        const bool aPlaceholder = a->label.startsWith(QLatin1Char('{'));
        const bool bPlaceholder = b->label.startsWith(QLatin1Char('{'));
        if (aPlaceholder != bPlaceholder)
            return bPlaceholder;
        const int order = a->sortKey->compare(*b->sortKey);
        return order != 0 ? order < 0 : a->label < b->label;
    };
    std::vector<Node*> pending { m_root.get() };
    while (!pending.empty()) {
        Node* node = pending.back();
        pending.pop_back();
        for (const auto& child : node->children) {
            if (child->kind != NodeKind::Operation)
                child->sortKey = collator.sortKey(child->label);
        }
        std::stable_sort(node->children.begin(), node->children.end(), less);
        for (size_t i = 0; i < node->children.size(); ++i) {
            Node* child = node->children[i].get();
            child->row = int(i);
            child->sortKey.reset();
            if (!child->children.empty())
                pending.push_back(child);
        }
    }
}

ProductTreeModel::Node* ProductTreeModel::nodeFromIndex(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex ProductTreeModel::indexFromNode(const Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node*>(node));
}

QModelIndex ProductTreeModel::indexOf(const OperationRef& ref) const
{
    if (ref.product < 0 || size_t(ref.product) >= m_leaves.size())
        return {};
    const auto& paths = m_leaves[size_t(ref.product)];
    if (ref.path < 0 || size_t(ref.path) >= paths.size())
        return {};
    const auto& operations = paths[size_t(ref.path)];
    if (ref.operation < 0 || size_t(ref.operation) >= operations.size())
        return {};
    return indexFromNode(operations[size_t(ref.operation)]);
}

OperationRef ProductTreeModel::operationRef(const QModelIndex& index) const
{
    const Node* node = nodeFromIndex(index);
    return node->kind == NodeKind::Operation ? node->ref : OperationRef {};
}

ProductTreeModel::NodeKind ProductTreeModel::nodeKind(const QModelIndex& index) const
{
    return nodeFromIndex(index)->kind;
}

QModelIndex ProductTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* parentNode = nodeFromIndex(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex ProductTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexFromNode(nodeFromIndex(child)->parent);
}

int ProductTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFromIndex(parent)->children.size());
}

int ProductTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags ProductTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFromIndex(index)->kind == NodeKind::Operation)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QVariant ProductTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeFromIndex(index);
    const Operation* operation = node->operation;
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Label:
        return node->label;
    case Qt::ToolTipRole:
        switch (node->kind) {
        case NodeKind::Product:
            return tr("%1\nOperations: %2").arg(node->path).arg(node->operationCount);
        case NodeKind::Segment:
            return node->description.isEmpty() ? node->path
                                               : node->path + QLatin1Char('\n') + node->description;
        case NodeKind::Operation: {
            QString tip = httpMethodName(operation->method) + QLatin1Char(' ') + operation->path;
            if (!operation->description.isEmpty())
                tip += QLatin1Char('\n') + operation->description;
            if (operation->status.value != ApiStatus::Production)
                tip += QLatin1Char('\n') + apiStatusName(operation->status.value);
            return tip;
        }
        case NodeKind::Root:
            break;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (operation)
            return spokenOperation(operation->method, operation->path, operation->status.value);
        return node->path;
    case ItemRole::OperationRef:
        return operation ? QVariant::fromValue(node->ref) : QVariant();
    case ItemRole::Method:
        return operation ? QVariant(int(operation->method)) : QVariant();
    case ItemRole::Status:
        return operation ? QVariant(int(operation->status.value)) : QVariant();
    case ItemRole::Path:
        return node->path;
    case ItemRole::NodeKind:
        return int(node->kind);
    default:
        break;
    }
    return {};
}

} // namespace Ovh
