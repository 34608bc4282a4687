#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Ovh::SandboxUrl {

using QueryItems = QList<std::pair<QString, QString>>;

// A raw request target ("/1.0/ip/1.2.3.0%2F29?a=b") split into its path and query bytes,
// both still encoded; the query without its '?'.
struct Target
{
    QByteArray path;
    QByteArray query;
    bool hasQuery = false;
};
Target splitTarget(const QByteArray& rawTarget);

// Percent-decodes UTF-8; with `plusIsSpace` a '+' is a space (form and query encoding).
QString decode(const QByteArray& encoded, bool plusIsSpace = false);
// "a=1&b=x+y&c" -> (a,1) (b,"x y") (c,""); empty pieces are skipped.
QueryItems parseQuery(const QByteArray& query);
// Path segments after the leading '/', each decoded on its own, so "%2F" stays inside its
// segment: "/ip/1.2.3.0%2F29/reverse" -> ("ip", "1.2.3.0/29", "reverse").
QStringList decodedSegments(const QByteArray& path);

} // namespace Ovh::SandboxUrl
