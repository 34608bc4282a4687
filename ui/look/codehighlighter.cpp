#include "look/codehighlighter.h"

#include <algorithm>

namespace Ovh {

namespace {

QStringList keywordsFor(SnippetLanguage language)
{
    const char* list = "";
    switch (language) {
    case SnippetLanguage::Python:
        list = "and as assert async await break class continue def del elif else except False "
               "finally for "
               "from global if import in is lambda None nonlocal not or pass raise return True try "
               "while with yield";
        break;
    case SnippetLanguage::Php:
        list = "array as break case catch class const continue declare default do echo else elseif "
               "exit false finally foreach function if include new null print require require_once "
               "return "
               "static switch throw true try use var while";
        break;
    case SnippetLanguage::Node:
        list = "async await break case catch class const continue default delete else export false "
               "finally for function if import in let new null of require return switch this throw "
               "true "
               "try typeof undefined var void while";
        break;
    case SnippetLanguage::Go:
        list = "break case chan const continue default defer else fallthrough false for func go "
               "goto if "
               "import interface map nil package range return select struct switch true type var";
        break;
    case SnippetLanguage::Shell:
        list = "case do done elif else esac exit export fi for function if in local readonly "
               "return set "
               "then until while";
        break;
    }
    QStringList words = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.sort();
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument* document, SnippetLanguage language)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_keywords(keywordsFor(language))
{
    const bool hash = language == SnippetLanguage::Python || language == SnippetLanguage::Shell;
    m_lineComment = hash ? QStringLiteral("#") : QStringLiteral("//");
    m_blockComments = !hash;
    m_backQuotes = language == SnippetLanguage::Go || language == SnippetLanguage::Node;
    m_tripleQuotes = language == SnippetLanguage::Python;
    setDark(false);
}

void CodeHighlighter::setDark(bool dark)
{
    m_comment.setForeground(dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x33, 0xb3));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    rehighlight();
}

void CodeHighlighter::highlightBlock(const QString& text)
{
    const qsizetype length = text.size();
    qsizetype i = 0;
    setCurrentBlockState(Normal);

    // Constructs left open on the previous line.
    const auto closeOpen
        = [&](BlockState state, QStringView closer, const QTextCharFormat& format) {
              const qsizetype end = text.indexOf(closer);
              if (end < 0) {
                  setFormat(0, int(length), format);
                  setCurrentBlockState(state);
                  i = length;
              } else {
                  i = end + closer.size();
                  setFormat(0, int(i), format);
              }
          };
    switch (previousBlockState()) {
    case InBlockComment:
        closeOpen(InBlockComment, u"*/", m_comment);
        break;
    case InBackQuote:
        closeOpen(InBackQuote, u"`", m_string);
        break;
    case InTripleQuote:
        closeOpen(InTripleQuote, u"\"\"\"", m_string);
        break;
    default:
        break;
    }

    while (i < length) {
        const QChar c = text.at(i);
        const QStringView rest = QStringView(text).mid(i);
        if (rest.startsWith(m_lineComment)
            && !(m_language == SnippetLanguage::Shell && i > 0 && !text.at(i - 1).isSpace())) {
            setFormat(int(i), int(length - i), m_comment);
            return;
        }
        if (m_blockComments && rest.startsWith(u"/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0) {
                setFormat(int(i), int(length - i), m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (m_tripleQuotes && rest.startsWith(u"\"\"\"")) {
            const qsizetype end = text.indexOf(QLatin1String("\"\"\""), i + 3);
            if (end < 0) {
                setFormat(int(i), int(length - i), m_string);
                setCurrentBlockState(InTripleQuote);
                return;
            }
            setFormat(int(i), int(end + 3 - i), m_string);
            i = end + 3;
            continue;
        }
        if (m_backQuotes && c == QLatin1Char('`')) {
            const qsizetype end = text.indexOf(QLatin1Char('`'), i + 1);
            if (end < 0) {
                setFormat(int(i), int(length - i), m_string);
                setCurrentBlockState(InBackQuote);
                return;
            }
            setFormat(int(i), int(end + 1 - i), m_string);
            i = end + 1;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype end = i + 1;
            // Single quotes in the shell do not escape.
            const bool escapes = !(m_language == SnippetLanguage::Shell && c == QLatin1Char('\''));
            while (end < length && text.at(end) != c) {
                if (escapes && text.at(end) == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = qMin(end + 1, length);
            setFormat(int(i), int(end - i), m_string);
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype end = i + 1;
            while (end < length && isWordChar(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            const bool preceded = i > 0
                && (text.at(i - 1) == QLatin1Char('$') || text.at(i - 1) == QLatin1Char('.'));
            if (c.isDigit())
                setFormat(int(i), int(end - i), m_number);
            else if (!preceded && std::binary_search(m_keywords.cbegin(), m_keywords.cend(), word))
                setFormat(int(i), int(end - i), m_keyword);
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace Ovh
