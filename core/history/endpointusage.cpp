#include "history/endpointusage.h"

namespace Ovh {

QList<OperationUsage> EndpointUsage::on(const QString& endpoint) const
{
    return m_anywhere + m_byEndpoint.value(endpoint);
}

void EndpointUsage::addCall(
    const QString& endpoint, const QString& operation, const QDateTime& when)
{
    QList<OperationUsage>& usage = m_byEndpoint[endpoint];
    for (OperationUsage& one : usage) {
        if (one.operation == operation) {
            ++one.calls;
            one.lastCall = one.lastCall.isValid() ? qMax(one.lastCall, when) : when;
            return;
        }
    }
    usage.append({ operation, 1, when });
}

} // namespace Ovh
