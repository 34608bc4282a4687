#pragma once

#include "base/coretr.h"
#include "schema/jsontree.h"
#include "schema/schema.h"

#include <QDateTime>

// Reading helpers shared by the v1 parser and the OpenAPI 3 reader (internal to core/schema).
namespace Ovh::SchemaFields {

// "a string", "an object", … for "'x' should be …, not …".
QString jsonTypeName(const JsonNode& value);

// Where a diagnostic points, formatted only when one is emitted: reading 6,000 operations
// must not build 40,000 location strings for nothing.
struct Where
{
    Where() = default;
    Where(const char* pattern, QStringView a = {}, QStringView b = {}, QStringView c = {})
        : pattern(pattern)
        , a(a)
        , b(b)
        , c(c)
    { }
    static Where indexed(const char* pattern, qsizetype n, QStringView a = {}, QStringView b = {})
    {
        Where where(pattern, a, b);
        where.n = n;
        return where;
    }

    QString text() const
    {
        QString result = QString::fromLatin1(pattern);
        result.replace(QLatin1String("%1"), a.toString());
        result.replace(QLatin1String("%2"), b.toString());
        result.replace(QLatin1String("%3"), c.toString());
        result.replace(QLatin1String("%n"), QString::number(n));
        return result;
    }

    const char* pattern = ""; // "%1" … "%3" are the views, "%n" the index
    QStringView a;
    QStringView b;
    QStringView c;
    qsizetype n = -1;
};

// Reads typed fields; every surprise becomes a diagnostic, never a crash.
class FieldReader
{
public:
    FieldReader(const QString& product, Diagnostics& diagnostics)
        : m_product(product)
        , m_diagnostics(diagnostics)
    { }

    void warn(const Where& where, const QString& message)
    {
        m_diagnostics.append(Diagnostic { m_product, where.text(), message });
    }

    void wrongType(
        const Where& where, QLatin1String key, const JsonNode& value, const char* expected)
    {
        warn(where,
            SchemaTr::tr("'%1' should be %2, not %3")
                .arg(key, SchemaTr::tr(expected), jsonTypeName(value)));
    }

    QString string(const JsonNode& object, QLatin1String key, const Where& where)
    {
        const JsonNode value = object[key];
        if (value.isString())
            return value.toString();
        if (!value.isAbsent())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "a string"));
        return QString();
    }

    bool boolean(
        const JsonNode& object, QLatin1String key, const Where& where, bool fallback = false)
    {
        const JsonNode value = object[key];
        if (value.isBool())
            return value.toBool();
        if (!value.isAbsent())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "a boolean"));
        return fallback;
    }

    QDateTime date(const JsonNode& object, QLatin1String key, const Where& where);
    // Strings ("domain:apiovh:get") or objects ({name, required, description}).
    QList<IamAction> iamActions(const JsonNode& object, QLatin1String key, const Where& where);

    JsonNode array(const JsonNode& object, QLatin1String key, const Where& where)
    {
        const JsonNode value = object[key];
        if (value.isArray())
            return value;
        if (value.isNull())
            warn(where, SchemaTr::tr("'%1' is null; read as an empty list").arg(key));
        else if (!value.isMissing())
            wrongType(where, key, value, QT_TRANSLATE_NOOP("Ovh::Schema", "an array"));
        return JsonNode();
    }

    QStringList strings(const JsonNode& object, QLatin1String key, const Where& where)
    {
        QStringList result;
        const JsonNode items = array(object, key, where);
        result.reserve(items.size());
        for (const JsonNode item : items.elements()) {
            if (item.isString())
                result << item.toString();
            else if (item.isNumber())
                result << QString::fromLatin1(item.rawText());
            else
                wrongType(where, key, item, QT_TRANSLATE_NOOP("Ovh::Schema", "a list of strings"));
        }
        return result;
    }

private:
    const QString& m_product;
    Diagnostics& m_diagnostics;
};

// The whole document: JSON syntax, then an object at the top. False (and a diagnostic) if not.
bool readDocument(const QByteArray& json, JsonTree& tree, FieldReader& reader);

// A product's document: `result` is named after `productPath`; false (and a diagnostic in
// `result`) when `json` is no JSON object.
bool readProductDocument(
    const QString& productPath, const QByteArray& json, JsonTree& tree, ProductParseResult& result);

// "2024-01-01T00:00:00+01:00", "2024-01-01T00:00:00Z", "2023-06-05 00:00:00 +0200 UTC".
QDateTime parseLenientDate(QString text);

ApiStatus::Value statusValue(const QString& text);

// Adds a required string parameter for each {placeholder} the operation does not declare, then
// puts the path parameters in the path's order (schemas list them alphabetically).
void completePathParameters(Operation& operation);

} // namespace Ovh::SchemaFields
