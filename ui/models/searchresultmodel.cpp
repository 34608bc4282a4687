#include "models/searchresultmodel.h"

#include "look/badges.h"
#include "models/itemroles.h"

namespace Ovh {

namespace {

const QString kDash = QStringLiteral(" \u2014 ");

} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void SearchResultModel::setSchema(const QList<Product>& products)
{
    beginResetModel();
    m_products = products;
    const QList<OperationUsage> usage = m_search.usage();
    m_search = OperationSearch(m_products);
    m_search.setUsage(usage);
    m_query.clear();
    m_rows.clear();
    endResetModel();
}

void SearchResultModel::setQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    beginResetModel();
    m_query = trimmed;
    runQuery();
    endResetModel();
}

void SearchResultModel::runQuery()
{
    m_rows.clear();
    if (m_query.isEmpty())
        return;
    const QList<OperationSearch::Match> here = m_search.findRanked(m_query);
    const QList<OperationSearch::Match> other = m_otherProducts.isEmpty()
        ? QList<OperationSearch::Match>()
        : m_otherSearch.findRanked(m_query);
    // Both lists are best first: merge them, this branch's first on a tie.
    m_rows.reserve(here.size() + other.size());
    qsizetype h = 0;
    qsizetype o = 0;
    while (h < here.size() || o < other.size()) {
        const bool takeOther = h == here.size()
            || (o < other.size()
                && OperationSearch::Rank::better(other.at(o).rank, here.at(h).rank));
        m_rows.append(
            takeOther ? Row { true, other.at(o++).ref } : Row { false, here.at(h++).ref });
    }
}

void SearchResultModel::setOtherBranch(ApiBranch branch, const QList<Product>& products)
{
    beginResetModel();
    m_otherBranch = branch;
    m_otherProducts = products;
    m_otherSearch = OperationSearch(m_otherProducts);
    m_otherSearch.setUsage(m_otherUsage);
    runQuery();
    endResetModel();
}

void SearchResultModel::setOtherBranchUsage(const QList<OperationUsage>& usage)
{
    m_otherUsage = usage;
    m_otherSearch.setUsage(usage);
}

std::optional<SearchResultModel::OtherBranchMatch> SearchResultModel::otherBranchMatch(
    int row) const
{
    if (row < 0 || row >= m_rows.size() || !isOtherBranchRow(row))
        return std::nullopt;
    const Operation* operation = operationAt(row);
    if (!operation)
        return std::nullopt;
    return OtherBranchMatch { m_otherBranch,
        httpMethodName(operation->method) + QLatin1Char(' ') + operation->path };
}

void SearchResultModel::setUsage(const QList<OperationUsage>& usage)
{
    m_search.setUsage(usage);
}

void SearchResultModel::addCall(const QString& operation)
{
    m_search.addCall(operation);
}

OperationRef SearchResultModel::operationRef(int row) const
{
    return row >= 0 && row < m_rows.size() && !isOtherBranchRow(row) ? m_rows.at(row).ref
                                                                     : OperationRef {};
}

const Operation* SearchResultModel::operationAt(int row, const Product** product) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const Row& at = m_rows.at(row);
    const QList<Product>& products = at.other ? m_otherProducts : m_products;
    const OperationRef& ref = at.ref;
    if (product)
        *product = &products.at(ref.product);
    return OperationSearch::resolve(products, ref);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product* owner = nullptr;
    const Operation* operation = operationAt(index.row(), &owner);
    if (!operation)
        return {};
    const bool other = isOtherBranchRow(index.row());
    const QString& product = owner->path;
    switch (role) {
    case Qt::DisplayRole:
        return QString(httpMethodName(operation->method) + QLatin1Char(' ') + operation->path
            + kDash + product + kDash + operation->description);
    case Qt::ToolTipRole:
        return QString((other ? apiBranchName(m_otherBranch) + QLatin1Char(' ') : QString())
            + httpMethodName(operation->method) + QLatin1Char(' ') + operation->path
            + QLatin1Char('\n') + operation->description);
    case Qt::AccessibleTextRole:
        return QString((other ? apiBranchName(m_otherBranch) + QLatin1Char(' ') : QString())
            + spokenOperation(operation->method, operation->path, operation->status.value)
            + QLatin1Char('\n') + operation->description);
    case ItemRole::Label:
    case ItemRole::Path:
        return operation->path;
    case ItemRole::SecondaryText:
        return operation->description.isEmpty() ? product
                                                : QString(product + kDash + operation->description);
    case ItemRole::OperationRef:
        return QVariant::fromValue(other ? OperationRef() : m_rows.at(index.row()).ref);
    case ItemRole::Branch:
        return other ? apiBranchName(m_otherBranch) : QString();
    case ItemRole::Method:
        return int(operation->method);
    case ItemRole::Status:
        return int(operation->status.value);
    default:
        break;
    }
    return {};
}

} // namespace Ovh
