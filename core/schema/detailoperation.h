#pragma once

#include "schema/schema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Ovh {

// Where a list operation's ids lead. Most OVH lists answer ids only
// (GET /domain/zone/{zoneName}/record -> [1001, 1002]); the object behind each id is the GET of
// the same path plus one "/{param}" segment (GET /domain/zone/{zoneName}/record/{id}).
struct DetailOperation
{
    int path = -1; // index in Product::paths
    int operation = -1; // index in that ApiPath's operations
    QString idParameter; // the last segment's placeholder: "id"

    bool isValid() const { return path >= 0 && operation >= 0; }
};

// True when `operation` is a GET answering an array of scalar values (long[], string[], an
// enum's values…), the shape of an id list.
bool answersIdList(const Product& product, const Operation& operation);

// The detail operation of `list` in `product`, when `list` answers an id list and the GET of
// `list.path + "/{param}"` exists; nullopt otherwise.
std::optional<DetailOperation> detailOperationOf(const Product& product, const Operation& list);

// The GET of `path + "/{param}"` in `product` (whatever `path` answers), or nullopt.
std::optional<DetailOperation> detailOperationBelow(const Product& product, const QString& path);

// The id of one object of an array-of-objects answer, for its detail `detail`: its property
// named as the detail's parameter ("serviceName"), else its "id" when the parameter is id-like
// ("policyId", "id"). Undefined when it has neither, or when that value is no string or number.
QJsonValue detailIdOf(const QJsonObject& object, const DetailOperation& detail);

// The form values of the detail of one id: the list's path values carried over (the detail
// path repeats them under the same names), the id in `detail.idParameter`. Ids that are JSON
// numbers become their decimal text, as a path value is written.
QJsonObject detailPathValues(
    const QJsonObject& listPathValues, const DetailOperation& detail, const QJsonValue& id);

} // namespace Ovh
