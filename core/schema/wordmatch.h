#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace Ovh {

// The forgiving parts of the operation search, word by word. Every text is case-folded first.

// How many typos a word of `length` letters may carry and still be recognised: none under 4
// letters (too many short words are one edit apart), one up to 7, two beyond.
int typoBudget(qsizetype length);

// Whether `word` becomes `target` with at most `maxEdits` insertions, deletions, substitutions
// or swaps of two neighbours ("recrod" -> "record" is one). With `prefix`, `target` may go on
// after the match ("recor" is within one edit of "record", as is "recro"), for a word still
// being typed.
bool withinEdits(QStringView word, QStringView target, int maxEdits, bool prefix = false);

// The other grammatical numbers of `word` that a substring search would miss: "records" ->
// "record", "addresses" -> "address", "properties" -> "property", "property" -> "properties".
// Empty when there is none (a singular's plural is found by the singular: "record" is in
// "records").
QStringList numberForms(const QString& word);

// Calls `visit` with the start and size of each word of `text`, in order: runs of letters and
// digits of 3 characters or more and, within a camelCase run, its parts first ("sshKey":
// "ssh", "Key", then "sshKey").
void forEachWord(QStringView text, const std::function<void(qsizetype, qsizetype)>& visit);

// The words of `text`, case-folded: runs of letters and digits of 3 characters or more, and the
// parts of a camelCase run as well ("/me/sshKey" -> "sshkey", "ssh", "key").
QStringList wordsOf(QStringView text);

} // namespace Ovh
