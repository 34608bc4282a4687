#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <vector>

namespace Ovh {

class JsonTree;

// A handle to one value of a JsonTree; cheap to copy, valid while the tree lives.
class JsonNode
{
public:
    enum Type : quint8 { Missing, Null, Bool, Number, String, Array, Object };

    JsonNode() = default;

    Type type() const;
    bool isMissing() const { return type() == Missing; }
    bool isNull() const { return type() == Null; }
    bool isBool() const { return type() == Bool; }
    bool isNumber() const { return type() == Number; }
    bool isString() const { return type() == String; }
    bool isArray() const { return type() == Array; }
    bool isObject() const { return type() == Object; }
    bool isAbsent() const { return type() == Missing || type() == Null; }

    QString toString() const; // decoded; empty unless a string
    bool toBool() const;
    double toDouble() const;
    QByteArray rawText() const; // the bytes of the value as written (numbers keep their text)

    // Objects: the member named `key` (Missing when absent); of duplicates the last, as
    // JavaScript's JSON.parse (the web console) takes it. Linear: objects here are small.
    JsonNode operator[](QLatin1String key) const;
    int size() const; // members of an object, elements of an array

    // for (JsonNode item : node.elements()); for (JsonNode::Member m : node.members()).
    struct Member;
    template<bool Members> class Iterator;
    template<bool Members> struct Range;
    Range<false> elements() const;
    Range<true> members() const;

private:
    friend class JsonTree;
    static quint32 subtreeEnd(const JsonTree* tree, quint32 index);
    JsonNode(const JsonTree* tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    { }
    bool keyEquals(QLatin1String key) const;

    const JsonTree* m_tree = nullptr;
    quint32 m_index = 0;
};

struct JsonNode::Member
{
    JsonNode key;
    JsonNode value;
    QString name() const { return key.toString(); }
};

template<bool Members> class JsonNode::Iterator
{
    friend class JsonNode;

public:
    Iterator(const JsonTree* tree, quint32 index)
        : m_tree(tree)
        , m_index(index)
    { }
    bool operator!=(const Iterator& other) const { return m_index != other.m_index; }
    Iterator& operator++()
    {
        m_index = nextIndex(m_tree, Members ? m_index + 1 : m_index);
        return *this;
    }
    auto operator*() const
    {
        if constexpr (Members)
            return Member { JsonNode(m_tree, m_index), JsonNode(m_tree, m_index + 1) };
        else
            return JsonNode(m_tree, m_index);
    }

private:
    static quint32 nextIndex(const JsonTree* tree, quint32 index)
    {
        return JsonNode::subtreeEnd(tree, index);
    }
    const JsonTree* m_tree;
    quint32 m_index;
};

template<bool Members> struct JsonNode::Range
{
    Iterator<Members> first;
    Iterator<Members> last;
    Iterator<Members> begin() const { return first; }
    Iterator<Members> end() const { return last; }
};

// A read-only JSON document parsed in one pass over a byte buffer. Strings stay as byte ranges
// until asked for, which makes reading 13 MB of schema several times faster than QJsonDocument.
// Strict RFC 8259 syntax; nesting deeper than maxDepth is an error, never a stack overflow.
class JsonTree
{
public:
    static constexpr int maxDepth = 256;

    // Keeps a (shared, implicitly copied) reference to `json`.
    bool parse(const QByteArray& json);
    QString errorString() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    JsonNode root() const;
    // The key of every member whose name an earlier member of the same object already has.
    std::vector<JsonNode> duplicateKeys() const;
    // Where `node` sits, for diagnostics: "apis[3].operations[0].httpMethod" ("" for the root).
    QString locationOf(const JsonNode& node) const;

private:
    friend class JsonNode;
    friend class JsonParser;

    struct Node
    {
        quint32 offset; // strings: first byte after the quote; others: first byte
        quint32 length; // bytes of the value (strings: without quotes)
        quint32 end; // index of the node after this subtree
        quint32 count; // members or elements
        JsonNode::Type type;
        bool escaped; // a string with backslash escapes
    };

    QByteArray m_data;
    std::vector<Node> m_nodes;
    std::vector<quint32> m_duplicateKeys;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

} // namespace Ovh
