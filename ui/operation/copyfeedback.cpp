#include "operation/copyfeedback.h"

#include <QPushButton>
#include <QTimer>

namespace Ovh {

void showCopiedFeedback(QPushButton* button, const QString& copiedText)
{
    // One timer per button, made on the first click: it keeps the button's own text, which a
    // second click during the feedback must not take for it.
    const QString timerName = QStringLiteral("copiedFeedbackTimer");
    auto* timer = button->findChild<QTimer*>(timerName, Qt::FindDirectChildrenOnly);
    if (!timer) {
        timer = new QTimer(button);
        timer->setObjectName(timerName);
        timer->setSingleShot(true);
        timer->setInterval(kCopiedFeedbackMs);
        QObject::connect(timer, &QTimer::timeout, button,
            [button, original = button->text()] { button->setText(original); });
    }
    button->setText(copiedText);
    timer->start();
}

} // namespace Ovh
