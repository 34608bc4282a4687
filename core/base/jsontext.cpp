#include "base/jsontext.h"

#include "base/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QSet>

namespace Ovh {

namespace {

// QJsonDocument holds objects and arrays only: a value goes inside a one-element array.
QByteArray writeJson(const QJsonValue& value, QJsonDocument::JsonFormat format)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(format).trimmed();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(format).trimmed();
    if (value.isUndefined())
        return QByteArray();
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray compactJson(const QJsonValue& value)
{
    return writeJson(value, QJsonDocument::Compact);
}

QByteArray indentedJson(const QJsonValue& value)
{
    return writeJson(value, QJsonDocument::Indented);
}

QString indentedJsonText(const QByteArray& bytes)
{
    const QJsonValue json = parseJsonValue(bytes);
    if (json.isObject() || json.isArray())
        return QString::fromUtf8(indentedJson(json));
    return QString::fromUtf8(bytes);
}

QJsonValue parseJsonValue(const QByteArray& bytes)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    // An object or array is read as it is: a copy of a 30 MB answer would cost as much again
    // while it is parsed.
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue(QJsonValue::Undefined);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    // Wrapping in an array lets QJsonDocument read bare strings, numbers, booleans and null.
    const QJsonDocument document = QJsonDocument::fromJson('[' + trimmed + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().first();
}

bool parseJsonText(QStringView text, QJsonValue* value, QString* error)
{
    const QByteArray utf8 = text.toUtf8();
    // QJsonDocument reads only arrays and objects: wrap, so "42" and "\"x\"" are JSON too.
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray('[' + utf8 + ']'), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            const qsizetype offset
                = qBound(qsizetype(0), qsizetype(parseError.offset) - 1, utf8.size());
            const qsizetype character = QString::fromUtf8(utf8.left(offset)).size() + 1;
            *error = BaseTr::tr("invalid JSON at character %1: %2")
                         .arg(character)
                         .arg(parseError.errorString());
        }
        return false;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        if (error)
            *error = array.isEmpty() ? BaseTr::tr("invalid JSON: no value")
                                     : BaseTr::tr("invalid JSON: more than one value");
        return false;
    }
    if (value)
        *value = array.first();
    return true;
}

QByteArray compactJsonText(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out.append(c);
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append(c);
        }
    }
    return out;
}

QStringList duplicateJsonKeys(QStringView json, const QString& field)
{
    // A walk over the tokens of valid JSON, with one frame per open object or array.
    struct Frame
    {
        bool object = false;
        QString path;
        QSet<QString> keys;
        bool expectingKey = false;
        QString key; // the object's current key
        qsizetype index = 0; // the array's current element
        QString childPath() const
        {
            if (object)
                return path + QLatin1Char('.') + key;
            return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        }
    };
    QStringList duplicates;
    QList<Frame> stack;
    auto valuePath
        = [&stack, &field]() { return stack.isEmpty() ? field : stack.last().childPath(); };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            Frame frame;
            frame.object = c == QLatin1Char('{');
            frame.path = valuePath();
            frame.expectingKey = frame.object;
            stack.append(frame);
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == QLatin1Char(',')) {
            if (!stack.isEmpty()) {
                stack.last().expectingKey = stack.last().object;
                ++stack.last().index;
            }
        } else if (c == QLatin1Char('"')) {
            const qsizetype start = i;
            for (++i; i < json.size() && json.at(i) != QLatin1Char('"'); ++i) {
                if (json.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            if (stack.isEmpty() || !stack.last().expectingKey)
                continue;
            QJsonValue key; // decoded: "a" and "\u0061" are the same key
            parseJsonText(json.mid(start, i - start + 1), &key);
            Frame& frame = stack.last();
            frame.key = key.toString();
            frame.expectingKey = false;
            if (frame.keys.contains(frame.key))
                duplicates << frame.childPath();
            frame.keys.insert(frame.key);
        }
    }
    return duplicates;
}

} // namespace Ovh
