#include "results/jsonline.h"

#include "base/jsontext.h"

namespace Ovh {

namespace {

// The end of the JSON string that starts at `from` (its opening quote): just past the closing
// quote, or -1 when the line ends first.
qsizetype stringEnd(QStringView line, qsizetype from)
{
    for (qsizetype i = from + 1; i < line.size(); ++i) {
        if (line.at(i) == u'\\')
            ++i;
        else if (line.at(i) == u'"')
            return i + 1;
    }
    return -1;
}

} // namespace

JsonLine readJsonLine(QStringView line)
{
    JsonLine read;
    qsizetype at = 0;
    while (at < line.size() && line.at(at) == u' ')
        ++at;
    read.indent = int(at);
    qsizetype end = line.size();
    while (end > at && line.at(end - 1).isSpace())
        --end;
    if (end > at && line.at(end - 1) == u',')
        --end;
    if (at < end && line.at(at) == u'"') {
        const qsizetype keyEnd = stringEnd(line, at);
        qsizetype colon = keyEnd;
        while (colon >= 0 && colon < end && line.at(colon) == u' ')
            ++colon;
        if (colon >= 0 && colon < end && line.at(colon) == u':') {
            const QJsonValue key = parseJsonValue(line.sliced(at, keyEnd - at).toUtf8());
            if (!key.isString())
                return read;
            read.key = key.toString();
            at = colon + 1;
            while (at < end && line.at(at) == u' ')
                ++at;
        }
    }
    read.valueStart = int(at);
    read.valueEnd = int(end);
    if (at >= end || line.at(at) == u'{' || line.at(at) == u'[' || line.at(at) == u'}'
        || line.at(at) == u']')
        return read;
    const QJsonValue value = parseJsonValue(line.sliced(at, end - at).toUtf8());
    if (!value.isObject() && !value.isArray())
        read.value = value;
    return read;
}

} // namespace Ovh
