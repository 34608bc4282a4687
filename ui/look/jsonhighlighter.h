#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Ovh {

// Colours JSON text: keys, strings, numbers, true/false/null, punctuation. Line by line, so it
// also copes with text that is not (yet) valid JSON.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument* document);

    // Picks colours readable on `dark` or light backgrounds and re-highlights.
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace Ovh
