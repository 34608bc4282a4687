#pragma once

#include "call/callrequest.h"
#include "schema/schema.h"

#include <QByteArray>
#include <QString>

namespace Ovh {

// Cursor pagination of the v2 API: a list operation takes the request headers
// X-Pagination-Cursor (where to start) and X-Pagination-Size (how many per page), and answers
// X-Pagination-Cursor-Next while more pages remain. Header names compare case-insensitively.
namespace Pagination {
inline constexpr char CursorHeader[] = "X-Pagination-Cursor";
inline constexpr char SizeHeader[] = "X-Pagination-Size";
inline constexpr char NextCursorHeader[] = "X-Pagination-Cursor-Next";
} // namespace Pagination

// The header parameter of `operation` named X-Pagination-Cursor, if it declares one.
const Parameter* pageCursorParameter(const Operation& operation);
// True when `operation` pages with cursors (declares X-Pagination-Cursor).
bool takesPageCursor(const Operation& operation);

// `request` asking for the page at `cursor`: its X-Pagination-Cursor header set (replaced or
// added), everything else unchanged (path, query, body, other headers).
CallRequest withPageCursor(CallRequest request, const QString& cursor);

// `request` asking for the first page: its X-Pagination-Cursor header left out.
CallRequest withoutPageCursor(CallRequest request);

} // namespace Ovh
