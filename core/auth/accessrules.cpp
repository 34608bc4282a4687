#include "auth/accessrules.h"

#include "base/coretr.h"
#include "net/callresult.h"

namespace Ovh {

namespace {

// "/domain/zone/{zoneName}/record" -> "/domain/zone/*/record"
QString wildcardPlaceholders(const QString& pathTemplate)
{
    QString path;
    path.reserve(pathTemplate.size());
    bool inPlaceholder = false;
    for (const QChar c : pathTemplate) {
        if (inPlaceholder) {
            if (c == QLatin1Char('}'))
                inPlaceholder = false;
            continue;
        }
        if (c == QLatin1Char('{')) {
            inPlaceholder = true;
            path += QLatin1Char('*');
            continue;
        }
        if (c == QLatin1Char('?'))
            break; // a query never belongs to a rule
        path += c;
    }
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

QJsonObject CredentialRule::toJson() const
{
    return QJsonObject { { QStringLiteral("method"), method }, { QStringLiteral("path"), path } };
}

std::optional<CredentialRule> CredentialRule::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QString method = object.value(QLatin1String("method")).toString();
    const QString path = object.value(QLatin1String("path")).toString();
    if (method.isEmpty() || path.isEmpty())
        return std::nullopt;
    return CredentialRule { method, path };
}

std::optional<CredentialRule> CredentialRule::parse(const QString& text, QString* error)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto fail = [error](const QString& why) -> std::optional<CredentialRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parts.size() != 2)
        return fail(AuthTr::tr("a rule is 'METHOD /path', e.g. 'GET /me' or 'POST /domain/*'"));
    const QString method = parts.at(0).toUpper();
    if (!AccessRules::isValidMethod(method)) {
        return fail(AuthTr::tr("unknown method '%1' (GET, POST, PUT or DELETE)").arg(parts.at(0)));
    }
    if (!parts.at(1).startsWith(QLatin1Char('/')))
        return fail(AuthTr::tr("a rule path starts with '/': '%1'").arg(parts.at(1)));
    return CredentialRule { method, parts.at(1) };
}

namespace AccessRules {

QStringList methods()
{
    return { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("DELETE") };
}

bool isValidMethod(const QString& method)
{
    return methods().contains(method);
}

CredentialRules recursive(const QStringList& methodList, const QString& path)
{
    QString base = path.trimmed();
    while (!base.isEmpty()
        && (base.endsWith(QLatin1Char('/')) || base.endsWith(QLatin1Char('*'))
            || base.endsWith(QLatin1Char(' '))))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    CredentialRules rules;
    for (const QString& method : methodList) {
        if (!base.isEmpty())
            rules.append({ method.toUpper(), base });
        rules.append({ method.toUpper(), base + QLatin1String("/*") });
    }
    return normalized(rules);
}

CredentialRules recursive(const QString& method, const QString& path)
{
    return recursive(QStringList { method }, path);
}

CredentialRules readOnly()
{
    return { { QStringLiteral("GET"), QStringLiteral("/*") } };
}

CredentialRules fullAccess()
{
    CredentialRules rules;
    for (const QString& method : methods())
        rules.append({ method, QStringLiteral("/*") });
    return rules;
}

CredentialRule forOperation(const QString& method, const QString& pathTemplate)
{
    return { method.toUpper(), wildcardPlaceholders(pathTemplate) };
}

std::optional<CredentialRule> missingRule(
    const CallResult& result, const QString& method, const QString& pathTemplate)
{
    if (result.failure != CallResult::Failure::None
        || result.error.errorCode != QLatin1String("NOT_GRANTED_CALL"))
        return std::nullopt;
    return forOperation(method, pathTemplate);
}

CredentialRules normalized(const CredentialRules& rules)
{
    CredentialRules result;
    for (CredentialRule rule : rules) {
        rule.method = rule.method.toUpper();
        if (!result.contains(rule))
            result.append(rule);
    }
    return result;
}

QJsonArray toJson(const CredentialRules& rules)
{
    QJsonArray array;
    for (const CredentialRule& rule : rules)
        array.append(rule.toJson());
    return array;
}

QString toText(const CredentialRules& rules)
{
    QStringList texts;
    for (const CredentialRule& rule : rules)
        texts << rule.toString();
    return texts.join(QLatin1String(", "));
}

} // namespace AccessRules

} // namespace Ovh
