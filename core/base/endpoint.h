#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ovh {

// Where an API lives: one of the named regions of the wrappers, or a base URL the user gave.
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

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::Endpoint)
