#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ovh {

// One row of a result table: an element of an answer that is an array of objects, or the
// detail fetched for one id of an id list (Fetch all, --expand), failed or not.
struct ObjectRow
{
    QJsonValue id = QJsonValue(QJsonValue::Undefined); // the id fetched; Undefined for an element
    QJsonValue object = QJsonValue(QJsonValue::Undefined); // Undefined when the fetch failed
    QString error; // why the fetch failed, for a person; empty when it did not
};

using ObjectRows = QList<ObjectRow>;

} // namespace Ovh
