#include "schema/jsontree.h"

#include "base/coretr.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

namespace Ovh {

namespace {
QString unescape(const char* p, const char* end);
} // namespace

// ---- parsing --------------------------------------------------------------------------------

class JsonParser
{
public:
    JsonParser(const char* data, qsizetype size, std::vector<JsonTree::Node>& nodes,
        std::vector<quint32>& duplicateKeys)
        : m_begin(data)
        , m_p(data)
        , m_end(data + size)
        , m_nodes(nodes)
        , m_duplicateKeys(duplicateKeys)
    { }

    bool run()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "unexpected data after the JSON value"));
        return true;
    }

    QString error;
    qsizetype errorOffset = -1;

private:
    bool fail(const char* message)
    {
        if (error.isEmpty()) {
            error = SchemaTr::tr(message);
            errorOffset = m_p - m_begin;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    quint32 push(JsonNode::Type type, const char* start)
    {
        m_nodes.push_back({ quint32(start - m_begin), 0, 0, 0, type, false });
        return quint32(m_nodes.size() - 1);
    }

    void close(quint32 index, const char* start)
    {
        JsonTree::Node& node = m_nodes[index];
        node.length = quint32(m_p - start);
        node.end = quint32(m_nodes.size());
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "unexpected end of data"));
        switch (*m_p) {
        case '{':
            return container<true>(depth);
        case '[':
            return container<false>(depth);
        case '"':
            return string();
        case 't':
            return literal("true", JsonNode::Bool);
        case 'f':
            return literal("false", JsonNode::Bool);
        case 'n':
            return literal("null", JsonNode::Null);
        default:
            return number();
        }
    }

    bool literal(const char* word, JsonNode::Type type)
    {
        const size_t length = std::strlen(word);
        if (size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid literal"));
        const char* start = m_p;
        const quint32 index = push(type, start);
        m_p += length;
        close(index, start);
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        const char* start = m_p;
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid value"));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid number"));
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid number"));
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        const quint32 index = push(JsonNode::Number, start);
        close(index, start);
        return true;
    }

    bool string()
    {
        ++m_p; // opening quote
        const char* start = m_p;
        const quint32 index = push(JsonNode::String, start);
        bool escaped = false;
        while (true) {
            if (m_p == m_end)
                return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "unterminated string"));
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "control character in string"));
            if (c == '\\') {
                escaped = true;
                ++m_p;
                if (m_p == m_end)
                    return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "unterminated string"));
                switch (*m_p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++m_p;
                    break;
                case 'u':
                    ++m_p;
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p == m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid \\u escape"));
                    }
                    break;
                default:
                    return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "invalid escape in string"));
                }
                continue;
            }
            ++m_p;
        }
        close(index, start);
        m_nodes[index].escaped = escaped;
        ++m_p; // closing quote
        return true;
    }

    // Arrays and objects share one loop; an object reads `"name":` before each value.
    template<bool IsObject> bool container(int depth)
    {
        constexpr char closer = IsObject ? '}' : ']';
        if (depth >= JsonTree::maxDepth)
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "nested too deeply"));
        const char* start = m_p;
        const quint32 index = push(IsObject ? JsonNode::Object : JsonNode::Array, start);
        ++m_p;
        skipSpace();
        quint32 count = 0;
        if (m_p != m_end && *m_p == closer) {
            ++m_p;
        } else {
            while (true) {
                skipSpace();
                if constexpr (IsObject) {
                    if (!memberName())
                        return false;
                }
                if (!value(depth + 1))
                    return false;
                ++count;
                skipSpace();
                if (m_p == m_end)
                    return fail(IsObject ? QT_TRANSLATE_NOOP("Ovh::Schema", "unterminated object")
                                         : QT_TRANSLATE_NOOP("Ovh::Schema", "unterminated array"));
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p == closer) {
                    ++m_p;
                    break;
                }
                return fail(IsObject ? QT_TRANSLATE_NOOP("Ovh::Schema", "expected ',' or '}'")
                                     : QT_TRANSLATE_NOOP("Ovh::Schema", "expected ',' or ']'"));
            }
        }
        close(index, start);
        m_nodes[index].count = count;
        if constexpr (IsObject)
            findDuplicateKeys(index);
        return true;
    }

    // Sorting the keys keeps a 10,000-member object linearithmic; most objects are tiny and
    // compare their unescaped keys in place. Escaped keys (rare) are compared decoded.
    void findDuplicateKeys(quint32 object)
    {
        m_keys.clear();
        m_decodedKeys.clear();
        for (quint32 key = object + 1; key < m_nodes[object].end; key = m_nodes[key + 1].end) {
            const JsonTree::Node& node = m_nodes[key];
            if (node.escaped) {
                m_decodedKeys.push_back(
                    unescape(m_begin + node.offset, m_begin + node.offset + node.length)
                        .toStdString());
                m_keys.push_back({ {}, key });
            } else {
                m_keys.push_back({ std::string_view(m_begin + node.offset, node.length), key });
            }
        }
        if (!m_decodedKeys.empty()) {
            size_t next = 0;
            for (auto& [text, key] : m_keys) {
                if (m_nodes[key].escaped)
                    text = m_decodedKeys[next++];
            }
        }
        if (m_keys.size() <= 8) {
            for (size_t i = 1; i < m_keys.size(); ++i) {
                for (size_t j = 0; j < i; ++j) {
                    if (m_keys[i].first == m_keys[j].first) {
                        m_duplicateKeys.push_back(m_keys[i].second);
                        break;
                    }
                }
            }
            return;
        }
        std::sort(m_keys.begin(), m_keys.end());
        for (size_t i = 1; i < m_keys.size(); ++i) {
            if (m_keys[i].first == m_keys[i - 1].first)
                m_duplicateKeys.push_back(m_keys[i].second);
        }
    }

    bool memberName()
    {
        if (m_p == m_end || *m_p != '"')
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "expected a member name"));
        if (!string())
            return false;
        skipSpace();
        if (m_p == m_end || *m_p != ':')
            return fail(QT_TRANSLATE_NOOP("Ovh::Schema", "expected ':'"));
        ++m_p;
        skipSpace();
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    std::vector<JsonTree::Node>& m_nodes;
    std::vector<quint32>& m_duplicateKeys;
    // Scratch of findDuplicateKeys: (key text, key node), and the decoded escaped keys.
    std::vector<std::pair<std::string_view, quint32>> m_keys;
    std::vector<std::string> m_decodedKeys;
};

bool JsonTree::parse(const QByteArray& json)
{
    m_data = json;
    m_nodes.clear();
    m_duplicateKeys.clear();
    m_error.clear();
    m_errorOffset = -1;
    if (json.size() >= qsizetype(0xffffffffu)) {
        m_error = SchemaTr::tr("document too large");
        return false;
    }
    // Schemas hold about one value per 10 bytes.
    m_nodes.reserve(size_t(json.size() / 10 + 16));
    JsonParser parser(m_data.constData(), m_data.size(), m_nodes, m_duplicateKeys);
    if (!parser.run()) {
        m_error = parser.error;
        m_errorOffset = parser.errorOffset;
        m_nodes.clear();
        m_duplicateKeys.clear();
        return false;
    }
    std::sort(m_duplicateKeys.begin(), m_duplicateKeys.end());
    return true;
}

JsonNode JsonTree::root() const
{
    return m_nodes.empty() ? JsonNode() : JsonNode(this, 0);
}

std::vector<JsonNode> JsonTree::duplicateKeys() const
{
    std::vector<JsonNode> keys;
    keys.reserve(m_duplicateKeys.size());
    for (const quint32 index : m_duplicateKeys)
        keys.push_back(JsonNode(this, index));
    return keys;
}

QString JsonTree::locationOf(const JsonNode& node) const
{
    // Down from the root, into the child whose subtree holds the node.
    QString location;
    quint32 current = 0;
    while (node.m_tree == this && current < node.m_index) {
        const Node& container = m_nodes[current];
        const bool object = container.type == JsonNode::Object;
        quint32 child = current + 1;
        qsizetype position = 0;
        while (child < container.end) {
            const quint32 value = object ? child + 1 : child;
            if (node.m_index < m_nodes[value].end) {
                if (object) {
                    if (!location.isEmpty())
                        location += QLatin1Char('.');
                    location += JsonNode(this, child).toString();
                } else {
                    location += QLatin1Char('[') + QString::number(position) + QLatin1Char(']');
                }
                break;
            }
            child = m_nodes[value].end;
            ++position;
        }
        if (child >= container.end)
            break;
        current = object ? child + 1 : child;
    }
    return location;
}

// ---- reading --------------------------------------------------------------------------------

JsonNode::Type JsonNode::type() const
{
    return m_tree ? m_tree->m_nodes[m_index].type : Missing;
}

namespace {

void appendUtf16(QString& out, uint code)
{
    if (code > 0xffff) {
        out += QChar::highSurrogate(code);
        out += QChar::lowSurrogate(code);
    } else {
        out += QChar(char16_t(code));
    }
}

uint hex4(const char* p)
{
    uint value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= uint(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= uint(c - 'a' + 10);
        else
            value |= uint(c - 'A' + 10);
    }
    return value;
}

QString unescape(const char* p, const char* end)
{
    QString out;
    out.reserve(end - p);
    const char* run = p;
    auto flush = [&](const char* upTo) {
        if (upTo > run)
            out += QString::fromUtf8(run, upTo - run);
    };
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        flush(p);
        ++p;
        switch (*p) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            uint code = hex4(p + 1);
            p += 4;
            if (QChar::isHighSurrogate(code) && end - p >= 7 && p[1] == '\\' && p[2] == 'u') {
                const uint low = hex4(p + 3);
                if (QChar::isLowSurrogate(low)) {
                    code = QChar::surrogateToUcs4(char16_t(code), char16_t(low));
                    p += 6;
                }
            }
            appendUtf16(out, code);
            break;
        }
        default:
            out += QLatin1Char(*p);
            break; // " \ /
        }
        ++p;
        run = p;
    }
    flush(end);
    return out;
}

} // namespace

QString JsonNode::toString() const
{
    if (type() != String)
        return QString();
    const JsonTree::Node& node = m_tree->m_nodes[m_index];
    const char* start = m_tree->m_data.constData() + node.offset;
    if (node.escaped)
        return unescape(start, start + node.length);
    return QString::fromUtf8(start, node.length);
}

bool JsonNode::toBool() const
{
    if (type() != Bool)
        return false;
    return m_tree->m_data.at(m_tree->m_nodes[m_index].offset) == 't';
}

double JsonNode::toDouble() const
{
    if (type() != Number)
        return 0;
    const JsonTree::Node& node = m_tree->m_nodes[m_index];
    const char* start = m_tree->m_data.constData() + node.offset;
    double value = 0;
    std::from_chars(start, start + node.length, value);
    return value;
}

QByteArray JsonNode::rawText() const
{
    if (!m_tree)
        return QByteArray();
    const JsonTree::Node& node = m_tree->m_nodes[m_index];
    return m_tree->m_data.mid(node.offset, node.length);
}

bool JsonNode::keyEquals(QLatin1String key) const
{
    const JsonTree::Node& node = m_tree->m_nodes[m_index];
    if (node.escaped)
        return toString() == key;
    return node.length == quint32(key.size())
        && std::memcmp(m_tree->m_data.constData() + node.offset, key.data(), node.length) == 0;
}

JsonNode JsonNode::operator[](QLatin1String key) const
{
    JsonNode found;
    for (const Member member : members()) {
        if (member.key.keyEquals(key))
            found = member.value;
    }
    return found;
}

int JsonNode::size() const
{
    const Type t = type();
    return t == Array || t == Object ? int(m_tree->m_nodes[m_index].count) : 0;
}

quint32 JsonNode::subtreeEnd(const JsonTree* tree, quint32 index)
{
    return tree->m_nodes[index].end;
}

JsonNode::Range<false> JsonNode::elements() const
{
    if (type() != Array)
        return { { nullptr, 0 }, { nullptr, 0 } };
    return { { m_tree, m_index + 1 }, { m_tree, m_tree->m_nodes[m_index].end } };
}

JsonNode::Range<true> JsonNode::members() const
{
    if (type() != Object)
        return { { nullptr, 0 }, { nullptr, 0 } };
    return { { m_tree, m_index + 1 }, { m_tree, m_tree->m_nodes[m_index].end } };
}

} // namespace Ovh
