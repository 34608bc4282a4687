#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace Ovh {

// A large text held once, as UTF-8, with where each line starts: what a view that paints only
// the visible lines needs (an answer of 30 MB has a million lines once indented).
class TextLines
{
public:
    TextLines() = default;

    // `text` split at each '\n' (a "\r\n" loses its '\r' in line()).
    static TextLines fromText(QByteArray text);
    // `json` (valid JSON, which is not checked) indented by four spaces, as it came: the keys
    // in their order, numbers and escapes as written; an empty object or array on one line.
    static TextLines indentedJson(QByteArrayView json);

    const QByteArray& text() const { return m_text; }
    qsizetype lineCount() const { return qsizetype(m_starts.size()); }
    // Without its line feed.
    QByteArrayView line(qsizetype index) const;
    // The line holding byte `offset` of text().
    qsizetype lineAt(qsizetype offset) const;
    qsizetype lineStart(qsizetype index) const { return qsizetype(m_starts[size_t(index)]); }
    // The longest line, in bytes: how wide a view must scroll.
    qsizetype maxLineBytes() const { return m_maxLineBytes; }

private:
    void indexLines();

    QByteArray m_text;
    // 32 bits: an answer is at most 64 MiB (BoundedReply), far from 4 GiB once indented; a
    // million lines then cost 4 MB less.
    std::vector<quint32> m_starts;
    qsizetype m_maxLineBytes = 0;
};

// Where `needle` next occurs in `text` from `from` (backward: the last occurrence starting
// before `from`), ASCII letters compared without case; -1 when none.
qsizetype findText(QByteArrayView text, QByteArrayView needle, qsizetype from, bool backward);

} // namespace Ovh
