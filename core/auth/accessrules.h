#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ovh {

struct CallResult;

// One right of a consumer key: an HTTP method and a path where '*' stands for any run of
// characters ('/' included). "GET /ip" does not grant "GET /ip/1.2.3.4".
struct CredentialRule
{
    QString method; // "GET", "POST", "PUT", "DELETE"
    QString path; // "/domain/zone/*"

    QJsonObject toJson() const; // {"method":"GET","path":"/me"}
    static std::optional<CredentialRule> fromJson(const QJsonValue& value);
    // "GET /domain/*" (what --rights takes and a rule editor shows).
    QString toString() const { return method + QLatin1Char(' ') + path; }
    // "GET /domain/*", "get /me": a method (upper-cased) then one path starting with '/'.
    // nullopt and a reason for a person in `error` otherwise.
    static std::optional<CredentialRule> parse(const QString& text, QString* error = nullptr);

    friend bool operator==(const CredentialRule& a, const CredentialRule& b)
    {
        return a.method == b.method && a.path == b.path;
    }
    friend bool operator!=(const CredentialRule& a, const CredentialRule& b) { return !(a == b); }
};
using CredentialRules = QList<CredentialRule>;

namespace AccessRules {

// The four methods a rule can name, in the API's order.
QStringList methods();
bool isValidMethod(const QString& method);

// A "recursive" right on `path`: the path itself and everything under it, i.e. two rules
// `/x` and `/x/*` per method. Trailing '/', '*' and spaces are dropped first, so "/ip/",
// "/ip/*" and "/ip" give the same pair; "/", "/*" and "" give the single rule "/*".
CredentialRules recursive(const QStringList& methods, const QString& path);
CredentialRules recursive(const QString& method, const QString& path);

// Preset: read-only, GET /*.
CredentialRules readOnly();
// Preset: everything, GET/POST/PUT/DELETE /*.
CredentialRules fullAccess();
// Preset: exactly what one operation needs: its path template with every {placeholder}
// replaced by '*' ("POST /domain/zone/{zoneName}/record" -> "POST /domain/zone/*/record").
CredentialRule forOperation(const QString& method, const QString& pathTemplate);

// The rule to request after a call on `method` + `pathTemplate` was refused with
// NOT_GRANTED_CALL; nullopt when `result` is not such a refusal.
std::optional<CredentialRule> missingRule(
    const CallResult& result, const QString& method, const QString& pathTemplate);

// Duplicates removed, first occurrence kept, methods upper-cased.
CredentialRules normalized(const CredentialRules& rules);

QJsonArray toJson(const CredentialRules& rules);
// "GET /*, POST /domain/zone/*": the rules as a person reads them (--rights, the rule editor).
QString toText(const CredentialRules& rules);

} // namespace AccessRules

} // namespace Ovh
