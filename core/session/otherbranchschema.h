#pragma once

#include "base/endpoint.h"
#include "schema/schema.h"

#include <QObject>

namespace Ovh {

class SchemaRepository;

// The products of the other API branch (v2 while the window is on v1, and the reverse), for
// the search to cover both: read from the disk cache or the bundled snapshot only, never the
// network, so the search never waits for it. Loads once per endpoint; an older load's answer
// is dropped. loaded() with no products says that what was shown is gone.
class OtherBranchSchema final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherBranchSchema)

public:
    // `cacheDir`: the window's schema cache (empty: the default one).
    explicit OtherBranchSchema(const QString& cacheDir, QObject* parent = nullptr);

    // Loads the other branch of `endpoint` (nothing when it has none); loaded() follows.
    void follow(const Endpoint& endpoint);
    // Forgets the endpoint followed; a load in progress ends unheard.
    void clear();

signals:
    void loaded(Ovh::ApiBranch branch, const QList<Ovh::Product>& products);

private:
    SchemaRepository* m_repository;
    Endpoint m_other; // whose products are loading or loaded
};

} // namespace Ovh
