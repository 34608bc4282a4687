#include "schema/wordmatch.h"

#include <algorithm>
#include <array>

namespace Ovh {

namespace {

constexpr qsizetype kMinWord = 3;
// Longer words are not compared: no operation's word is that long, and the work stays bounded.
constexpr qsizetype kMaxCompared = 40;

bool endsWith(const QString& word, const char* suffix)
{
    return word.endsWith(QLatin1String(suffix));
}

} // namespace

int typoBudget(qsizetype length)
{
    if (length < 4)
        return 0;
    return length <= 7 ? 1 : 2;
}

bool withinEdits(QStringView word, QStringView target, int maxEdits, bool prefix)
{
    const qsizetype m = word.size();
    if (!prefix && std::abs(target.size() - m) > maxEdits)
        return false;
    // Only the start of target can matter to a prefix match.
    const qsizetype n = prefix ? std::min(target.size(), m + maxEdits) : target.size();
    if (m > kMaxCompared || n > kMaxCompared)
        return false;
    // Optimal string alignment distance, three rows; a row whose best is over the budget ends
    // the comparison early.
    std::array<int, kMaxCompared + 1> before {};
    std::array<int, kMaxCompared + 1> previous {};
    std::array<int, kMaxCompared + 1> current {};
    for (qsizetype j = 0; j <= n; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = word[i - 1] == target[j - 1] ? 0 : 1;
            int value = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1,
                previous[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && word[i - 1] == target[j - 2] && word[i - 2] == target[j - 1])
                value = std::min(value, before[size_t(j - 2)] + 1);
            current[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > maxEdits)
            return false;
        before = previous;
        previous = current;
    }
    if (!prefix)
        return previous[size_t(n)] <= maxEdits;
    // A prefix of target: the best alignment of the whole word with any start of target.
    return *std::min_element(previous.begin(), previous.begin() + n + 1) <= maxEdits;
}

QStringList numberForms(const QString& word)
{
    QStringList forms;
    const qsizetype size = word.size();
    if (size >= 5 && endsWith(word, "ies"))
        forms << word.left(size - 3) + QLatin1Char('y');
    if (size >= 5
        && (endsWith(word, "sses") || endsWith(word, "xes") || endsWith(word, "zes")
            || endsWith(word, "ches") || endsWith(word, "shes")))
        forms << word.left(size - 2);
    if (size > kMinWord && endsWith(word, "s") && !endsWith(word, "ss"))
        forms << word.left(size - 1);
    if (size >= 3 && endsWith(word, "y") && !QStringLiteral("aeiou").contains(word.at(size - 2)))
        forms << word.left(size - 1) + QLatin1String("ies");
    forms.removeDuplicates();
    return forms;
}

void forEachWord(QStringView text, const std::function<void(qsizetype, qsizetype)>& visit)
{
    const auto add = [&visit](qsizetype from, qsizetype to) {
        if (to - from >= kMinWord)
            visit(from, to - from);
    };
    qsizetype start = -1;
    qsizetype part = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
            part = i;
        } else if (inWord) {
            // "sshKey": a capital after a small letter starts a part.
            if (text.at(i).isUpper() && text.at(i - 1).isLower()) {
                add(part, i);
                part = i;
            }
        } else if (start >= 0) {
            if (part > start)
                add(part, i); // the last part of a camelCase run
            add(start, i);
            start = -1;
        }
    }
}

QStringList wordsOf(QStringView text)
{
    QStringList words;
    forEachWord(text, [&words, text](qsizetype start, qsizetype size) {
        words.append(text.mid(start, size).toString().toCaseFolded());
    });
    return words;
}

} // namespace Ovh
