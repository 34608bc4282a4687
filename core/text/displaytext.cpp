#include "text/displaytext.h"

#include <QStringDecoder>

namespace Ovh {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c;
}

bool decodesBadly(QByteArrayView sequence)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(sequence);
    Q_UNUSED(text)
    return decoder.hasError();
}

QString hex(uint value, int width)
{
    return QString::number(value, 16).rightJustified(width, QLatin1Char('0'));
}

} // namespace

QString terminalSafe(QStringView text, LineBreaks lineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        const bool keep = lineBreaks == LineBreaks::Keep && (c == u'\n' || c == u'\t');
        if (keep || (c >= 0x20 && c < 0x7f) || (c > 0x9f && !isBidiControl(c))) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += c < 0x100 ? QLatin1String("\\x") + hex(c, 2) : QLatin1String("\\u") + hex(c, 4);
            break;
        }
    }
    return out;
}

QString shortened(QStringView text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text.toString();
    qsizetype cut = qMax<qsizetype>(0, maxLength);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut).toString() + QStringLiteral("... (%1 characters)").arg(text.size());
}

bool isValidUtf8(QByteArrayView bytes, qsizetype* offset)
{
    if (!decodesBadly(bytes))
        return true;
    if (offset) {
        // Sequence by sequence, by the length its lead byte announces.
        qsizetype i = 0;
        while (i < bytes.size()) {
            const uchar c = uchar(bytes.at(i));
            const qsizetype length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            if (i + length > bytes.size() || decodesBadly(bytes.sliced(i, length)))
                break;
            i += length;
        }
        *offset = i;
    }
    return false;
}

QString displayText(QStringView text)
{
    return terminalSafe(shortened(text, MaxMessageLength));
}

} // namespace Ovh
