#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ovh {

// The two branches of the API: v1 ("/1.0", the Swagger-like format) and v2 (OpenAPI 3).
enum class ApiBranch : quint8 { V1, V2 };
QString apiBranchName(ApiBranch branch); // "v1", "v2"
std::optional<ApiBranch> apiBranchFromName(QStringView name); // "v1"/"1.0", "v2"

// Where an API lives: one of the named regions of the wrappers, or a base URL the user gave.
// A region's v2 branch keeps its name ("ovh-eu", same keys) with the v2 base URL.
struct Endpoint
{
    QString name; // "ovh-eu", …; empty for a custom base URL
    QUrl baseUrl; // "https://eu.api.ovh.com/1.0", no trailing slash
    QString bundledSnapshot; // ":/snapshots/<this>/1.0" holds a copy of its schema ("eu", "ca")

    bool isValid() const { return baseUrl.isValid() && !baseUrl.isEmpty(); }
    bool isCustom() const { return name.isEmpty(); }
    // The name for a person and for JSON output: the region name or the base URL.
    QString displayName() const;
    // A file-system-safe folder name for the disk cache, stable for the same endpoint.
    QString cacheKey() const;
    // `relative` starts with '/': "/domain.json" -> "<base>/domain.json"; "/" -> "<base>/".
    QUrl url(QStringView relative) const;

    // V2 when the base URL's path ends in "/v2", else V1.
    ApiBranch branch() const;
    // This endpoint on `branch`: ovh-eu -> https://eu.api.ovh.com/v2; another base URL ending
    // in /1.0, /v1 or /v2 gets the other ending. Nothing when there is none (Kimsufi, So you
    // Start, a URL with another ending). The sandbox's URL switches like a custom one.
    std::optional<Endpoint> onBranch(ApiBranch branch) const;
    // The v1 base's URL of `relative`: /auth/time and /auth/credential stay on /1.0.
    QUrl authUrl(QStringView relative) const;
    // The bundled snapshot's folder (":/snapshots/eu/1.0", ":/snapshots/eu/v2"); empty if none.
    QString bundledSnapshotDir() const;

    static const QList<Endpoint>& known();
    static std::optional<Endpoint> byName(QStringView name);
    // A known name or an absolute base URL; plain http is accepted for loopback hosts only.
    // On failure returns nullopt and a reason for a person in `error`.
    static std::optional<Endpoint> fromUserText(const QString& text, QString* error = nullptr);
};

bool operator==(const Endpoint& a, const Endpoint& b);
inline bool operator!=(const Endpoint& a, const Endpoint& b)
{
    return !(a == b);
}

bool isLoopbackHost(const QString& host);

// As the wrappers do: a path written "/v2/iam/policy" (or "/v1/me") names its branch. Strips
// the prefix from `path` and returns the branch; nothing (and `path` untouched) without one.
std::optional<ApiBranch> takeBranchPrefix(QString* path);
// The same on an operation: "GET /v2/iam/policy" -> V2 and "GET /iam/policy".
std::optional<ApiBranch> takeOperationBranch(QString* methodAndPath);

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::Endpoint)
