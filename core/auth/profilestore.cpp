#include "auth/profilestore.h"

#include <QSettings>

namespace Ovh {

namespace {

const QString listKey = QStringLiteral("profiles/list");
const QString currentKey = QStringLiteral("profiles/current");
const QString nameKey = QStringLiteral("name");
const QString endpointKey = QStringLiteral("endpoint");
const QString applicationKeyKey = QStringLiteral("applicationKey");
const QString clientIdKey = QStringLiteral("clientId");
const QString configFileKey = QStringLiteral("configFile"); // absent: the keychain

} // namespace

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{ }

QString ProfileStore::defaultName()
{
    return QStringLiteral("default");
}

bool ProfileStore::isValidName(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

QList<Profile> ProfileStore::profiles(const QString& endpoint) const
{
    QList<Profile> result;
    const int size = m_settings->beginReadArray(listKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile { m_settings->value(nameKey).toString(),
            m_settings->value(endpointKey).toString(),
            m_settings->value(applicationKeyKey).toString(),
            m_settings->value(configFileKey).toString(),
            m_settings->value(clientIdKey).toString() };
        if (endpoint.isEmpty() || profile.endpoint == endpoint)
            result.append(profile);
    }
    m_settings->endArray();
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& endpoint, const QString& name) const
{
    const QList<Profile> list = profiles(endpoint);
    for (const Profile& profile : list) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile& profile)
{
    if (!isValidName(profile.name) || profile.endpoint.isEmpty())
        return false;
    QList<Profile> list = profiles();
    bool replaced = false;
    for (Profile& existing : list) {
        if (existing.endpoint == profile.endpoint && existing.name == profile.name) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile);
    writeProfiles(list);
    return true;
}

bool ProfileStore::remove(const QString& endpoint, const QString& name)
{
    QList<Profile> list = profiles();
    const auto removed = list.removeIf([&](const Profile& profile) {
        return profile.endpoint == endpoint && profile.name == name;
    });
    if (removed == 0)
        return false;
    writeProfiles(list);
    QList<CurrentEntry> entries = currentEntries();
    entries.removeIf([&](const CurrentEntry& entry) {
        return entry.endpoint == endpoint && entry.name == name;
    });
    writeCurrent(entries);
    return true;
}

QString ProfileStore::currentName(const QString& endpoint) const
{
    const QList<CurrentEntry> entries = currentEntries();
    for (const CurrentEntry& entry : entries) {
        if (entry.endpoint == endpoint)
            return entry.name;
    }
    return QString();
}

std::optional<Profile> ProfileStore::current(const QString& endpoint) const
{
    const QString name = currentName(endpoint);
    return name.isEmpty() ? std::nullopt : profile(endpoint, name);
}

void ProfileStore::setCurrent(const QString& endpoint, const QString& name)
{
    QList<CurrentEntry> entries = currentEntries();
    entries.removeIf([&](const CurrentEntry& entry) { return entry.endpoint == endpoint; });
    if (!name.isEmpty())
        entries.append({ endpoint, name });
    writeCurrent(entries);
}

QList<ProfileStore::CurrentEntry> ProfileStore::currentEntries() const
{
    QList<CurrentEntry> entries;
    const int size = m_settings->beginReadArray(currentKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        entries.append(
            { m_settings->value(endpointKey).toString(), m_settings->value(nameKey).toString() });
    }
    m_settings->endArray();
    return entries;
}

void ProfileStore::writeProfiles(const QList<Profile>& profiles)
{
    m_settings->remove(listKey);
    m_settings->beginWriteArray(listKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(nameKey, profiles.at(i).name);
        m_settings->setValue(endpointKey, profiles.at(i).endpoint);
        m_settings->setValue(applicationKeyKey, profiles.at(i).applicationKey);
        if (!profiles.at(i).configFile.isEmpty())
            m_settings->setValue(configFileKey, profiles.at(i).configFile);
        if (!profiles.at(i).clientId.isEmpty())
            m_settings->setValue(clientIdKey, profiles.at(i).clientId);
    }
    m_settings->endArray();
}

void ProfileStore::writeCurrent(const QList<CurrentEntry>& entries)
{
    m_settings->remove(currentKey);
    m_settings->beginWriteArray(currentKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(endpointKey, entries.at(i).endpoint);
        m_settings->setValue(nameKey, entries.at(i).name);
    }
    m_settings->endArray();
}

} // namespace Ovh
