#include "call/callvalues.h"

namespace Ovh {

CallValue CallValue::fromText(const QString& text)
{
    return fromTexts({ text });
}

CallValue CallValue::fromTexts(const QStringList& texts)
{
    CallValue value;
    value.m_form = Form::Text;
    value.m_texts = texts;
    return value;
}

CallValue CallValue::fromJson(const QJsonValue& json)
{
    CallValue value;
    value.m_form = Form::Json;
    value.m_json = json;
    return value;
}

bool CallValue::isEmpty() const
{
    switch (m_form) {
    case Form::Unset:
        return true;
    case Form::Text:
        return m_texts.isEmpty() || (m_texts.size() == 1 && m_texts.first().isEmpty());
    case Form::Json:
        return m_json.isUndefined() || (m_json.isString() && m_json.toString().isEmpty());
    }
    return true;
}

void CallValue::appendText(const QString& text)
{
    if (m_form != Form::Text) {
        m_form = Form::Text;
        m_texts.clear();
        m_json = QJsonValue();
    }
    m_texts.append(text);
}

bool operator==(const CallValue& a, const CallValue& b)
{
    return a.form() == b.form() && a.texts() == b.texts() && a.json() == b.json();
}

qsizetype CallValues::indexOf(const QString& name, std::optional<ParamLocation> location) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name && m_entries.at(i).location == location)
            return i;
    }
    return -1;
}

void CallValues::set(const QString& name, const CallValue& value)
{
    const qsizetype index = indexOf(name, std::nullopt);
    if (index >= 0)
        m_entries[index].value = value;
    else
        m_entries.append(Entry { name, std::nullopt, value });
}

void CallValues::set(ParamLocation location, const QString& name, const CallValue& value)
{
    const qsizetype index = indexOf(name, location);
    if (index >= 0)
        m_entries[index].value = value;
    else
        m_entries.append(Entry { name, location, value });
}

void CallValues::addText(const QString& name, const QString& text)
{
    const qsizetype index = indexOf(name, std::nullopt);
    if (index >= 0)
        m_entries[index].value.appendText(text);
    else
        m_entries.append(Entry { name, std::nullopt, CallValue::fromText(text) });
}

void CallValues::remove(const QString& name, std::optional<ParamLocation> location)
{
    const qsizetype index = indexOf(name, location);
    if (index >= 0)
        m_entries.removeAt(index);
}

const CallValue* CallValues::find(const QString& name, std::optional<ParamLocation> location) const
{
    const qsizetype index = indexOf(name, location);
    return index >= 0 ? &m_entries.at(index).value : nullptr;
}

const CallValue* CallValues::valueFor(ParamLocation location, const QString& name) const
{
    if (const CallValue* qualified = find(name, location))
        return qualified;
    return find(name, std::nullopt);
}

bool CallValues::isEmpty() const
{
    return m_entries.isEmpty() && m_body.form() == CallValue::Form::Unset && !m_rawBody;
}

void CallValues::clear()
{
    m_entries.clear();
    m_body = CallValue();
    m_rawBody.reset();
}

} // namespace Ovh
