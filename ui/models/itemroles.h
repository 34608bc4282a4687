#pragma once

#include <Qt>

namespace Ovh {

// The data roles shared by the ui models and the badge delegate.
namespace ItemRole {
enum Value : int {
    OperationRef = Qt::UserRole + 1, // QVariant<Ovh::OperationRef>; invalid on non-operation rows
    Method, // int(Ovh::HttpMethod); invalid on non-operation rows
    Status, // int(Ovh::ApiStatus::Value)
    Path, // QString: the path template ("/domain/zone/{zoneName}")
    NodeKind, // int(ProductTreeModel::NodeKind)
    Label, // QString: what the delegate paints after the badge
    SecondaryText, // QString: a muted second line (search results)
    JsonValue, // QJsonValue: the value of a JSON tree row
    Branch, // QString: "v2" on a search result of the other API branch; empty on this one's
    JsonPath, // QVariantList: a JSON tree row's place from the root, keys (QString) and indexes
              // (int)
};
} // namespace ItemRole

} // namespace Ovh
