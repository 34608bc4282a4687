#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace Ovh {

// Installs the program's translations on `app`: today the English plural forms of the
// tr("%n …") strings, which Qt only applies through a translator. False when none loaded.
bool installTranslations(QCoreApplication& app);

} // namespace Ovh
