#pragma once

#include "sandbox/sandboxurl.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ovh {

// Knows which calls a schema snapshot declares and checks a call against them: its path
// (template match, literal segments preferred over placeholders), its method, and the
// presence and basic type of its path, query and body parameters. Products are parsed on
// first use, so opening the whole eu snapshot costs only its index.
class SandboxSchemaChecker
{
public:
    // `snapshotDir` holds index.json and the product files (a folder or ":/snapshots/eu/1.0").
    explicit SandboxSchemaChecker(const QString& snapshotDir);
    ~SandboxSchemaChecker();
    SandboxSchemaChecker(const SandboxSchemaChecker&) = delete;
    SandboxSchemaChecker& operator=(const SandboxSchemaChecker&) = delete;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QStringList productPaths() const;

    struct Match
    {
        enum Kind : quint8 { Found, NotFound, MethodNotAllowed };
        Kind kind = NotFound;
        const Product* product = nullptr;
        const Operation* operation = nullptr; // Found only
        QString templatePath; // "/domain/zone/{zoneName}/record"
        QHash<QString, QString> pathValues; // decoded: zoneName -> "example.com"
        QStringList allowedMethods; // MethodNotAllowed: what the path offers

        // The value of the template's last placeholder when it ends with one ("example.com"
        // for /domain/zone/{zoneName}); empty otherwise.
        QString identity() const;
    };
    // `segments` are the decoded segments of the path relative to the base path.
    Match match(HttpMethod method, const QStringList& segments);

    struct Problem
    {
        QString parameter;
        QString message;
    };
    // The request body as the checks and the demo account read it: undefined when empty,
    // else the document's object or array (an empty array when it is not JSON, and then
    // `*isJson` is false).
    static QJsonValue parseBody(const QByteArray& body, bool* isJson);
    // Checks declared path, query and body parameters; nothing when the call is acceptable.
    // `body` and `bodyIsJson` come from parseBody().
    static std::optional<Problem> checkParameters(const Match& match,
        const SandboxUrl::QueryItems& query, const QJsonValue& body, bool bodyIsJson);

private:
    struct Template
    {
        QStringList segments;
        QList<bool> placeholder;
        const ApiPath* path = nullptr;
    };
    struct LoadedProduct
    {
        Product product;
        QList<Template> templates;
    };
    struct IndexEntry
    {
        QStringList segments; // product path split: "/hosting/web" -> (hosting, web)
        QString file; // relative to the snapshot folder
        std::unique_ptr<LoadedProduct> loaded;
        bool attempted = false;
    };

    LoadedProduct* load(IndexEntry& entry);
    QList<IndexEntry*> candidates(const QStringList& segments);

    QString m_dir;
    bool m_valid = false;
    QString m_error;
    QList<std::shared_ptr<IndexEntry>> m_entries;
};

} // namespace Ovh
