#include "announcer.h"

#include <QAccessible>
#include <QWidget>

namespace Ovh {

void announceStatus(QWidget* label, const QString& spoken)
{
    // setAccessibleName raises NameChanged itself, only when the name differs: the same
    // status twice in a row ("200 OK" again) is said again through the Alert.
    label->setAccessibleName(spoken);
    if (spoken.isEmpty())
        return;
    QAccessibleEvent alert(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace Ovh
