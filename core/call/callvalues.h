#pragma once

#include "schema/schema.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ovh {

// What a person entered for one parameter or property, in one of two forms:
// - Text, as the CLI's `-p name=value` or a line edit gives it. The schema type decides how it
//   reads when the request is built: "60" is the integer 60 for a long and the string "60" for
//   a string; arrays, maps and models read JSON (`-p 'ids=[1,2]'`). Several texts are the
//   elements of an array (`-p ids=1 -p ids=2`); a text starting with '[' is a JSON array.
// - Json, as a typed form widget gives it: bool, number, string, array, object or null. A JSON
//   string where another type is expected reads like Text ("60" for a long is fine).
// An empty text or an empty JSON string is "left empty": omitted, or missing when required.
// Inside JSON, null is sent for a model property that can be null (PUT /me {"fax":null} clears
// it) and for a map value; a parameter given null is left empty.
class CallValue
{
public:
    enum class Form : quint8 { Unset, Text, Json };

    CallValue() = default;
    static CallValue fromText(const QString& text);
    static CallValue fromTexts(const QStringList& texts);
    static CallValue fromJson(const QJsonValue& json);

    Form form() const { return m_form; }
    const QStringList& texts() const { return m_texts; }
    const QJsonValue& json() const { return m_json; }

    // Unset, an empty text, undefined or an empty JSON string.
    bool isEmpty() const;
    bool isNull() const { return m_form == Form::Json && m_json.isNull(); }
    // Adds one more text (an array element); a Json value is replaced.
    void appendText(const QString& text);

private:
    Form m_form = Form::Unset;
    QStringList m_texts;
    QJsonValue m_json;
};

bool operator==(const CallValue& a, const CallValue& b);
inline bool operator!=(const CallValue& a, const CallValue& b)
{
    return !(a == b);
}

// Everything entered for one call, keyed by name the way people name things:
// - an unqualified name is the value of every declared parameter so called (path, query and
//   named body alike: `{queueId}` in the path and a `queueId` body parameter share it) or, when
//   no parameter is so called, of the property (or map key) of the operation's unnamed body;
// - a name qualified by a location is that parameter only; `Body` + name reaches a property of
//   the unnamed body even when a path parameter has the same name (a form knows which field);
// - the whole body can be given as one value (setBody, checked against its type: the only way
//   to fill a top-level array body from a form) or as raw JSON text (setRawBody: checked as JSON
//   only, sent as written minus insignificant whitespace; the CLI's --body, the raw view).
class CallValues
{
public:
    struct Entry
    {
        QString name;
        std::optional<ParamLocation> location;
        CallValue value;
    };

    void set(const QString& name, const CallValue& value);
    void set(ParamLocation location, const QString& name, const CallValue& value);
    void setText(const QString& name, const QString& text) { set(name, CallValue::fromText(text)); }
    void setJson(const QString& name, const QJsonValue& json)
    {
        set(name, CallValue::fromJson(json));
    }
    // Adds a text to the unqualified `name` (repeated `-p name=…` build an array).
    void addText(const QString& name, const QString& text);
    void remove(const QString& name, std::optional<ParamLocation> location = std::nullopt);

    // The unqualified entry, or the qualified one when `location` is given; nullptr if none.
    const CallValue* find(
        const QString& name, std::optional<ParamLocation> location = std::nullopt) const;
    // The value for the parameter at `location`: the qualified entry first, else the unqualified.
    const CallValue* valueFor(ParamLocation location, const QString& name) const;

    void setBody(const CallValue& value) { m_body = value; }
    const CallValue& body() const { return m_body; }
    void setRawBody(const QString& json) { m_rawBody = json; }
    const std::optional<QString>& rawBody() const { return m_rawBody; }
    // A raw body is checked against the schema (types, required and unknown properties, enums)
    // unless this is off: the CLI's --no-check, for the day the schema is wrong. It must still
    // be JSON without duplicate keys.
    void setCheckRawBody(bool check) { m_checkRawBody = check; }
    bool checkRawBody() const { return m_checkRawBody; }

    // In the order they were first set.
    const QList<Entry>& entries() const { return m_entries; }
    bool isEmpty() const;
    void clear();

private:
    qsizetype indexOf(const QString& name, std::optional<ParamLocation> location) const;

    QList<Entry> m_entries;
    CallValue m_body;
    std::optional<QString> m_rawBody;
    bool m_checkRawBody = true;
};

} // namespace Ovh
