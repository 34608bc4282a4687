#pragma once

#include "schema/schema.h"

#include <QHash>
#include <QJsonValue>
#include <QString>

namespace Ovh {

// Builds a plausible answer for an operation the sandbox keeps no state for, from its
// responseType: typed sample values ("2024-01-15T10:00:00+00:00" for a datetime, the first
// value of an enum, 42 for a long), lists of two or three ids for arrays, an object with every
// property for a model (nested models to a bounded depth, cycles cut), null for void.
// A property named exactly like a path parameter takes the call's value (the
// "serviceName" property of GET /vps/{serviceName} is the serviceName asked for), and a
// top-level "name", "serviceName" or "domain" property takes the value of the path's last
// placeholder (GET /domain/zone/{zoneName} answers "name": "<zoneName>").
// Deterministic: the same call gets the same answer.
class ResponseSynthesizer
{
public:
    explicit ResponseSynthesizer(const Product& product, QHash<QString, QString> pathValues = {},
        QString identity = QString());

    QJsonValue value(const TypeRef& type, const QString& hint = QString()) const;
    QJsonValue forOperation(const Operation& operation) const;

private:
    QJsonValue value(
        const TypeRef& type, const QString& hint, int depth, QStringList& modelsOnPath) const;
    QJsonValue primitive(const TypeRef& type, const QString& hint, int index) const;

    const Product& m_product;
    QHash<QString, QString> m_pathValues;
    QString m_identity; // the value of the path's last placeholder
};

} // namespace Ovh
