#include "sandbox/sandboxschemachecker.h"

#include "sandbox/valuecheck.h"
#include "schema/openapireader.h"
#include "schema/schemaparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Ovh {

namespace {

QStringList splitTemplate(const QString& path)
{
    QStringList segments = path.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    return segments;
}

bool isPlaceholder(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{'))
        && segment.endsWith(QLatin1Char('}'));
}

// True when `a` is the better match: at the first segment where they differ, a literal
// beats a placeholder.
bool moreSpecific(const QList<bool>& a, const QList<bool>& b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] != b[i])
            return !a[i];
    }
    return false;
}

const Operation* operationFor(const ApiPath& path, HttpMethod method)
{
    for (const Operation& operation : path.operations) {
        if (operation.method == method)
            return &operation;
    }
    return nullptr;
}

} // namespace

QString SandboxSchemaChecker::Match::identity() const
{
    if (!templatePath.endsWith(QLatin1Char('}')))
        return QString();
    const qsizetype open = templatePath.lastIndexOf(QLatin1Char('{'));
    return pathValues.value(templatePath.mid(open + 1, templatePath.size() - open - 2));
}

SandboxSchemaChecker::SandboxSchemaChecker(const QString& snapshotDir)
    : m_dir(snapshotDir)
{
    QFile file(m_dir + QStringLiteral("/index.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return;
    }
    const IndexParseResult index = SchemaParser::parseIndex(file.readAll());
    if (!index.ok) {
        m_error = QStringLiteral("%1 is not a schema index").arg(file.fileName());
        return;
    }
    for (const ApiIndexEntry& product : index.index.products) {
        auto entry = std::make_shared<IndexEntry>();
        entry->segments = splitTemplate(product.path);
        entry->file = product.schemaPath.startsWith(QLatin1Char('/')) ? product.schemaPath.mid(1)
                                                                      : product.schemaPath;
        m_entries.append(entry);
    }
    // Longest product path first: "/hosting/web" is tried before a "/hosting" product.
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const auto& a, const auto& b) { return a->segments.size() > b->segments.size(); });
    m_valid = true;
}

SandboxSchemaChecker::~SandboxSchemaChecker() = default;

QStringList SandboxSchemaChecker::productPaths() const
{
    QStringList paths;
    for (const auto& entry : m_entries)
        paths.append(QLatin1Char('/') + entry->segments.join(QLatin1Char('/')));
    paths.sort();
    return paths;
}

SandboxSchemaChecker::LoadedProduct* SandboxSchemaChecker::load(IndexEntry& entry)
{
    if (entry.attempted)
        return entry.loaded.get();
    entry.attempted = true;
    QFile file(m_dir + QLatin1Char('/') + entry.file);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    // v1 files and the v2 branch's OpenAPI documents alike.
    ProductParseResult parsed = parseAnyProductSchema(
        QLatin1Char('/') + entry.segments.join(QLatin1Char('/')), file.readAll());
    if (!parsed.ok)
        return nullptr;
    auto loaded = std::make_unique<LoadedProduct>();
    loaded->product = std::move(parsed.product);
    for (const ApiPath& path : loaded->product.paths) {
        Template compiled;
        compiled.segments = splitTemplate(path.path);
        for (const QString& segment : compiled.segments)
            compiled.placeholder.append(isPlaceholder(segment));
        compiled.path = &path;
        loaded->templates.append(compiled);
    }
    entry.loaded = std::move(loaded);
    return entry.loaded.get();
}

QList<SandboxSchemaChecker::IndexEntry*> SandboxSchemaChecker::candidates(
    const QStringList& segments)
{
    QList<IndexEntry*> result;
    for (const auto& entry : m_entries) {
        if (entry->segments.size() > segments.size())
            continue;
        bool prefix = true;
        for (qsizetype i = 0; i < entry->segments.size() && prefix; ++i)
            prefix = entry->segments[i] == segments[i];
        if (prefix)
            result.append(entry.get());
    }
    return result;
}

SandboxSchemaChecker::Match SandboxSchemaChecker::match(
    HttpMethod method, const QStringList& segments)
{
    Match result;
    if (segments.isEmpty())
        return result;
    const QList<IndexEntry*> entries = candidates(segments);
    for (IndexEntry* entry : entries) {
        LoadedProduct* loaded = load(*entry);
        if (!loaded)
            continue;
        const Template* best = nullptr; // best template offering the method
        const Template* bestAnyMethod = nullptr;
        for (const Template& candidate : loaded->templates) {
            if (candidate.segments.size() != segments.size())
                continue;
            bool matches = true;
            for (qsizetype i = 0; i < segments.size() && matches; ++i) {
                matches = candidate.placeholder[i] ? !segments[i].isEmpty()
                                                   : candidate.segments[i] == segments[i];
            }
            if (!matches)
                continue;
            if (!bestAnyMethod || moreSpecific(candidate.placeholder, bestAnyMethod->placeholder))
                bestAnyMethod = &candidate;
            if (operationFor(*candidate.path, method)
                && (!best || moreSpecific(candidate.placeholder, best->placeholder)))
                best = &candidate;
        }
        if (!bestAnyMethod)
            continue;
        const Template* chosen = best ? best : bestAnyMethod;
        result.product = &loaded->product;
        result.templatePath = chosen->path->path;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (chosen->placeholder[i])
                result.pathValues.insert(
                    chosen->segments[i].mid(1, chosen->segments[i].size() - 2), segments[i]);
        }
        if (best) {
            result.kind = Match::Found;
            result.operation = operationFor(*chosen->path, method);
        } else {
            result.kind = Match::MethodNotAllowed;
            for (const Operation& operation : chosen->path->operations)
                result.allowedMethods.append(httpMethodName(operation.method));
        }
        return result;
    }
    return result;
}

QJsonValue SandboxSchemaChecker::parseBody(const QByteArray& body, bool* isJson)
{
    *isJson = true;
    if (body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *isJson = error.error == QJsonParseError::NoError;
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

std::optional<SandboxSchemaChecker::Problem> SandboxSchemaChecker::checkParameters(
    const Match& match, const SandboxUrl::QueryItems& query, const QJsonValue& body,
    bool bodyIsJson)
{
    if (match.kind != Match::Found || !match.operation || !match.product)
        return std::nullopt;
    const Product& product = *match.product;
    const Operation& operation = *match.operation;
    const auto problem = [](const QString& name, const QString& message) {
        return std::optional<Problem>(Problem { name, message });
    };
    const auto fromIssue = [](const ValueCheck::Issue& issue) {
        return std::optional<Problem>(Problem { issue.name, issue.message });
    };

    bool hasBodyParameters = false;
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.location == ParamLocation::Body)
            hasBodyParameters = true;
    }
    if (hasBodyParameters && !bodyIsJson)
        return problem(
            QStringLiteral("body"), QStringLiteral("Invalid JSON received in the request body"));
    const QJsonValue bodyValue = hasBodyParameters ? body : QJsonValue(QJsonValue::Undefined);
    const bool partial = operation.method == HttpMethod::Put;

    for (const Parameter& parameter : operation.parameters) {
        switch (parameter.location) {
        case ParamLocation::Path: {
            const QString value = match.pathValues.value(parameter.name);
            if (auto issue = ValueCheck::checkText(product, parameter.type, parameter.name, value))
                return fromIssue(*issue);
            break;
        }
        case ParamLocation::Query: {
            bool present = false;
            for (const auto& [name, value] : query) {
                if (name != parameter.name)
                    continue;
                present = true;
                if (parameter.type.kind == TypeKind::Map)
                    continue; // iamTags and the like: shape not checked in a query string
                if (auto issue = ValueCheck::checkText(product, parameter.type, name, value))
                    return fromIssue(*issue);
            }
            if (!present && parameter.required)
                return fromIssue(ValueCheck::missing(parameter.name));
            break;
        }
        case ParamLocation::Body: {
            if (parameter.name.isEmpty()) { // the whole body is this value
                if (bodyValue.isUndefined() || bodyValue.isNull()) {
                    if (parameter.required)
                        return fromIssue(ValueCheck::missing(QString()));
                    break;
                }
                if (auto issue
                    = ValueCheck::checkJson(product, parameter.type, QString(), bodyValue, partial))
                    return fromIssue(*issue);
                break;
            }
            if (!bodyValue.isUndefined() && !bodyValue.isObject())
                return problem(QStringLiteral("body"),
                    QStringLiteral("The request body must be a JSON object"));
            const QJsonValue member = bodyValue.toObject().value(parameter.name);
            if (member.isUndefined() || member.isNull()) {
                if (parameter.required)
                    return fromIssue(ValueCheck::missing(parameter.name));
                break;
            }
            if (auto issue
                = ValueCheck::checkJson(product, parameter.type, parameter.name, member, partial))
                return fromIssue(*issue);
            break;
        }
        case ParamLocation::Header:
            break;
        }
    }
    return std::nullopt;
}

} // namespace Ovh
