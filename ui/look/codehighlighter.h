#pragma once

#include "snippets/snippets.h"

#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Ovh {

// Colours a code snippet: comments, strings and the language's keywords. Deliberately small:
// line comments, /* */ blocks that may span lines, quoted strings (and Go/JS back-quotes,
// which may span lines too); no parsing beyond that.
class CodeHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    CodeHighlighter(QTextDocument* document, SnippetLanguage language);

    // Picks colours readable on `dark` or light backgrounds and re-highlights.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    enum BlockState { Normal = -1, InBlockComment = 1, InBackQuote = 2, InTripleQuote = 3 };

    SnippetLanguage m_language;
    QStringList m_keywords; // sorted, for binary search
    QString m_lineComment; // "#" or "//"
    bool m_blockComments = false;
    bool m_backQuotes = false;
    bool m_tripleQuotes = false;
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_keyword;
    QTextCharFormat m_number;
};

} // namespace Ovh
