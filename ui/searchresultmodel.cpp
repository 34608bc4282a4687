#include "searchresultmodel.h"

#include "itemroles.h"

#include <algorithm>
#include <vector>

namespace Ovh {

namespace {

const QString kDash = QStringLiteral(" \u2014 ");

} // namespace

QList<OperationRef> rankMatches(const QList<Product>& products, const QList<OperationRef>& matches,
    const QString& query)
{
    const QStringList terms = query.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Ranked
    {
        int termsInPath;
        int pathLength;
        int order;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(size_t(matches.size()));
    for (int i = 0; i < matches.size(); ++i) {
        const Operation* operation = OperationSearch::resolve(products, matches.at(i));
        if (!operation)
            continue;
        const QString method = httpMethodName(operation->method);
        int inPath = 0;
        for (const QString& term : terms) {
            if (operation->path.contains(term, Qt::CaseInsensitive)
                || method.contains(term, Qt::CaseInsensitive))
                ++inPath;
        }
        ranked.push_back({ inPath, int(operation->path.size()), i });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.termsInPath != b.termsInPath)
            return a.termsInPath > b.termsInPath;
        return a.pathLength < b.pathLength;
    });
    QList<OperationRef> result;
    result.reserve(qsizetype(ranked.size()));
    for (const Ranked& entry : ranked)
        result.append(matches.at(entry.order));
    return result;
}

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setSchema(const QList<Product>& products)
{
    beginResetModel();
    m_products = products;
    m_search = OperationSearch(m_products);
    m_query.clear();
    m_results.clear();
    endResetModel();
}

void SearchResultModel::setQuery(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed == m_query)
        return;
    beginResetModel();
    m_query = trimmed;
    m_results = m_query.isEmpty() ? QList<OperationRef>()
                                  : rankMatches(m_products, m_search.find(m_query), m_query);
    endResetModel();
}

OperationRef SearchResultModel::operationRef(int row) const
{
    return row >= 0 && row < m_results.size() ? m_results.at(row) : OperationRef {};
}

const Operation* SearchResultModel::operationAt(int row) const
{
    return OperationSearch::resolve(m_products, operationRef(row));
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operation* operation = operationAt(index.row());
    if (!operation)
        return {};
    const OperationRef ref = m_results.at(index.row());
    const QString& product = m_products.at(ref.product).path;
    switch (role) {
    case Qt::DisplayRole:
        return QString(httpMethodName(operation->method) + QLatin1Char(' ') + operation->path + kDash
            + product + kDash + operation->description);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QString(httpMethodName(operation->method) + QLatin1Char(' ') + operation->path
            + QLatin1Char('\n') + operation->description);
    case ItemRole::Label:
    case ItemRole::Path:
        return operation->path;
    case ItemRole::SecondaryText:
        return operation->description.isEmpty() ? product
                                                : QString(product + kDash + operation->description);
    case ItemRole::OperationRef:
        return QVariant::fromValue(ref);
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
