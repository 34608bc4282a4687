#pragma once

#include "call/callrequest.h"
#include "schema/detailoperation.h"
#include "schema/schema.h"
#include "session/fetchall.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Ovh {

// What a Fetch all of one list answer sends: the detail request of each id, in the ids' order,
// with the list's path values carried over (GET /domain/zone/{zoneName}/record answered
// [1001, 1002] -> GET /domain/zone/example.com/record/1001, …/1002).
struct FetchAllPlan
{
    DetailOperation detail;
    QString detailKey; // "GET /domain/zone/{zoneName}/record/{id}"
    QList<FetchAll::Item> items;
    QString error; // why there is nothing to fetch; empty when the plan holds

    bool isValid() const { return error.isEmpty(); }

    // `listRequest` is the request of `list` that got `answer` (an array of ids).
    static FetchAllPlan of(const Product& product, const Operation& list,
        const CallRequest& listRequest, const QJsonValue& answer);
    // The number of ids of `answer` when `list` has a detail operation and `answer` is an array
    // of scalar values; -1 otherwise. Cheap: for deciding to offer Fetch all.
    static int fetchableCount(
        const Product& product, const Operation& list, const QJsonValue& answer);
};

} // namespace Ovh
