#include "session/otherbranchschema.h"

#include "net/schemarepository.h"

#include <QNetworkAccessManager>

namespace Ovh {

OtherBranchSchema::OtherBranchSchema(const QString& cacheDir, QObject* parent)
    : QObject(parent)
    // Offline: the manager is never asked for anything.
    , m_repository(new SchemaRepository(new QNetworkAccessManager(this), this))
{
    SchemaRepository::Options options;
    options.cacheDir = cacheDir;
    options.offline = true;
    m_repository->setOptions(options);
    connect(m_repository, &SchemaRepository::loaded, this, [this](const SchemaSet& schema) {
        if (m_other.isValid() && schema.endpoint == m_other && !schema.products.isEmpty())
            emit loaded(m_other.branch(), schema.products);
    });
}

void OtherBranchSchema::follow(const Endpoint& endpoint)
{
    const ApiBranch branch = endpoint.branch() == ApiBranch::V1 ? ApiBranch::V2 : ApiBranch::V1;
    const std::optional<Endpoint> other = endpoint.onBranch(branch);
    if (!other) {
        clear();
        return;
    }
    if (m_other.isValid() && *other == m_other)
        return; // loading or loaded already
    m_other = *other;
    emit loaded(branch, {}); // what was shown belongs to another endpoint
    m_repository->load(m_other);
}

void OtherBranchSchema::clear()
{
    m_other = Endpoint();
    m_repository->cancel();
    emit loaded(ApiBranch::V2, {});
}

} // namespace Ovh
