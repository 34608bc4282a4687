#pragma once

#include "sandbox/credentialstore.h"

#include <QByteArray>
#include <QString>

namespace Ovh::ValidationPage {

// The sandbox's stand-in for OVH's consumer-key validation page, at
// <origin>/auth/?credentialToken=<token>. GET shows the application, the requested rules and a
// form; the form POSTs (application/x-www-form-urlencoded) back to the same URL:
//   validity=<seconds, 0 = unlimited>  and  action=validate | refuse  (validate by default).

// The form for a pending credential, or its current state once decided.
QByteArray form(const SandboxCredential& credential, const QString& applicationName, qint64 now);
// What the page says after a POST: validated (with the expiry), refused, or the reason nothing
// changed. `redirection` (may be empty) is offered as a "Continue" link, never followed itself.
QByteArray outcome(const QString& title, const QString& message, const QString& redirection);

} // namespace Ovh::ValidationPage
