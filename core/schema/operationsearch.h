#pragma once

#include "schema/operationusage.h"
#include "schema/schema.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Ovh {

// Where an operation lives in a list of products.
struct OperationRef
{
    int product = -1;
    int path = -1;
    int operation = -1;

    bool isValid() const { return product >= 0; }
    friend bool operator==(const OperationRef& a, const OperationRef& b)
    {
        return a.product == b.product && a.path == b.path && a.operation == b.operation;
    }
};

// Finds operations by path, method, description and parameter names across every product, and
// forgives: typos, word order, singular or plural, OVH's everyday words (everydaywords.h). Built
// once per schema: one lower-cased text per operation (and the words in it, at the first typo), so
// that a query over the ~6,300 operations of the eu API stays well under a keystroke's 16 ms. The
// window's search and `ops --filter` find and rank alike.
class OperationSearch
{
public:
    OperationSearch() = default;
    explicit OperationSearch(const QList<Product>& products);

    int size() const { return int(m_entries.size()); }

    // How well an operation matches a query, comparable across searches (the window ranks the
    // other API branch's matches among this branch's): see find() for the order.
    struct Rank
    {
        bool exact = false;
        quint8 typos = 0;
        quint8 pathTerms = 0;
        quint8 everydayTerms = 0;
        quint8 segmentTerms = 0;
        double usage = 0;
        qsizetype pathSize = 0;

        // Whether `a` is a better match than `b`; neither when they tie.
        static bool better(const Rank& a, const Rank& b);
    };
    struct Match
    {
        OperationRef ref;
        Rank rank;
    };

    // The operations matching `query`, best first, at most `limit` (-1: all). Each
    // whitespace-separated term must match, in any order and case: as a part of the method,
    // path, description or a parameter name ("recor" in "record"); or in its other number
    // ("records", "properties"); or as an everyday word ("dns": the /domain/zone operations);
    // or, when none of that matches among the operations the other terms leave, with typos
    // (typoBudget(); the last term may be a word still being typed). Ranked: the operation
    // whose path (or "METHOD path") is the query; fewer typos; more terms in the method and path;
    // more everyday words; more terms that are whole segments of the path ("record", not
    // "dsRecord"); more used (setUsage()); the shorter path; schema order. An empty
    // query matches everything in schema order.
    QList<OperationRef> find(const QString& query, int limit = -1) const;
    // The same, each with its rank.
    QList<Match> findRanked(const QString& query, int limit = -1) const;

    // How much each operation was used (from the history), replacing what was known; scored
    // at `now` (usageScore()). Operations this schema does not have are kept for the next.
    void setUsage(
        const QList<OperationUsage>& usage, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // One more call of `operation` ("GET /me") at `when`.
    void addCall(const QString& operation, const QDateTime& when = QDateTime::currentDateTimeUtc());
    QList<OperationUsage> usage() const { return m_usage.values(); }

    // "GET /domain/zone/{zoneName}/record" or "/domain/zone/{zoneName}/record" (GET when the
    // method is left out); invalid when there is no such operation.
    static OperationRef locate(const QList<Product>& products, const QString& methodAndPath);
    static const Operation* resolve(const QList<Product>& products, const OperationRef& ref);

private:
    struct Entry
    {
        OperationRef ref;
        QString text; // "get /domain/zone/{zonename}/record\ndescription\nparameter…", folded
        QString path; // as served, for the everyday words' paths
        qsizetype headSize = 0; // of "method path", the first line of text
        QString original; // text before folding: its camelCase shows where words part
        double usage = 0;
    };
    struct Term;
    struct Candidate;

    void scoreUsage(const QString& operation, const QDateTime& now);
    // Per word of m_words: how close it is to the misspelt `term`.
    enum Closeness : quint8 { NotClose, CloseStart, CloseWord };
    std::vector<quint8> typoWords(const Term& term) const;

    std::vector<Entry> m_entries;
    // The words, for typos only: indexed at the first misspelt query (a few tens of ms the
    // loading of a schema need not pay). Not for find() on two threads at once.
    void indexWords() const;
    mutable QStringList m_words; // every word of every operation once, folded
    mutable std::vector<std::vector<int>> m_entryWords; // per entry: indexes in m_words, sorted
    QHash<QString, int> m_byOperation; // "GET /me" -> index in m_entries
    QHash<QString, OperationUsage> m_usage;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::OperationRef)
