#pragma once

#include "base/endpoint.h"
#include "schema/operationsearch.h"
#include "schema/schema.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QList>

#include <optional>

namespace Ovh {

// The operations matching a query, across every product, ranked by OperationSearch::find().
// One row per match: display "METHOD path — product — description"; the delegate paints the method
// as a badge, the path (ItemRole::Label) and "product — description" (ItemRole::SecondaryText)
// below. The other API branch's products, when given, are searched too: their matches are ranked
// among this branch's by the same measure (a path match in v2 before a description match in v1;
// on a tie this branch's first), with a branch badge (ItemRole::Branch) and no OperationRef (they
// are not in this schema: otherBranchMatch() names them).
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(QObject* parent = nullptr);

    // Clears the query and builds the search index on a worker thread (tens of ms the window's
    // start need not wait for). The usage known stays.
    void setSchema(const QList<Product>& products);
    // An index (this branch's or the other's) is still being built: a query finds none of its
    // operations yet, and runs again (one model reset) once it is in place.
    bool isIndexing() const;
    // How much each operation was used (the history's), and one more call: the more used rank
    // higher among equal matches. Takes effect at the next query.
    void setUsage(const QList<OperationUsage>& usage);
    void addCall(const QString& operation);
    // Runs the query over the indexes built so far, never waiting for one: one model reset. An
    // empty query matches nothing.
    void setQuery(const QString& query);
    QString query() const { return m_query; }

    OperationRef operationRef(int row) const;

    // The other branch's products (v2 while the window is on v1, and the reverse), searched
    // with the next query; empty: none. Kept across setSchema() until replaced. Its index is
    // built on a worker thread too.
    void setOtherBranch(ApiBranch branch, const QList<Product>& products);
    // How much each operation of the other branch was used (its endpoint's history), so that
    // both rank alike. Kept across setOtherBranch(); takes effect at the next query.
    void setOtherBranchUsage(const QList<OperationUsage>& usage);
    struct OtherBranchMatch
    {
        ApiBranch branch = ApiBranch::V1;
        QString operation; // "GET /iam/policy"
    };
    // The match of `row` when it comes from the other branch; nothing on this branch's rows.
    std::optional<OtherBranchMatch> otherBranchMatch(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    // The products of one branch and their index, built off the GUI thread: `building` until
    // installed, and meanwhile `search` (the previous products' index) is not queried.
    // `generation` tells a build from an older setSchema() to be dropped.
    struct Index
    {
        QList<Product> products;
        OperationSearch search;
        QFuture<OperationSearch> building;
        quint64 generation = 0;
    };
    void build(Index& index, const QList<Product>& products);
    // Puts the built index in place, with the usage known so far.
    static void install(Index& index, OperationSearch built);
    // The matches of an index in place; none while it is being built.
    QList<OperationSearch::Match> matches(const Index& index) const;

    // The operation of a row, from this branch's products or the other's.
    const Operation* operationAt(int row, const Product** product = nullptr) const;
    bool isOtherBranchRow(int row) const { return m_rows.at(row).other; }
    // m_rows from this query's matches in both branches.
    void runQuery();

    Index m_here;
    QString m_query;
    struct Row
    {
        bool other = false; // of the other branch
        OperationRef ref;
    };
    QList<Row> m_rows;
    ApiBranch m_otherBranch = ApiBranch::V2;
    Index m_other;
};

} // namespace Ovh
