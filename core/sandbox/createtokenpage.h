#pragma once

#include "sandbox/credentialstore.h"

#include <QByteArray>
#include <QList>

namespace Ovh::CreateTokenPage {

// The sandbox's stand-in for OVH's <origin>/createToken/ (and /createApp/) pages, where the
// code tabs' "create the keys" links lead: the demo application and a consumer key with
// exactly the rights asked for (GET=/me&POST=/domain/*), already validated. The demo keys only
// open the sandbox.
QByteArray page(const QByteArray& applicationKey, const QByteArray& applicationSecret,
    const QByteArray& consumerKey, const QList<AccessRule>& rules);

} // namespace Ovh::CreateTokenPage
