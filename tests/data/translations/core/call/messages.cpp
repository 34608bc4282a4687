// Planted for core_translations_broken: one message in the catalogue, one missing from it, and
// a tr() lupdate cannot give a context.
#include <QCoreApplication>

namespace Ovh {

QString listed()
{
    return QCoreApplication::translate("Ovh::Call", "in the catalogue");
}

QString unlisted()
{
    return QCoreApplication::translate("Ovh::Call", "missing from the catalogue");
}

QString tr(const char* text);

QString contextless()
{
    return tr("without a context");
}

} // namespace Ovh
