#include "base/endpoint.h"
#include "base/endpointtext.h"

#include "base/coretr.h"

#include <QCryptographicHash>
#include <QHostAddress>

namespace Ovh {

namespace {

Endpoint makeKnown(const char* name, const char* base, const char* snapshot)
{
    return Endpoint { QString::fromLatin1(name), QUrl(QString::fromLatin1(base)),
        QString::fromLatin1(snapshot) };
}

// The regions that have a v2 branch, and its base URL; only eu's is bundled.
const QList<Endpoint>& knownV2()
{
    static const QList<Endpoint> endpoints {
        makeKnown("ovh-eu", "https://eu.api.ovh.com/v2", "eu"),
        makeKnown("ovh-ca", "https://ca.api.ovh.com/v2", ""),
        makeKnown("ovh-us", "https://api.us.ovhcloud.com/v2", ""),
    };
    return endpoints;
}

const QLatin1String v1Ending("/1.0");
const QLatin1String v1AltEnding("/v1");
const QLatin1String v2Ending("/v2");

} // namespace

QString apiBranchName(ApiBranch branch)
{
    return branch == ApiBranch::V2 ? QStringLiteral("v2") : QStringLiteral("v1");
}

std::optional<ApiBranch> apiBranchFromName(QStringView name)
{
    if (name.compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0 || name == QLatin1String("1.0"))
        return ApiBranch::V1;
    if (name.compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0)
        return ApiBranch::V2;
    return std::nullopt;
}

ApiBranch Endpoint::branch() const
{
    return baseUrl.path().endsWith(v2Ending) ? ApiBranch::V2 : ApiBranch::V1;
}

std::optional<Endpoint> Endpoint::onBranch(ApiBranch target) const
{
    if (branch() == target)
        return *this;
    if (byName(name)) { // a region: its own table says where its branches are
        const QList<Endpoint>& list = target == ApiBranch::V2 ? knownV2() : known();
        for (const Endpoint& endpoint : list) {
            if (endpoint.name == name)
                return endpoint;
        }
        return std::nullopt;
    }
    QString path = baseUrl.path();
    const QLatin1String ending = target == ApiBranch::V2 ? v1Ending : v2Ending;
    if (target == ApiBranch::V2 && path.endsWith(v1AltEnding))
        path.chop(v1AltEnding.size());
    else if (path.endsWith(ending))
        path.chop(ending.size());
    else
        return std::nullopt;
    Endpoint other = *this;
    other.baseUrl.setPath(path + (target == ApiBranch::V2 ? v2Ending : v1Ending));
    return other;
}

QUrl Endpoint::authUrl(QStringView relative) const
{
    const std::optional<Endpoint> v1 = onBranch(ApiBranch::V1);
    return (v1 ? *v1 : *this).url(relative);
}

QString Endpoint::bundledSnapshotDir() const
{
    if (bundledSnapshot.isEmpty())
        return QString();
    return QLatin1String(":/snapshots/") + bundledSnapshot
        + (branch() == ApiBranch::V2 ? QLatin1String("/v2") : QLatin1String("/1.0"));
}

const QList<Endpoint>& Endpoint::known()
{
    static const QList<Endpoint> endpoints {
        makeKnown("ovh-eu", "https://eu.api.ovh.com/1.0", "eu"),
        makeKnown("ovh-ca", "https://ca.api.ovh.com/1.0", "ca"),
        makeKnown("ovh-us", "https://api.us.ovhcloud.com/1.0", ""),
        makeKnown("kimsufi-eu", "https://eu.api.kimsufi.com/1.0", ""),
        makeKnown("kimsufi-ca", "https://ca.api.kimsufi.com/1.0", ""),
        makeKnown("soyoustart-eu", "https://eu.api.soyoustart.com/1.0", ""),
        makeKnown("soyoustart-ca", "https://ca.api.soyoustart.com/1.0", ""),
    };
    return endpoints;
}

std::optional<Endpoint> Endpoint::byName(QStringView name)
{
    for (const Endpoint& endpoint : known()) {
        if (endpoint.name.compare(name, Qt::CaseInsensitive) == 0)
            return endpoint;
    }
    return std::nullopt;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<Endpoint> Endpoint::fromUserText(const QString& text, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Endpoint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(BaseTr::tr("no endpoint given"));
    if (auto named = byName(trimmed))
        return named;
    // "ovh-eu/v2", as endpointUserText writes a region's branch.
    if (const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
        slash > 0 && !trimmed.contains(QLatin1String("://"))) {
        const auto named = byName(QStringView(trimmed).left(slash));
        const auto branch = apiBranchFromName(QStringView(trimmed).mid(slash + 1));
        if (named && branch) {
            if (auto onIt = named->onBranch(*branch))
                return onIt;
            return fail(BaseTr::tr("%1 has no %2 branch").arg(named->name, apiBranchName(*branch)));
        }
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        QStringList names;
        for (const Endpoint& endpoint : known())
            names << endpoint.name;
        return fail(BaseTr::tr("unknown endpoint '%1' (known: %2, or a base URL such as "
                               "https://eu.api.ovh.com/1.0)")
                        .arg(trimmed, names.join(QLatin1String(", "))));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(BaseTr::tr("'%1' is not a valid URL").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(BaseTr::tr("'%1': only https URLs are supported").arg(trimmed));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(BaseTr::tr("'%1': plain http is only allowed for loopback addresses; "
                               "use https")
                        .arg(trimmed));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return fail(BaseTr::tr("'%1': a base URL has no query, fragment or user").arg(trimmed));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    for (const QList<Endpoint>* list : { &known(), &knownV2() }) {
        for (const Endpoint& endpoint : *list) {
            if (endpoint.baseUrl == url)
                return endpoint;
        }
    }
    return Endpoint { QString(), url, QString() };
}

std::optional<ApiBranch> takeBranchPrefix(QString* path)
{
    for (const ApiBranch branch : { ApiBranch::V1, ApiBranch::V2 }) {
        const QString prefix = QLatin1Char('/') + apiBranchName(branch);
        if (path->startsWith(prefix + QLatin1Char('/'))) {
            path->remove(0, prefix.size());
            return branch;
        }
    }
    return std::nullopt;
}

std::optional<ApiBranch> takeOperationBranch(QString* methodAndPath)
{
    const qsizetype space = methodAndPath->indexOf(QLatin1Char(' '));
    if (space <= 0)
        return std::nullopt;
    QString path = methodAndPath->mid(space + 1).trimmed();
    const std::optional<ApiBranch> branch = takeBranchPrefix(&path);
    if (branch)
        *methodAndPath = methodAndPath->left(space) + QLatin1Char(' ') + path;
    return branch;
}

QString Endpoint::displayName() const
{
    return isCustom() ? baseUrl.toString() : name;
}

QString endpointUserText(const Endpoint& endpoint)
{
    if (!endpoint.isCustom() && endpoint.branch() == ApiBranch::V2)
        return endpoint.name + QLatin1Char('/') + apiBranchName(ApiBranch::V2);
    return endpoint.displayName();
}

QString Endpoint::cacheKey() const
{
    if (!isCustom())
        return branch() == ApiBranch::V2 ? name + QLatin1String("-v2") : name;
    // Readable prefix plus a hash, so two custom URLs never share a folder.
    QString readable = baseUrl.host() + QLatin1Char('_') + QString::number(baseUrl.port(0));
    for (QChar& c : readable) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QByteArray hash = QCryptographicHash::hash(baseUrl.toEncoded(), QCryptographicHash::Sha1);
    return QLatin1String("custom-") + readable + QLatin1Char('-')
        + QString::fromLatin1(hash.toHex().left(10));
}

QUrl Endpoint::url(QStringView relative) const
{
    QUrl result = baseUrl;
    result.setPath(baseUrl.path() + relative.toString());
    return result;
}

bool operator==(const Endpoint& a, const Endpoint& b)
{
    return a.name == b.name && a.baseUrl == b.baseUrl && a.bundledSnapshot == b.bundledSnapshot;
}

} // namespace Ovh
