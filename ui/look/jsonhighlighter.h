#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <QList>
#include <QStringView>

#include <functional>

namespace Ovh {

// One coloured piece of a line of JSON text.
struct JsonToken
{
    enum Kind : quint8 { Key, String, Number, Keyword, Punctuation };
    qsizetype start = 0;
    qsizetype length = 0;
    Kind kind = Punctuation;
};

// The tokens of one line, for any text (not necessarily valid JSON).
QList<JsonToken> jsonLineTokens(QStringView text);

// The format of each kind of token on a `dark` or light background.
struct JsonFormats
{
    explicit JsonFormats(bool dark);
    const QTextCharFormat& of(JsonToken::Kind kind) const;

    QTextCharFormat key;
    QTextCharFormat string;
    QTextCharFormat number;
    QTextCharFormat keyword;
    QTextCharFormat punctuation;
};

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
    // Lines that are links (`isLink` of the line's text; null: none) show their value in the
    // link colour, underlined. Re-highlights.
    void setLinkTest(std::function<bool(QStringView line)> isLink);
    // The palette's link colour; applies at the next highlighting (setDark()).
    void setLinkColor(const QColor& color) { m_link.setForeground(color); }

protected:
    void highlightBlock(const QString& text) override;

private:
    JsonFormats m_formats;
    std::function<bool(QStringView line)> m_isLink;
    QTextCharFormat m_link;
};

} // namespace Ovh
