#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Ovh {

// Text that came from a server (error messages, query ids, reason phrases, a body that is not
// JSON), made safe to print on a terminal: nothing a server writes may move the cursor, clear
// the screen, retitle the window or hide text. Control characters (C0, DEL, C1) and the
// bidirectional overrides are shown as escapes a person can read: "\x1b", "\r", "\u202e".
// Everything else, non-ASCII letters included, is kept.
enum class LineBreaks : quint8 {
    Escape, // one line: "\n" and "\t" are escaped too (messages, header values)
    Keep, // a body: line feeds and tabs stay as they are
};
QString terminalSafe(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);

// At most `maxLength` characters of `text`, then "... (12345 characters)" when it was longer,
// never cutting a surrogate pair.
QString shortened(QStringView text, qsizetype maxLength);

// The longest server message printed whole.
inline constexpr qsizetype MaxMessageLength = 2000;

// Whether `bytes` are well-formed UTF-8; otherwise `offset` gets the first bad byte's offset.
// Text read as UTF-8 must be checked first, or Qt replaces a bad sequence by U+FFFD silently.
bool isValidUtf8(QByteArrayView bytes, qsizetype* offset = nullptr);

// One message from a server, for one line of a terminal: shortened, then made terminal-safe.
QString displayText(QStringView text);

} // namespace Ovh
