#include "models/searchresultmodel.h"

#include "look/badges.h"
#include "models/itemroles.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

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
    build(m_here, products);
    m_query.clear();
    m_rows.clear();
    endResetModel();
}

void SearchResultModel::build(Index& index, const QList<Product>& products)
{
    index.products = products;
    const quint64 generation = ++index.generation;
    if (products.isEmpty()) { // nothing to build: no indexing state to show
        install(index, OperationSearch());
        return;
    }
    // The copy shares the products' data (read only on both threads).
    auto promise = std::make_shared<QPromise<OperationSearch>>();
    index.building = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, products] {
        promise->addResult(OperationSearch(products));
        promise->finish();
    });
    auto* watcher = new QFutureWatcher<OperationSearch>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, &index, generation] {
        watcher->deleteLater();
        // A newer build replaced this one: an older schema's index never replaces a newer one.
        if (generation != index.generation)
            return;
        install(index, watcher->result());
        if (m_query.isEmpty())
            return;
        beginResetModel();
        runQuery();
        endResetModel();
    });
    watcher->setFuture(index.building);
}

void SearchResultModel::install(Index& index, OperationSearch built)
{
    index.building = QFuture<OperationSearch>();
    built.setUsage(index.search.usage()); // what setUsage() and addCall() told meanwhile
    index.search = std::move(built);
}

bool SearchResultModel::isIndexing() const
{
    return m_here.building.isValid() || m_other.building.isValid();
}

QList<OperationSearch::Match> SearchResultModel::matches(const Index& index) const
{
    // While building, `search` indexes the previous products: its refs do not fit these.
    if (index.building.isValid() || index.products.isEmpty())
        return {};
    return index.search.findRanked(m_query);
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
    // An index still building adds its rows when it is in place (build()'s watcher runs the
    // query again): a keystroke never waits for it.
    const QList<OperationSearch::Match> here = matches(m_here);
    const QList<OperationSearch::Match> other = matches(m_other);
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
    build(m_other, products);
    runQuery();
    endResetModel();
}

void SearchResultModel::setOtherBranchUsage(const QList<OperationUsage>& usage)
{
    m_other.search.setUsage(usage); // handed on to the index being built
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
    m_here.search.setUsage(usage);
}

void SearchResultModel::addCall(const QString& operation)
{
    m_here.search.addCall(operation);
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
    const QList<Product>& products = (at.other ? m_other : m_here).products;
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
