#pragma once

#include <QKeySequence>
#include <QString>

namespace Ovh {

// A key or chord as Qt names it in the user's language ("Ctrl+Enter", "Ctrl+Entrée"), for the
// sentences that say which key to press: a translated sentence never spells a key itself.
inline QString keyText(QKeyCombination keys)
{
    return QKeySequence(keys).toString(QKeySequence::NativeText);
}

} // namespace Ovh
