#include "sandbox/demoaccount.h"

#include "sandbox/responsesynthesizer.h"
#include "sandbox/sandboxdemo.h"

#include <QJsonArray>

namespace Ovh {

namespace {

SandboxReply noSuchService()
{
    return SandboxReply::clientError(404, QStringLiteral("This service does not exist"));
}

SandboxReply noSuchRecord(const QString& id)
{
    return SandboxReply::clientError(
        404, QStringLiteral("The requested object (id = %1) does not exist").arg(id));
}

SandboxReply voidReply()
{
    return SandboxReply::json(QJsonValue(QJsonValue::Null));
}

} // namespace

QJsonObject DemoAccount::Record::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("zone"), zone);
    object.insert(QLatin1String("subDomain"), subDomain);
    object.insert(QLatin1String("fieldType"), fieldType);
    object.insert(QLatin1String("target"), target);
    object.insert(QLatin1String("ttl"), ttl);
    return object;
}

DemoAccount::DemoAccount()
{
    const QString zone = QString::fromLatin1(SandboxDemo::kZone);
    addRecord(zone, QStringLiteral("A"), QString(), QStringLiteral("192.0.2.10"), 3600);
    addRecord(zone, QStringLiteral("A"), QStringLiteral("www"), QStringLiteral("192.0.2.10"), 3600);
    addRecord(
        zone, QStringLiteral("AAAA"), QStringLiteral("www"), QStringLiteral("2001:db8::10"), 3600);
    addRecord(zone, QStringLiteral("MX"), QString(), QStringLiteral("10 mail.example.com."), 0);
    addRecord(zone, QStringLiteral("TXT"), QString(), QStringLiteral("\"v=spf1 -all\""), 0);
    addRecord(zone, QStringLiteral("CNAME"), QStringLiteral("blog"),
        QStringLiteral("www.example.com."), 0);
    m_zones.insert(QString::fromLatin1(SandboxDemo::kSecondZone), {});
}

void DemoAccount::addRecord(const QString& zone, const QString& fieldType, const QString& subDomain,
    const QString& target, qint64 ttl)
{
    Record record;
    record.id = m_nextRecordId++;
    record.zone = zone;
    record.fieldType = fieldType;
    record.subDomain = subDomain;
    record.target = target;
    record.ttl = ttl;
    m_zones[zone].append(record);
}

QJsonObject DemoAccount::me(const Product* product) const
{
    QJsonObject object;
    if (product) {
        if (const Model* model = product->model(QStringLiteral("nichandle.Nichandle"))) {
            TypeRef type;
            type.kind = TypeKind::Model;
            type.name = model->key;
            type.modelKey = model->key;
            object = ResponseSynthesizer(*product).value(type).toObject();
        }
    }
    const QList<std::pair<const char*, QJsonValue>> demo = {
        { "nichandle", QString::fromLatin1(SandboxDemo::kNichandle) },
        { "firstname", QStringLiteral("Ada") },
        { "name", QStringLiteral("Lovelace") },
        { "email", QStringLiteral("ada@example.com") },
        { "country", QStringLiteral("FR") },
        { "currency",
            QJsonObject { { QStringLiteral("code"), QStringLiteral("EUR") },
                { QStringLiteral("symbol"), QStringLiteral("EURO") } } },
        { "ovhSubsidiary", QStringLiteral("FR") },
        { "ovhCompany", QStringLiteral("ovh") },
        { "language", QStringLiteral("fr_FR") },
        { "legalform", QStringLiteral("individual") },
        { "city", QStringLiteral("Roubaix") },
        { "zip", QStringLiteral("59100") },
        { "address", QStringLiteral("2 rue Kellermann") },
        { "phone", QStringLiteral("+33.123456789") },
        { "state", QStringLiteral("complete") },
        { "customerCode", QStringLiteral("1234-5678-90") },
    };
    for (const auto& [key, value] : demo)
        object.insert(QLatin1String(key), value);
    for (auto it = m_meOverrides.begin(); it != m_meOverrides.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

DemoAccount::Record* DemoAccount::findRecord(const QString& zone, const QString& id)
{
    auto records = m_zones.find(zone);
    if (records == m_zones.end())
        return nullptr;
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    for (Record& record : *records) {
        if (ok && record.id == number)
            return &record;
    }
    return nullptr;
}

SandboxReply DemoAccount::listRecords(
    const QString& zone, const SandboxUrl::QueryItems& query) const
{
    std::optional<QString> fieldType;
    std::optional<QString> subDomain;
    for (const auto& [name, value] : query) {
        if (name == QLatin1String("fieldType"))
            fieldType = value;
        else if (name == QLatin1String("subDomain"))
            subDomain = value;
    }
    QJsonArray ids;
    const QList<Record> records = m_zones.value(zone);
    for (const Record& record : records) {
        if (fieldType && record.fieldType != *fieldType)
            continue;
        if (subDomain && record.subDomain != *subDomain)
            continue;
        ids.append(record.id);
    }
    return SandboxReply::json(ids);
}

SandboxReply DemoAccount::createRecord(const QString& zone, const QJsonObject& body)
{
    addRecord(zone, body.value(QLatin1String("fieldType")).toString(),
        body.value(QLatin1String("subDomain")).toString(),
        body.value(QLatin1String("target")).toString(),
        body.value(QLatin1String("ttl")).toInteger(0));
    return SandboxReply::json(m_zones[zone].constLast().toJson());
}

std::optional<SandboxReply> DemoAccount::handle(const Call& call)
{
    const QString& path = call.templatePath;
    const QString zone = call.pathValues.value(QStringLiteral("zoneName"));
    const QString id = call.pathValues.value(QStringLiteral("id"));
    const bool knownZone = m_zones.contains(zone);

    if (path == QLatin1String("/me")) {
        if (call.method == HttpMethod::Get)
            return SandboxReply::json(me(call.product));
        if (call.method == HttpMethod::Put) {
            const QJsonObject body = call.body.toObject();
            const Model* model = call.product
                ? call.product->model(QStringLiteral("nichandle.Nichandle"))
                : nullptr;
            for (auto it = body.begin(); it != body.end(); ++it) {
                bool writable = !model;
                if (model) {
                    for (const Property& property : model->properties) {
                        if (property.name == it.key())
                            writable = !property.readOnly;
                    }
                }
                if (writable)
                    m_meOverrides.insert(it.key(), it.value());
            }
            return voidReply();
        }
        return std::nullopt;
    }
    if ((path == QLatin1String("/domain") || path == QLatin1String("/domain/zone"))
        && call.method == HttpMethod::Get) {
        return SandboxReply::json(QJsonArray::fromStringList(zones()));
    }
    if (path == QLatin1String("/domain/zone/{zoneName}/record")) {
        if (!knownZone)
            return noSuchService();
        if (call.method == HttpMethod::Get)
            return listRecords(zone, call.query);
        if (call.method == HttpMethod::Post)
            return createRecord(zone, call.body.toObject());
        return std::nullopt;
    }
    if (path == QLatin1String("/domain/zone/{zoneName}/record/{id}")) {
        if (!knownZone)
            return noSuchService();
        Record* record = findRecord(zone, id);
        if (!record)
            return noSuchRecord(id);
        switch (call.method) {
        case HttpMethod::Get:
            return SandboxReply::json(record->toJson());
        case HttpMethod::Put: {
            const QJsonObject body = call.body.toObject();
            if (body.contains(QLatin1String("subDomain")))
                record->subDomain = body.value(QLatin1String("subDomain")).toString();
            if (body.contains(QLatin1String("target")))
                record->target = body.value(QLatin1String("target")).toString();
            if (body.contains(QLatin1String("ttl")))
                record->ttl = body.value(QLatin1String("ttl")).toInteger(0);
            return voidReply();
        }
        case HttpMethod::Delete: {
            const qint64 removed = record->id;
            m_zones[zone].removeIf(
                [removed](const Record& candidate) { return candidate.id == removed; });
            return voidReply();
        }
        default:
            return std::nullopt;
        }
    }
    if (path == QLatin1String("/domain/zone/{zoneName}/refresh")
        && call.method == HttpMethod::Post) {
        if (!knownZone)
            return noSuchService();
        ++m_refreshes[zone];
        return voidReply();
    }
    return std::nullopt;
}

} // namespace Ovh
