#include "session/fetchallplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Ovh {

namespace {

struct PlanTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::FetchAll)
};

bool isScalarArray(const QJsonValue& answer)
{
    if (!answer.isArray())
        return false;
    const QJsonArray array = answer.toArray();
    for (const QJsonValue& value : array) {
        if (!value.isDouble() && !value.isString())
            return false;
    }
    return true;
}

// A path value as the form writes it: whole numbers without an exponent.
QString pathText(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const auto whole = static_cast<qint64>(number);
        if (static_cast<double>(whole) == number)
            return QString::number(whole);
    }
    return value.toVariant().toString();
}

} // namespace

int FetchAllPlan::fetchableCount(
    const Product& product, const Operation& list, const QJsonValue& answer)
{
    if (!isScalarArray(answer) || !detailOperationOf(product, list))
        return -1;
    return int(answer.toArray().size());
}

FetchAllPlan FetchAllPlan::of(const Product& product, const Operation& list,
    const CallRequest& listRequest, const QJsonValue& answer)
{
    FetchAllPlan plan;
    const std::optional<DetailOperation> detail = detailOperationOf(product, list);
    if (!detail) {
        plan.error = PlanTr::tr("%1 %2 has no detail operation to fetch its ids with")
                         .arg(httpMethodName(list.method), listRequest.pathTemplate);
        return plan;
    }
    if (!isScalarArray(answer)) {
        plan.error = PlanTr::tr("the answer is not a list of ids");
        return plan;
    }
    plan.detail = *detail;
    const ApiPath& path = product.paths.at(detail->path);
    const Operation& operation = path.operations.at(detail->operation);
    plan.detailKey = httpMethodName(operation.method) + QLatin1Char(' ') + path.path;

    QJsonObject listValues;
    for (const CallField& field : listRequest.pathParams)
        listValues.insert(field.name, pathText(field.value));
    const QJsonArray ids = answer.toArray();
    plan.items.reserve(ids.size());
    for (const QJsonValue& id : ids) {
        CallValues values;
        const QJsonObject pathValues = detailPathValues(listValues, *detail, id);
        for (auto it = pathValues.begin(); it != pathValues.end(); ++it)
            values.set(ParamLocation::Path, it.key(), CallValue::fromText(it.value().toString()));
        FetchAll::Item item;
        item.id = id;
        CallErrors errors;
        item.request = buildCallRequest(product, operation, values, &errors);
        if (!errors.isEmpty())
            item.error = errors.constFirst().toString();
        plan.items.append(item);
    }
    return plan;
}

} // namespace Ovh
