#include "results/textlines.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace Ovh {

namespace {

void newLine(QByteArray& out, int depth)
{
    out += '\n';
    out.append(qsizetype(depth) * 4, ' ');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

} // namespace

TextLines TextLines::fromText(QByteArray text)
{
    TextLines lines;
    lines.m_text = std::move(text);
    lines.indexLines();
    return lines;
}

TextLines TextLines::indentedJson(QByteArrayView json)
{
    QByteArray out;
    // Indentation roughly doubles a compact answer; one allocation, not a dozen copies.
    out.reserve(json.size() * 2 + 16);
    int depth = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            qsizetype end = i + 1;
            while (end < size && json[end] != '"')
                end += json[end] == '\\' ? 2 : 1;
            end = std::min(end + 1, size);
            out.append(json.data() + i, end - i);
            i = end - 1;
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < size && isSpace(json[next]))
                ++next;
            if (next < size && (json[next] == '}' || json[next] == ']')) {
                out += c;
                out += json[next];
                i = next;
                break;
            }
            out += c;
            newLine(out, ++depth);
            break;
        }
        case '}':
        case ']':
            newLine(out, depth = std::max(0, depth - 1));
            out += c;
            break;
        case ',':
            out += c;
            newLine(out, depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isSpace(c))
                out += c;
            break;
        }
    }
    return fromText(std::move(out));
}

void TextLines::indexLines()
{
    m_starts.clear();
    m_maxLineBytes = 0;
    const char* data = m_text.constData();
    const qsizetype size = m_text.size();
    // Counted first: a vector grown by doubling would hold twice the room at its peak.
    m_starts.reserve(size_t(m_text.count('\n')) + 1);
    qsizetype start = 0;
    while (true) {
        m_starts.push_back(quint32(start));
        const void* feed = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = feed ? static_cast<const char*>(feed) - data : size;
        m_maxLineBytes = std::max(m_maxLineBytes, end - start);
        if (!feed)
            break;
        start = end + 1;
    }
}

QByteArrayView TextLines::line(qsizetype index) const
{
    if (index < 0 || index >= lineCount())
        return {};
    const qsizetype start = lineStart(index);
    qsizetype end = index + 1 < lineCount() ? lineStart(index + 1) - 1 : m_text.size();
    if (end > start && m_text.at(end - 1) == '\r')
        --end;
    return QByteArrayView(m_text.constData() + start, end - start);
}

qsizetype TextLines::lineAt(qsizetype offset) const
{
    if (offset < 0)
        return 0;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), quint64(offset),
        [](quint64 value, quint32 start) { return value < start; });
    return std::max<qsizetype>(0, qsizetype(it - m_starts.begin()) - 1);
}

qsizetype findText(QByteArrayView text, QByteArrayView needle, qsizetype from, bool backward)
{
    if (needle.isEmpty() || needle.size() > text.size())
        return -1;
    const auto same = [](char a, char b) { return lower(a) == lower(b); };
    from = std::clamp<qsizetype>(from, 0, text.size());
    if (backward) {
        // The last match that starts before `from`.
        const qsizetype stop = std::min(text.size(), from - 1 + needle.size());
        if (stop < needle.size())
            return -1;
        const auto it
            = std::find_end(text.begin(), text.begin() + stop, needle.begin(), needle.end(), same);
        return it == text.begin() + stop ? -1 : qsizetype(it - text.begin());
    }
    const auto hash = [](char c) { return std::hash<char>()(lower(c)); };
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end(), hash, same);
    const auto it = std::search(text.begin() + from, text.end(), searcher);
    return it == text.end() ? -1 : qsizetype(it - text.begin());
}

} // namespace Ovh
