#include "window/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Ovh {

bool installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/ovh-explorer_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace Ovh
