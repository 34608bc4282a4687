#include "look/jsonhighlighter.h"

#include "results/jsonline.h"

namespace Ovh {

JsonFormats::JsonFormats(bool dark)
{
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c));
    key.setFontWeight(QFont::DemiBold);
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x80, 0x00, 0x80));
    keyword.setFontWeight(QFont::DemiBold);
    punctuation.setForeground(dark ? QColor(0x99, 0x99, 0x99) : QColor(0x66, 0x66, 0x66));
}

const QTextCharFormat& JsonFormats::of(JsonToken::Kind kind) const
{
    switch (kind) {
    case JsonToken::Key:
        return key;
    case JsonToken::String:
        return string;
    case JsonToken::Number:
        return number;
    case JsonToken::Keyword:
        return keyword;
    case JsonToken::Punctuation:
        break;
    }
    return punctuation;
}

QList<JsonToken> jsonLineTokens(QStringView text)
{
    QList<JsonToken> tokens;
    const auto add = [&tokens](qsizetype start, qsizetype length, JsonToken::Kind kind) {
        tokens.append(JsonToken { start, length, kind });
    };
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != QLatin1Char('"')) {
                if (text.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = qMin(end + 1, length);
            // A key is a string followed by ':'.
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool isKey = next < length && text.at(next) == QLatin1Char(':');
            add(i, end - i, isKey ? JsonToken::Key : JsonToken::String);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < length
                && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.')
                    || text.at(end) == QLatin1Char('e') || text.at(end) == QLatin1Char('E')
                    || text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            add(i, end - i, JsonToken::Number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = text.mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                add(i, end - i, JsonToken::Keyword);
            i = end;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[')
                || c == QLatin1Char(']') || c == QLatin1Char(':') || c == QLatin1Char(','))
                add(i, 1, JsonToken::Punctuation);
            ++i;
        }
    }
    return tokens;
}

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_formats(false)
{
    m_link.setFontUnderline(true);
    rehighlight();
}

void JsonHighlighter::setDark(bool dark)
{
    m_formats = JsonFormats(dark);
    rehighlight();
}

void JsonHighlighter::setLinkTest(std::function<bool(QStringView line)> isLink)
{
    if (!m_isLink && !isLink)
        return;
    m_isLink = std::move(isLink);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    for (const JsonToken& token : jsonLineTokens(text))
        setFormat(int(token.start), int(token.length), m_formats.of(token.kind));
    if (m_isLink && m_isLink(text)) {
        const JsonLine line = readJsonLine(text);
        setFormat(line.valueStart, line.valueEnd - line.valueStart, m_link);
    }
}

} // namespace Ovh
