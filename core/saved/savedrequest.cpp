#include "saved/savedrequest.h"

#include "base/jsontext.h"
#include "history/historyentry.h"

#include <QRegularExpression>

namespace Ovh {

QJsonObject withoutSecretValues(const QJsonObject& values)
{
    QJsonObject clean;
    for (auto it = values.begin(); it != values.end(); ++it) {
        // The form's keys are "location/name"; the raw body is one string of JSON.
        if (isSecretKey(it.key().section(QLatin1Char('/'), -1)))
            continue;
        bool changed = false;
        QJsonValue value = withoutSecrets(it.value(), &changed);
        if (value.isString()) {
            const QJsonValue json = parseJsonValue(value.toString().toUtf8());
            if (json.isObject() || json.isArray()) {
                const QJsonValue inner = withoutSecrets(json, &changed);
                if (changed)
                    value = QString::fromUtf8(compactJson(inner));
            }
        }
        clean.insert(it.key(), value);
    }
    return clean;
}

QString savedName(const QString& name)
{
    return name.simplified().left(MaxSavedNameLength);
}

bool isOperationKey(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(GET|POST|PUT|DELETE|PATCH) /[^\\s]{0,2000}$"));
    return pattern.match(text).hasMatch();
}

} // namespace Ovh
