#pragma once

#include "base/credentials.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Ovh {

// One INI file read with the semantics of python's configparser.RawConfigParser, which
// python-ovh uses: "key = value" or "key: value" (first '=' or ':'), keys lower-cased,
// values and keys trimmed, section names case-sensitive and kept as written, '#' and ';'
// comments on their own line only (no inline comments), indented lines continue the
// previous value, [DEFAULT] supplies values to every section. Never fails: a line it cannot
// use is skipped and noted in `diagnostics` by line number (never quoting the line: it may
// hold a secret).
struct IniDocument
{
    QMap<QString, QMap<QString, QString>> sections;
    QStringList diagnostics; // "line 4: …"

    bool hasSection(const QString& section) const { return sections.contains(section); }
    // The key in that section, without the DEFAULT fallback.
    std::optional<QString> ownValue(const QString& section, const QString& key) const;

    static IniDocument parse(const QByteArray& text);
};

// Where a resolved value came from.
struct ValueOrigin
{
    enum class Kind : quint8 { Unset, Default, File, Environment, Override };
    Kind kind = Kind::Unset;
    QString where; // file path, environment variable name, or the override's label

    bool isSet() const { return kind != Kind::Unset; }
    // "/home/me/.ovh.conf", "environment variable OVH_CONSUMER_KEY", "command line",
    // "built-in default", "not set".
    QString describe() const;
};

// The ovh.conf files shared with python-ovh and go-ovh, layered per key: a later file
// wins for every key it sets (an empty value sets nothing).
class OvhConfig
{
public:
    // /etc/ovh.conf, ~/.ovh.conf, ./ovh.conf: increasing priority.
    static QStringList defaultFiles();
    // Missing files are skipped silently; unreadable ones are noted in diagnostics().
    static OvhConfig load(const QStringList& files = defaultFiles());

    // Adds a parsed document with a higher priority than those already added.
    void addDocument(const QString& path, const IniDocument& document);

    QStringList readFiles() const; // the files that exist and were read, in priority order
    QStringList diagnostics() const; // "<path>: line 4: why", and unreadable files
    // Files holding a secret that others may read, as ssh warns about keys: "<path> holds a
    // secret and is readable by its group and others (mode 0644): chmod 600 <path>".
    QStringList warnings() const { return m_warnings; }

    // The value of `key` in `section`: the section's own key in the last file that has it,
    // else a [DEFAULT] key, as configparser does over the merged files.
    QString value(const QString& section, const QString& key, ValueOrigin* origin = nullptr) const;
    // [default] endpoint
    QString defaultEndpoint(ValueOrigin* origin = nullptr) const;
    // The file layer only, for the section named `endpoint`.
    Credentials credentials(const QString& endpoint) const;

private:
    struct Layer
    {
        QString path;
        IniDocument document;
    };
    QList<Layer> m_layers;
    QStringList m_diagnostics;
    QStringList m_warnings;
};

// The warning for a file holding a secret that its group or others can read (empty when only
// its owner can, or on a system without Unix permissions).
QString exposedSecretWarning(const QString& path);

// Values given explicitly (CLI flags, a GUI form): the top layer. Empty means "not given".
struct CredentialOverrides
{
    QString endpoint;
    Credentials credentials;
    QString label = QStringLiteral("command line");
};

struct ResolvedCredentials
{
    QString endpoint; // the section that was used: a known name ("ovh-eu") or as given
    ValueOrigin endpointOrigin;
    Credentials credentials;
    std::array<ValueOrigin, 5> origins; // indexed like allCredentialFields

    const ValueOrigin& origin(CredentialField field) const;
    // The first value that cannot be sent, naming where it came from (Credentials::invalidValue).
    QString invalidValue() const;
    // One line per value saying where it came from, never the value itself (only the
    // endpoint name is shown): "consumer_key: from environment variable OVH_CONSUMER_KEY".
    QStringList explain() const;
};

// Files, then the OVH_* environment variables, then the overrides; each layer wins over the
// previous one, value by value. Empty values are ignored in every layer. The endpoint
// (which section to read) is resolved the same way, defaulting to `fallbackEndpoint`.
ResolvedCredentials resolveCredentials(const OvhConfig& files,
    const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
    const CredentialOverrides& overrides = {},
    const QString& fallbackEndpoint = QStringLiteral("ovh-eu"));

// Returns `existing` (an ovh.conf text, possibly empty) with the non-empty values of
// `credentials` set in the [endpoint] section, and [default] endpoint=… when
// `makeDefault`. Other sections, keys and comments are kept; replaced keys stay in place,
// new ones go at the end of their section. nullopt and a reason in `error` for values
// an INI file cannot hold (line breaks, surrounding spaces) or a bad section name.
std::optional<QByteArray> updateOvhConfigText(const QByteArray& existing, const QString& endpoint,
    const Credentials& credentials, bool makeDefault = false, QString* error = nullptr);

// Returns `existing` without the `fields` keys of the [endpoint] section (and their
// continuation lines). Other sections, keys and comments are kept; the section stays, even
// when empty. A missing key is not an error.
QByteArray removeOvhConfigKeys(
    const QByteArray& existing, const QString& endpoint, const QList<CredentialField>& fields);

// Atomically replaces `path` (QSaveFile) with `text`, readable and writable by the owner
// only (0600), whatever the previous mode was.
bool saveOvhConfig(const QString& path, const QByteArray& text, QString* error = nullptr);

// Reads `path` if it exists, updates it as above and saves it.
bool storeCredentials(const QString& path, const QString& endpoint, const Credentials& credentials,
    bool makeDefault = false, QString* error = nullptr);

// Removes those keys of [endpoint] from `path` (mode 0600 afterwards). A missing file is
// fine: there was nothing to remove.
bool removeStoredCredentials(const QString& path, const QString& endpoint,
    const QList<CredentialField>& fields, QString* error = nullptr);

} // namespace Ovh
