#include "auth/ovhconfig.h"

#include "base/coretr.h"
#include "base/endpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Ovh {

namespace {

constexpr qint64 MaxConfigBytes = 1024 * 1024;

const QString& defaultsSection()
{
    static const QString name = QStringLiteral("DEFAULT");
    return name;
}

int indentation(QStringView line)
{
    int count = 0;
    while (count < line.size() && line.at(count).isSpace())
        ++count;
    return count;
}

bool isComment(QStringView stripped)
{
    return stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';'));
}

// configparser's section regex "\[(.+)\]" anchored at the start only: the name runs from the
// first '[' to the last ']' and is kept untrimmed.
std::optional<QString> sectionHeader(QStringView stripped)
{
    if (!stripped.startsWith(QLatin1Char('[')))
        return std::nullopt;
    const qsizetype close = stripped.lastIndexOf(QLatin1Char(']'));
    if (close < 2)
        return std::nullopt;
    return stripped.mid(1, close - 1).toString();
}

struct KeyValue
{
    QString key;
    QString value;
};

// The first '=' or ':' separates; the key is lower-cased as configparser's optionxform does.
std::optional<KeyValue> keyValue(QStringView stripped)
{
    qsizetype separator = -1;
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        if (stripped.at(i) == QLatin1Char('=') || stripped.at(i) == QLatin1Char(':')) {
            separator = i;
            break;
        }
    }
    if (separator < 0)
        return std::nullopt;
    const QString key = stripped.left(separator).trimmed().toString().toLower();
    if (key.isEmpty())
        return std::nullopt;
    return KeyValue { key, stripped.mid(separator + 1).trimmed().toString() };
}

QStringList splitLines(const QByteArray& text)
{
    QString decoded = QString::fromUtf8(text);
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

// Any application secret, consumer key or client secret, in any section.
bool holdsSecret(const IniDocument& document)
{
    for (const auto& keys : document.sections) {
        for (const CredentialField field : allCredentialFields) {
            if (isSecret(field) && !keys.value(configKey(field)).isEmpty())
                return true;
        }
    }
    return false;
}

QString lineNote(int number, const QString& why)
{
    return AuthTr::tr("line %1: %2").arg(number).arg(why);
}

} // namespace

// ---- IniDocument ------------------------------------------------------------------------

std::optional<QString> IniDocument::ownValue(const QString& section, const QString& key) const
{
    const auto sectionIt = sections.constFind(section);
    if (sectionIt == sections.constEnd())
        return std::nullopt;
    const auto keyIt = sectionIt->constFind(key.toLower());
    if (keyIt == sectionIt->constEnd())
        return std::nullopt;
    return *keyIt;
}

IniDocument IniDocument::parse(const QByteArray& text)
{
    IniDocument document;
    const QStringList lines = splitLines(text);
    QString section;
    bool inSection = false;
    QString lastKey; // the key a continuation line extends
    int lastKeyIndent = 0;

    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString& line = lines.at(i);
        const QStringView stripped = QStringView(line).trimmed();
        if (stripped.isEmpty() || isComment(stripped))
            continue;
        const int indent = indentation(line);
        if (!lastKey.isEmpty() && indent > lastKeyIndent) {
            QString& value = document.sections[section][lastKey];
            value += QLatin1Char('\n') + stripped.toString();
            continue;
        }
        lastKey.clear();
        if (const auto header = sectionHeader(stripped)) {
            section = *header;
            if (inSection && document.sections.contains(section)) {
                document.diagnostics << lineNote(
                    number, AuthTr::tr("section [%1] appears twice; later keys win").arg(section));
            }
            inSection = true;
            document.sections[section]; // an empty section still exists
            continue;
        }
        if (!inSection) {
            document.diagnostics << lineNote(
                number, AuthTr::tr("text before any [section] header, ignored"));
            continue;
        }
        const auto pair = keyValue(stripped);
        if (!pair) {
            document.diagnostics << lineNote(
                number, AuthTr::tr("not a 'key = value' line, ignored"));
            continue;
        }
        QMap<QString, QString>& keys = document.sections[section];
        if (keys.contains(pair->key)) {
            document.diagnostics << lineNote(number,
                AuthTr::tr("%1 set twice in [%2]; the last one wins").arg(pair->key, section));
        }
        keys.insert(pair->key, pair->value);
        lastKey = pair->key;
        lastKeyIndent = indent;
    }
    return document;
}

// ---- ValueOrigin ------------------------------------------------------------------------

QString ValueOrigin::describe() const
{
    switch (kind) {
    case Kind::Unset:
        return AuthTr::tr("not set");
    case Kind::Default:
        return AuthTr::tr("built-in default");
    case Kind::File:
        return where;
    case Kind::Environment:
        return AuthTr::tr("environment variable %1").arg(where);
    case Kind::Override:
        return where;
    }
    return QString();
}

// ---- OvhConfig --------------------------------------------------------------------------

QStringList OvhConfig::defaultFiles()
{
    return { QStringLiteral("/etc/ovh.conf"), QDir::homePath() + QLatin1String("/.ovh.conf"),
        QDir::currentPath() + QLatin1String("/ovh.conf") };
}

OvhConfig OvhConfig::load(const QStringList& files)
{
    OvhConfig config;
    for (const QString& path : files) {
        const QFileInfo info(path);
        if (!info.exists())
            continue; // the usual case for two of the three places
        QFile file(path);
        if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
            config.m_diagnostics << AuthTr::tr("%1: cannot read (%2), skipped")
                                        .arg(path,
                                            info.isDir() ? AuthTr::tr("a directory")
                                                         : file.errorString());
            continue;
        }
        if (file.size() > MaxConfigBytes) {
            config.m_diagnostics
                << AuthTr::tr("%1: larger than %2 bytes, skipped").arg(path).arg(MaxConfigBytes);
            continue;
        }
        const IniDocument document = IniDocument::parse(file.read(MaxConfigBytes));
        config.addDocument(path, document);
        if (holdsSecret(document)) {
            const QString warning = exposedSecretWarning(path);
            if (!warning.isEmpty())
                config.m_warnings << warning;
        }
    }
    return config;
}

QString exposedSecretWarning(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QString();
    const bool group = (status.st_mode & S_IRGRP) != 0;
    const bool others = (status.st_mode & S_IROTH) != 0;
    if (!group && !others)
        return QString();
    const QString who = group && others ? AuthTr::tr("its group and others")
        : group                         ? AuthTr::tr("its group")
                                        : QStringLiteral("others");
    const QString mode
        = QString::number(status.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
    return AuthTr::tr("%1 holds a secret and is readable by %2 (mode %3); make it private: "
                      "chmod 600 %1")
        .arg(path, who, mode);
#else
    Q_UNUSED(path)
    return QString();
#endif
}

void OvhConfig::addDocument(const QString& path, const IniDocument& document)
{
    m_layers.append(Layer { path, document });
    for (const QString& note : document.diagnostics)
        m_diagnostics << path + QLatin1String(": ") + note;
}

QStringList OvhConfig::readFiles() const
{
    QStringList paths;
    for (const Layer& layer : m_layers)
        paths << layer.path;
    return paths;
}

QStringList OvhConfig::diagnostics() const
{
    return m_diagnostics;
}

QString OvhConfig::value(const QString& section, const QString& key, ValueOrigin* origin) const
{
    if (origin)
        *origin = ValueOrigin {};
    // configparser merges every file first: a section's own key from any file beats a
    // [DEFAULT] key from any file, and the section must exist somewhere.
    bool sectionExists = false;
    for (auto layer = m_layers.crbegin(); layer != m_layers.crend(); ++layer) {
        sectionExists = sectionExists || layer->document.hasSection(section);
        const auto own = layer->document.ownValue(section, key);
        if (own && !own->isEmpty()) {
            if (origin)
                *origin = ValueOrigin { ValueOrigin::Kind::File, layer->path };
            return *own;
        }
    }
    if (!sectionExists || section == defaultsSection())
        return QString();
    for (auto layer = m_layers.crbegin(); layer != m_layers.crend(); ++layer) {
        const auto fallback = layer->document.ownValue(defaultsSection(), key);
        if (fallback && !fallback->isEmpty()) {
            if (origin)
                *origin = ValueOrigin { ValueOrigin::Kind::File, layer->path };
            return *fallback;
        }
    }
    return QString();
}

QString OvhConfig::defaultEndpoint(ValueOrigin* origin) const
{
    return value(QStringLiteral("default"), QStringLiteral("endpoint"), origin);
}

Credentials OvhConfig::credentials(const QString& endpoint) const
{
    Credentials result;
    for (CredentialField field : allCredentialFields)
        result.setValue(field, value(endpoint, configKey(field)));
    return result;
}

// ---- Resolution -------------------------------------------------------------------------

const ValueOrigin& ResolvedCredentials::origin(CredentialField field) const
{
    return origins.at(static_cast<size_t>(field));
}

QString ResolvedCredentials::invalidValue() const
{
    return credentials.invalidValue(
        [this](CredentialField field) { return origin(field).describe(); });
}

QStringList ResolvedCredentials::explain() const
{
    QStringList lines;
    lines << AuthTr::tr("endpoint: %1 (%2)").arg(endpoint, endpointOrigin.describe());
    for (CredentialField field : allCredentialFields) {
        const ValueOrigin& from = origin(field);
        lines << (from.isSet() ? AuthTr::tr("%1: from %2").arg(configKey(field), from.describe())
                               : AuthTr::tr("%1: not set").arg(configKey(field)));
    }
    return lines;
}

ResolvedCredentials resolveCredentials(const OvhConfig& files,
    const QProcessEnvironment& environment, const CredentialOverrides& overrides,
    const QString& fallbackEndpoint)
{
    ResolvedCredentials result;

    // Which section: overrides > OVH_ENDPOINT > [default] endpoint > fallback.
    const QString endpointVariable = QStringLiteral("OVH_ENDPOINT");
    if (!overrides.endpoint.isEmpty()) {
        result.endpoint = overrides.endpoint;
        result.endpointOrigin = { ValueOrigin::Kind::Override, overrides.label };
    } else if (const QString fromEnv = environment.value(endpointVariable); !fromEnv.isEmpty()) {
        result.endpoint = fromEnv;
        result.endpointOrigin = { ValueOrigin::Kind::Environment, endpointVariable };
    } else if (const QString fromFile = files.defaultEndpoint(&result.endpointOrigin);
               !fromFile.isEmpty()) {
        result.endpoint = fromFile;
    } else {
        result.endpoint = fallbackEndpoint;
        result.endpointOrigin
            = { fallbackEndpoint.isEmpty() ? ValueOrigin::Kind::Unset : ValueOrigin::Kind::Default,
                  QString() };
    }
    result.endpoint = result.endpoint.trimmed();
    // "OVH-EU" finds the [ovh-eu] section; a base URL is used as written.
    if (const auto known = Endpoint::byName(result.endpoint))
        result.endpoint = known->name;

    for (CredentialField field : allCredentialFields) {
        ValueOrigin& origin = result.origins.at(static_cast<size_t>(field));
        QString value = files.value(result.endpoint, configKey(field), &origin);
        const QString variable = environmentVariable(field);
        if (const QString fromEnv = environment.value(variable); !fromEnv.isEmpty()) {
            value = fromEnv;
            origin = { ValueOrigin::Kind::Environment, variable };
        }
        if (const QString given = overrides.credentials.value(field); !given.isEmpty()) {
            value = given;
            origin = { ValueOrigin::Kind::Override, overrides.label };
        }
        result.credentials.setValue(field, value);
    }
    return result;
}

// ---- Writing ----------------------------------------------------------------------------

namespace {

using Assignments = QList<std::pair<QString, QString>>;

// Sets each key of `assignments` in `section` of `lines`: replaced in place (dropping the
// continuation lines of the old value and later duplicates), or appended to the section,
// or in a new section at the end.
void assign(QStringList& lines, const QString& section, const Assignments& assignments)
{
    // Returns QString, not auto: a QStringBuilder would outlive its operands.
    auto render = [](const std::pair<QString, QString>& kv) -> QString {
        return kv.first + QLatin1String(" = ") + kv.second;
    };
    QList<bool> written(assignments.size(), false);
    auto indexOfKey = [&assignments](const QString& key) -> qsizetype {
        for (qsizetype i = 0; i < assignments.size(); ++i) {
            if (assignments.at(i).first == key)
                return i;
        }
        return -1;
    };

    bool inTarget = false;
    bool found = false;
    qsizetype insertAt = -1; // after the last non-blank line of the target section
    bool dropping = false; // skipping continuation lines of a replaced or duplicate key
    int droppedKeyIndent = 0;
    QStringList out;
    out.reserve(lines.size() + assignments.size() + 2);

    auto flushMissing = [&]() {
        if (insertAt < 0)
            return;
        QStringList added;
        for (qsizetype i = 0; i < assignments.size(); ++i) {
            if (!written.at(i)) {
                added << render(assignments.at(i));
                written[i] = true;
            }
        }
        for (qsizetype i = 0; i < added.size(); ++i)
            out.insert(insertAt + i, added.at(i));
        insertAt = -1;
    };

    for (const QString& line : lines) {
        const QStringView stripped = QStringView(line).trimmed();
        const int indent = indentation(line);
        if (dropping) {
            // Blank and comment lines do not end a value for configparser (nor for parse()).
            if (stripped.isEmpty() || isComment(stripped)) {
                out << line;
                continue;
            }
            if (indent > droppedKeyIndent)
                continue;
            dropping = false;
        }
        if (!stripped.isEmpty() && !isComment(stripped)) {
            if (const auto header = sectionHeader(stripped)) {
                if (inTarget)
                    flushMissing();
                inTarget = (*header == section);
                if (inTarget) {
                    found = true;
                    insertAt = out.size() + 1;
                }
                out << line;
                continue;
            }
            if (inTarget) {
                if (const auto pair = keyValue(stripped)) {
                    const qsizetype index = indexOfKey(pair->key);
                    if (index >= 0) {
                        dropping = true;
                        droppedKeyIndent = indent;
                        if (written.at(index))
                            continue; // a duplicate: the value lives in the first one
                        written[index] = true;
                        out << render(assignments.at(index));
                        insertAt = out.size();
                        continue;
                    }
                }
            }
        }
        out << line;
        // Not after a trailing comment: it usually introduces the next section.
        if (inTarget && !stripped.isEmpty() && !isComment(stripped))
            insertAt = out.size();
    }
    if (inTarget)
        flushMissing();
    if (!found) {
        while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
            out.removeLast();
        if (!out.isEmpty())
            out << QString();
        out << QLatin1Char('[') + section + QLatin1Char(']');
        for (const auto& kv : assignments)
            out << render(kv);
    }
    lines = out;
}

bool representable(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
        && text == text.trimmed();
}

} // namespace

std::optional<QByteArray> updateOvhConfigText(const QByteArray& existing, const QString& endpoint,
    const Credentials& credentials, bool makeDefault, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (endpoint.isEmpty() || !representable(endpoint) || endpoint.contains(QLatin1Char(']'))
        || endpoint.startsWith(QLatin1Char('['))) {
        return fail(AuthTr::tr("'%1' cannot be an ovh.conf section name").arg(endpoint));
    }
    Assignments assignments;
    for (CredentialField field : allCredentialFields) {
        const QString value = credentials.value(field);
        if (value.isEmpty())
            continue;
        if (!representable(value)) {
            // Named, never quoted: it may be a secret.
            return fail(AuthTr::tr("%1 contains a line break or surrounding spaces, which "
                                   "an ovh.conf file cannot hold")
                            .arg(configKey(field)));
        }
        assignments.append({ configKey(field), value });
    }

    QStringList lines = existing.isEmpty() ? QStringList() : splitLines(existing);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the final newline is added back below
    if (makeDefault)
        assign(lines, QStringLiteral("default"), { { QStringLiteral("endpoint"), endpoint } });
    if (!assignments.isEmpty())
        assign(lines, endpoint, assignments);
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray removeOvhConfigKeys(
    const QByteArray& existing, const QString& endpoint, const QList<CredentialField>& fields)
{
    QStringList keys;
    for (CredentialField field : fields)
        keys << configKey(field);
    QStringList lines = splitLines(existing);
    QStringList out;
    out.reserve(lines.size());
    bool inTarget = false;
    bool dropping = false; // skipping the continuation lines of a removed key
    int droppedKeyIndent = 0;
    for (const QString& line : std::as_const(lines)) {
        const QStringView stripped = QStringView(line).trimmed();
        const int indent = indentation(line);
        if (dropping) {
            if (stripped.isEmpty() || isComment(stripped)) {
                out << line;
                continue;
            }
            if (indent > droppedKeyIndent)
                continue;
            dropping = false;
        }
        if (!stripped.isEmpty() && !isComment(stripped)) {
            if (const auto header = sectionHeader(stripped)) {
                inTarget = (*header == endpoint);
            } else if (inTarget) {
                const auto pair = keyValue(stripped);
                if (pair && keys.contains(pair->key)) {
                    dropping = true;
                    droppedKeyIndent = indent;
                    continue;
                }
            }
        }
        out << line;
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

bool saveOvhConfig(const QString& path, const QByteArray& text, QString* error)
{
    auto fail = [error, &path](const QString& why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    // A folder the user named may not exist yet (~/.config/ovh-api-explorer): made for them only.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return fail(AuthTr::tr("cannot create the folder %1").arg(folder));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // Set on the temporary file before any secret is written and before the rename,
    // so the file is never readable by others, not even for a moment.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(AuthTr::tr("cannot restrict the permissions to 0600"));
    }
    if (file.write(text) != text.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

namespace {

// The current text of `path`: empty when there is no such file, nullopt when it cannot be read.
std::optional<QByteArray> readExisting(const QString& path, QString* error)
{
    QFile current(path);
    if (!current.exists())
        return QByteArray();
    if (!current.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, current.errorString());
        return std::nullopt;
    }
    return current.readAll();
}

} // namespace

bool storeCredentials(const QString& path, const QString& endpoint, const Credentials& credentials,
    bool makeDefault, QString* error)
{
    const std::optional<QByteArray> existing = readExisting(path, error);
    if (!existing)
        return false;
    const auto text = updateOvhConfigText(*existing, endpoint, credentials, makeDefault, error);
    return text && saveOvhConfig(path, *text, error);
}

bool removeStoredCredentials(const QString& path, const QString& endpoint,
    const QList<CredentialField>& fields, QString* error)
{
    if (!QFile::exists(path))
        return true;
    const std::optional<QByteArray> existing = readExisting(path, error);
    return existing && saveOvhConfig(path, removeOvhConfigKeys(*existing, endpoint, fields), error);
}

} // namespace Ovh
