#pragma once

#include <QCoreApplication>

namespace Ovh {

// The translation contexts of core's messages, one per folder: `CallTr::tr("…")` words a message
// of core/call. lupdate reads these names, so a message keeps its context wherever it is written
// (a free function, a lambda). Only the window installs a translator: the CLI stays English.
struct BaseTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Base)
};
struct SchemaTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Schema)
};
struct CallTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Call)
};
struct NetTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Net)
};
struct AuthTr
{
    Q_DECLARE_TR_FUNCTIONS(Ovh::Auth)
};

} // namespace Ovh
