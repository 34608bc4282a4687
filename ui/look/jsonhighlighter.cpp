#include "look/jsonhighlighter.h"

namespace Ovh {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setDark(false);
}

void JsonHighlighter::setDark(bool dark)
{
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x0b, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x80, 0x00, 0x80));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(dark ? QColor(0x99, 0x99, 0x99) : QColor(0x66, 0x66, 0x66));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
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
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < length
                && (text.at(end).isDigit() || text.at(end) == QLatin1Char('.')
                    || text.at(end) == QLatin1Char('e') || text.at(end) == QLatin1Char('E')
                    || text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-')))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[')
                || c == QLatin1Char(']') || c == QLatin1Char(':') || c == QLatin1Char(','))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Ovh
