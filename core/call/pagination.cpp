#include "call/pagination.h"

namespace Ovh {

namespace {

bool isCursorHeader(const QString& name)
{
    return name.compare(QLatin1String(Pagination::CursorHeader), Qt::CaseInsensitive) == 0;
}

} // namespace

const Parameter* pageCursorParameter(const Operation& operation)
{
    for (const Parameter& parameter : operation.parameters) {
        if (parameter.location == ParamLocation::Header && isCursorHeader(parameter.name))
            return &parameter;
    }
    return nullptr;
}

bool takesPageCursor(const Operation& operation)
{
    return pageCursorParameter(operation) != nullptr;
}

CallRequest withPageCursor(CallRequest request, const QString& cursor)
{
    for (CallField& field : request.headerParams) {
        if (isCursorHeader(field.name)) {
            field.value = cursor;
            return request;
        }
    }
    CallField field;
    field.name = QLatin1String(Pagination::CursorHeader);
    field.location = ParamLocation::Header;
    field.type = parseTypeSyntax(u"string");
    field.value = cursor;
    request.headerParams.append(field);
    return request;
}

CallRequest withoutPageCursor(CallRequest request)
{
    request.headerParams.removeIf(
        [](const CallField& field) { return isCursorHeader(field.name); });
    return request;
}

} // namespace Ovh
