#pragma once

#include <QString>

namespace Ovh {

// "0.1.0", or "0.1.0 (git 1a2b3c4d5e)" when built from a checkout ("-dirty" when it had
// uncommitted changes): what --version and the About box show.
QString buildVersion();

// The git revision alone, empty when built outside a checkout.
QString buildRevision();

} // namespace Ovh
