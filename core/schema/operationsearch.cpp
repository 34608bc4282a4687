#include "schema/operationsearch.h"

#include "schema/everydaywords.h"
#include "schema/wordmatch.h"

#include <algorithm>

namespace Ovh {

namespace {

constexpr int kMaxTerms = 32;

bool isWord(const QString& term)
{
    return std::all_of(term.begin(), term.end(), [](QChar c) { return c.isLetterOrNumber(); })
        && std::any_of(term.begin(), term.end(), [](QChar c) { return c.isLetter(); });
}

// Whether `word` is a whole segment of `head` ("record" in "get /domain/zone/{zonename}/record").
bool isSegment(QStringView head, QStringView word)
{
    for (qsizetype at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if (at > 0 && head.at(at - 1) == QLatin1Char('/')
            && (end == head.size() || head.at(end) == QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

// One word of a query and what it may match besides itself.
struct OperationSearch::Term
{
    QString text;
    QStringList forms; // numberForms()
    QStringList everyday; // paths of the everyday words it is (alone or with a neighbour)
    int budget = 0; // typos it may carry
    bool prefix = false; // the last term: maybe a word still being typed
};

struct OperationSearch::Candidate
{
    int entry;
    quint8 typos = 0;
    quint8 pathTerms = 0;
    quint8 everydayTerms = 0;
    quint8 segmentTerms = 0; // terms that are a whole segment of the path
    bool exact = false;
};

OperationSearch::OperationSearch(const QList<Product>& products)
{
    for (int p = 0; p < products.size(); ++p) {
        const Product& product = products.at(p);
        for (int a = 0; a < product.paths.size(); ++a) {
            const ApiPath& path = product.paths.at(a);
            for (int o = 0; o < path.operations.size(); ++o) {
                const Operation& operation = path.operations.at(o);
                const QString head
                    = httpMethodName(operation.method) + QLatin1Char(' ') + operation.path;
                QString text = head + QLatin1Char('\n') + operation.description;
                for (const Parameter& parameter : operation.parameters) {
                    if (!parameter.name.isEmpty())
                        text += QLatin1Char('\n') + parameter.name;
                }
                Entry entry;
                entry.ref = { p, a, o };
                entry.path = operation.path;
                entry.headSize = head.size();
                entry.text = text.toCaseFolded();
                entry.original = std::move(text);
                m_byOperation.insert(head, int(m_entries.size()));
                m_entries.push_back(std::move(entry));
            }
        }
    }
}

void OperationSearch::indexWords() const
{
    if (!m_entryWords.empty())
        return;
    m_entryWords.resize(m_entries.size());
    // Views into the folded texts and m_words, which outlive the loop.
    QHash<QStringView, int> wordIndex;
    const auto wordId = [this, &wordIndex](QStringView word) {
        const auto found = wordIndex.constFind(word);
        if (found != wordIndex.constEnd())
            return *found;
        m_words.append(word.toString());
        wordIndex.insert(QStringView(m_words.constLast()), int(m_words.size() - 1));
        return int(m_words.size() - 1);
    };
    for (size_t e = 0; e < m_entries.size(); ++e) {
        const Entry& entry = m_entries[e];
        std::vector<int>& words = m_entryWords[e];
        // Folding keeps the length of most texts: the words are then read in place.
        const bool inPlace = entry.text.size() == entry.original.size();
        forEachWord(entry.original, [&](qsizetype start, qsizetype size) {
            words.push_back(inPlace ? wordId(QStringView(entry.text).mid(start, size))
                                    : wordId(entry.original.mid(start, size).toCaseFolded()));
        });
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
    }
}

std::vector<quint8> OperationSearch::typoWords(const Term& term) const
{
    indexWords();
    std::vector<quint8> close(size_t(m_words.size()), NotClose);
    QStringList spellings { term.text };
    spellings += term.forms;
    for (int w = 0; w < m_words.size(); ++w) {
        for (const QString& spelling : std::as_const(spellings)) {
            const int budget = typoBudget(spelling.size());
            if (withinEdits(spelling, m_words.at(w), budget)) {
                close[size_t(w)] = CloseWord;
                break;
            }
            if (term.prefix && withinEdits(spelling, m_words.at(w), budget, true))
                close[size_t(w)] = CloseStart;
        }
    }
    return close;
}

QList<OperationRef> OperationSearch::find(const QString& query, int limit) const
{
    const QList<Match> matches = findRanked(query, limit);
    QList<OperationRef> found;
    found.reserve(matches.size());
    for (const Match& match : matches)
        found.append(match.ref);
    return found;
}

QList<OperationSearch::Match> OperationSearch::findRanked(const QString& query, int limit) const
{
    const QString folded = query.toCaseFolded().simplified();
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > kMaxTerms)
        words.resize(kMaxTerms);
    QList<Match> found;
    if (words.isEmpty()) {
        for (const Entry& entry : m_entries) {
            if (limit >= 0 && found.size() >= limit)
                break;
            found.append({ entry.ref, Rank {} });
        }
        return found;
    }

    std::vector<Term> terms(size_t(words.size()));
    for (qsizetype i = 0; i < words.size(); ++i) {
        Term& term = terms[size_t(i)];
        term.text = words.at(i);
        term.forms = numberForms(term.text);
        term.budget = isWord(term.text) ? typoBudget(term.text.size()) : 0;
        term.prefix = i == words.size() - 1;
        for (const QString& spelling : QStringList { term.text } + term.forms)
            term.everyday += everydayPaths(spelling);
    }
    // Two-word everyday words ("ssh key", "load balancers") count for both terms.
    for (size_t i = 0; i + 1 < terms.size(); ++i) {
        for (const QString& second : QStringList { terms[i + 1].text } + terms[i + 1].forms) {
            const QStringList paths = everydayPaths(terms[i].text + QLatin1Char(' ') + second);
            terms[i].everyday += paths;
            terms[i + 1].everyday += paths;
        }
    }

    std::vector<Candidate> candidates;
    candidates.reserve(m_entries.size());
    for (size_t e = 0; e < m_entries.size(); ++e)
        candidates.push_back({ int(e) });
    std::vector<Candidate> kept;
    kept.reserve(candidates.size());
    std::vector<std::vector<quint8>> misspelt(terms.size()); // per term: the words it may mean
    for (size_t t = 0; t < terms.size(); ++t) {
        const Term& term = terms[t];
        kept.clear();
        for (Candidate candidate : candidates) {
            const Entry& entry = m_entries[size_t(candidate.entry)];
            const bool everyday
                = std::any_of(term.everyday.begin(), term.everyday.end(), [&](const QString& path) {
                      return entry.path.startsWith(path)
                          && (entry.path.size() == path.size()
                              || entry.path.at(path.size()) == QLatin1Char('/'));
                  });
            qsizetype at = entry.text.indexOf(term.text);
            for (qsizetype f = 0; at < 0 && f < term.forms.size(); ++f)
                at = entry.text.indexOf(term.forms.at(f));
            if (!everyday && at < 0)
                continue;
            // A term cannot hold a line break: its first place is in the head if it is there.
            if (everyday || at < entry.headSize)
                ++candidate.pathTerms;
            if (everyday)
                ++candidate.everydayTerms;
            kept.push_back(candidate);
        }
        if (kept.empty() && term.budget > 0) {
            // Nothing left has the word as typed: take it as misspelt.
            misspelt[t] = typoWords(term);
            const std::vector<quint8>& close = misspelt[t];
            for (Candidate candidate : candidates) {
                const std::vector<int>& entryWords = m_entryWords[size_t(candidate.entry)];
                if (std::any_of(entryWords.begin(), entryWords.end(),
                        [&close](int word) { return close[size_t(word)] != NotClose; })) {
                    ++candidate.typos;
                    kept.push_back(candidate);
                }
            }
        }
        candidates.swap(kept);
        if (candidates.empty())
            return found;
    }

    for (Candidate& candidate : candidates) {
        const Entry& entry = m_entries[size_t(candidate.entry)];
        const QStringView head = QStringView(entry.text).left(entry.headSize);
        candidate.exact = head == folded
            || (folded.startsWith(QLatin1Char('/')) && head.size() > folded.size()
                && head.endsWith(folded)
                && head.at(head.size() - folded.size() - 1) == QLatin1Char(' '));
        for (size_t t = 0; t < terms.size(); ++t) {
            const Term& term = terms[t];
            bool segment = isSegment(head, term.text);
            for (qsizetype f = 0; !segment && f < term.forms.size(); ++f)
                segment = isSegment(head, term.forms.at(f));
            if (!misspelt[t].empty()) {
                // Misspelt: the words it may mean, in the path or as a segment of it.
                bool inHead = false;
                for (const int word : m_entryWords[size_t(candidate.entry)]) {
                    const quint8 close = misspelt[t][size_t(word)];
                    if (close == NotClose || !head.contains(m_words.at(word)))
                        continue;
                    inHead = true;
                    // The start of a longer word ("instance" of "instanceCategory") is no segment.
                    segment = segment || (close == CloseWord && isSegment(head, m_words.at(word)));
                }
                candidate.pathTerms += inHead ? 1 : 0;
            }
            candidate.segmentTerms += segment ? 1 : 0;
        }
    }
    const auto rankOf = [this](const Candidate& candidate) {
        const Entry& entry = m_entries[size_t(candidate.entry)];
        return Rank { candidate.exact, candidate.typos, candidate.pathTerms,
            candidate.everydayTerms, candidate.segmentTerms, entry.usage, entry.path.size() };
    };
    const auto better = [&rankOf](const Candidate& a, const Candidate& b) {
        const Rank x = rankOf(a);
        const Rank y = rankOf(b);
        if (Rank::better(x, y))
            return true;
        return !Rank::better(y, x) && a.entry < b.entry;
    };
    const size_t wanted
        = limit >= 0 ? std::min(size_t(limit), candidates.size()) : candidates.size();
    std::partial_sort(
        candidates.begin(), candidates.begin() + qsizetype(wanted), candidates.end(), better);
    found.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i)
        found.append({ m_entries[size_t(candidates[i].entry)].ref, rankOf(candidates[i]) });
    return found;
}

bool OperationSearch::Rank::better(const Rank& a, const Rank& b)
{
    if (a.exact != b.exact)
        return a.exact;
    if (a.typos != b.typos)
        return a.typos < b.typos;
    if (a.pathTerms != b.pathTerms)
        return a.pathTerms > b.pathTerms;
    if (a.everydayTerms != b.everydayTerms)
        return a.everydayTerms > b.everydayTerms;
    if (a.segmentTerms != b.segmentTerms)
        return a.segmentTerms > b.segmentTerms;
    if (a.usage != b.usage)
        return a.usage > b.usage;
    return a.pathSize < b.pathSize;
}

void OperationSearch::setUsage(const QList<OperationUsage>& usage, const QDateTime& now)
{
    for (Entry& entry : m_entries)
        entry.usage = 0;
    m_usage.clear();
    for (const OperationUsage& one : usage) {
        OperationUsage& known = m_usage[one.operation];
        known.operation = one.operation;
        known.calls += one.calls;
        if (!known.lastCall.isValid() || one.lastCall > known.lastCall)
            known.lastCall = one.lastCall;
    }
    for (auto it = m_usage.cbegin(); it != m_usage.cend(); ++it)
        scoreUsage(it.key(), now);
}

void OperationSearch::addCall(const QString& operation, const QDateTime& when)
{
    OperationUsage& known = m_usage[operation];
    known.operation = operation;
    ++known.calls;
    known.lastCall = when;
    scoreUsage(operation, when);
}

void OperationSearch::scoreUsage(const QString& operation, const QDateTime& now)
{
    const auto found = m_byOperation.constFind(operation);
    if (found != m_byOperation.constEnd())
        m_entries[size_t(*found)].usage = usageScore(m_usage.value(operation), now);
}

OperationRef OperationSearch::locate(const QList<Product>& products, const QString& methodAndPath)
{
    const QString text = methodAndPath.trimmed();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    HttpMethod method = HttpMethod::Get;
    QString path = text;
    if (space > 0) {
        method = httpMethodFromName(QStringView(text).left(space));
        path = text.mid(space + 1).trimmed();
    }
    if (method == HttpMethod::Unknown)
        return {};
    for (int p = 0; p < products.size(); ++p) {
        const Product& product = products.at(p);
        for (int a = 0; a < product.paths.size(); ++a) {
            if (product.paths.at(a).path != path)
                continue;
            const QList<Operation>& operations = product.paths.at(a).operations;
            for (int o = 0; o < operations.size(); ++o) {
                if (operations.at(o).method == method)
                    return { p, a, o };
            }
        }
    }
    return {};
}

const Operation* OperationSearch::resolve(const QList<Product>& products, const OperationRef& ref)
{
    if (ref.product < 0 || ref.product >= products.size())
        return nullptr;
    const Product& product = products.at(ref.product);
    if (ref.path < 0 || ref.path >= product.paths.size())
        return nullptr;
    const ApiPath& path = product.paths.at(ref.path);
    if (ref.operation < 0 || ref.operation >= path.operations.size())
        return nullptr;
    return &path.operations.at(ref.operation);
}

} // namespace Ovh
