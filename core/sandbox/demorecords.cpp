#include "sandbox/demorecords.h"

#include "sandbox/demoaccount.h"

#include <QJsonObject>

namespace Ovh {

bool seedDemoRecords(DemoAccount& account, const QString& zone, int count)
{
    if (!account.zones().contains(zone))
        return false;
    static const char* const kTypes[] = { "A", "AAAA", "CNAME", "TXT" };
    DemoAccount::Call call;
    call.method = HttpMethod::Post;
    call.templatePath = QStringLiteral("/domain/zone/{zoneName}/record");
    call.pathValues.insert(QStringLiteral("zoneName"), zone);
    for (int index = 0; index < count; ++index) {
        const QString type = QString::fromLatin1(kTypes[index % 4]);
        QString target;
        if (type == QLatin1String("A"))
            target = QStringLiteral("198.51.100.%1").arg(index % 254 + 1);
        else if (type == QLatin1String("AAAA"))
            target = QStringLiteral("2001:db8::%1").arg(index % 0xffff + 1, 0, 16);
        else if (type == QLatin1String("CNAME"))
            target = QStringLiteral("host%1.example.net.").arg(index);
        else
            target = QStringLiteral("\"demo record %1\"").arg(index);
        call.body = QJsonObject {
            { QStringLiteral("fieldType"), type },
            { QStringLiteral("subDomain"), QStringLiteral("host%1").arg(index) },
            { QStringLiteral("target"), target },
            { QStringLiteral("ttl"), 300 + (index % 4) * 300 },
        };
        account.handle(call);
    }
    return true;
}

} // namespace Ovh
