#include "sandbox/sandboxurl.h"

namespace Ovh::SandboxUrl {

Target splitTarget(const QByteArray& rawTarget)
{
    Target target;
    QByteArray rest = rawTarget;
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0)
        rest.truncate(hash);
    const qsizetype question = rest.indexOf('?');
    if (question < 0) {
        target.path = rest;
    } else {
        target.path = rest.left(question);
        target.query = rest.mid(question + 1);
        target.hasQuery = true;
    }
    return target;
}

QString decode(const QByteArray& encoded, bool plusIsSpace)
{
    QByteArray bytes = encoded;
    if (plusIsSpace)
        bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QueryItems parseQuery(const QByteArray& query)
{
    QueryItems items;
    const QList<QByteArray> pieces = query.split('&');
    for (const QByteArray& piece : pieces) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0)
            items.append({ decode(piece, true), QString() });
        else
            items.append({ decode(piece.left(equals), true), decode(piece.mid(equals + 1), true) });
    }
    return items;
}

QStringList decodedSegments(const QByteArray& path)
{
    QStringList segments;
    QByteArray rest = path;
    if (rest.startsWith('/'))
        rest.remove(0, 1);
    if (rest.isEmpty())
        return segments;
    const QList<QByteArray> pieces = rest.split('/');
    for (const QByteArray& piece : pieces)
        segments.append(decode(piece));
    return segments;
}

} // namespace Ovh::SandboxUrl
