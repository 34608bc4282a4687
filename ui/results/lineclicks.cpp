#include "results/lineclicks.h"

#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Ovh {

LineClicks::LineClicks(QPlainTextEdit* view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

bool LineClicks::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::MouseButtonRelease || watched != m_viewport)
        return QObject::eventFilter(watched, event);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton || m_view->textCursor().hasSelection())
        return QObject::eventFilter(watched, event);
    const QTextCursor at = m_view->cursorForPosition(mouse->position().toPoint());
    const QString text = at.block().text();
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    qsizetype last = text.size();
    while (last > first && text.at(last - 1).isSpace())
        --last;
    const int column = at.positionInBlock();
    // The cursor nearest a click past the text is its end: that counts only up to the text.
    const bool onText = column >= first && column <= last && first < last
        && (column < last || mouse->position().x() <= m_view->cursorRect(at).x() + 1);
    if (onText)
        emit lineClicked(at.blockNumber(), mouse->modifiers().testFlag(Qt::ControlModifier));
    return QObject::eventFilter(watched, event);
}

} // namespace Ovh
