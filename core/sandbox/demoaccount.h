#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxurl.h"
#include "schema/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Ovh {

// The in-memory account behind the calls of OVH's getting-started guide (see sandboxdemo.h for
// the seeded values): GET/PUT /me, GET /domain, GET /domain/zone,
// GET/POST /domain/zone/{zoneName}/record (fieldType and subDomain filters),
// GET/PUT/DELETE /domain/zone/{zoneName}/record/{id}, POST /domain/zone/{zoneName}/refresh.
// Calls reach it already authenticated and checked against the schema.
class DemoAccount
{
public:
    struct Record
    {
        qint64 id = 0;
        QString zone;
        QString subDomain;
        QString fieldType;
        QString target;
        qint64 ttl = 0;

        QJsonObject toJson() const;
    };

    struct Call
    {
        HttpMethod method = HttpMethod::Unknown;
        QString templatePath; // "/domain/zone/{zoneName}/record"
        QHash<QString, QString> pathValues; // decoded
        SandboxUrl::QueryItems query;
        QJsonValue body; // parsed body (undefined when none)
        const Product* product = nullptr; // declares the operation (for GET /me's shape)
    };

    DemoAccount();

    // The answer for a call it keeps state for, nothing for any other call.
    std::optional<SandboxReply> handle(const Call& call);

    QStringList zones() const { return m_zones.keys(); }
    QList<Record> records(const QString& zone) const { return m_zones.value(zone); }
    int refreshCount(const QString& zone) const { return m_refreshes.value(zone); }
    QJsonObject me(const Product* product) const;

private:
    SandboxReply listRecords(const QString& zone, const SandboxUrl::QueryItems& query) const;
    SandboxReply createRecord(const QString& zone, const QJsonObject& body);
    Record* findRecord(const QString& zone, const QString& id);
    void addRecord(const QString& zone, const QString& fieldType, const QString& subDomain,
        const QString& target, qint64 ttl);

    QMap<QString, QList<Record>> m_zones; // zone name -> records, in creation order
    QHash<QString, int> m_refreshes;
    QJsonObject m_meOverrides; // what PUT /me changed
    qint64 m_nextRecordId = 1001;
};

} // namespace Ovh
