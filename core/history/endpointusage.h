#pragma once

#include "schema/operationusage.h"

#include <QHash>
#include <QList>

namespace Ovh {

// How much each operation was used, endpoint by endpoint: read once from the history
// (HistoryStore::usageByEndpoint()), counted on as calls are made, and handed to the search for
// the endpoint shown, so what one calls on ovh-ca does not rank first on ovh-eu.
class EndpointUsage final
{
public:
    // Endpoint (Endpoint::displayName()) → the usage there.
    void set(const QHash<QString, QList<OperationUsage>>& byEndpoint) { m_byEndpoint = byEndpoint; }
    // Usage that counts on every endpoint.
    void setAnywhere(const QList<OperationUsage>& usage) { m_anywhere = usage; }
    // The usage on `endpoint`, plus what counts anywhere.
    QList<OperationUsage> on(const QString& endpoint) const;
    // One more call of `operation` ("GET /me") on `endpoint`, at `when`.
    void addCall(const QString& endpoint, const QString& operation, const QDateTime& when);

private:
    QHash<QString, QList<OperationUsage>> m_byEndpoint;
    QList<OperationUsage> m_anywhere;
};

} // namespace Ovh
