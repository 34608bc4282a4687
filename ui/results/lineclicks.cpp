#include "results/lineclicks.h"

#include "results/jsonline.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Ovh {

LineClicks::LineClicks(QPlainTextEdit* view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_view->installEventFilter(this);
    m_viewport->installEventFilter(this);
    m_viewport->setMouseTracking(true); // a hand over the links
    m_textCursor = m_viewport->cursor();
}

void LineClicks::setLinkTest(std::function<bool(QStringView line)> isLink)
{
    m_isLink = std::move(isLink);
    m_viewport->setCursor(m_textCursor);
}

bool LineClicks::isLinkLine(int line) const
{
    const QTextBlock block = m_view->document()->findBlockByNumber(line);
    return m_isLink && block.isValid() && m_isLink(block.text());
}

int LineClicks::linkLineAt(const QPoint& position) const
{
    if (!m_isLink)
        return -1;
    const QTextCursor at = m_view->cursorForPosition(position);
    const QString text = at.block().text();
    if (!m_isLink(text))
        return -1;
    const JsonLine line = readJsonLine(text);
    const int column = at.positionInBlock();
    // The cursor nearest a point past the text is its end: that counts only up to the text.
    const bool onValue = column >= line.valueStart && column <= line.valueEnd
        && (column < line.valueEnd || position.x() <= m_view->cursorRect(at).x() + 1);
    return onValue ? at.blockNumber() : -1;
}

bool LineClicks::isFollowKey(const QKeyEvent* event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    return enter && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)
        && isLinkLine(m_view->textCursor().blockNumber());
}

bool LineClicks::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!isFollowKey(key))
            return QObject::eventFilter(watched, event);
        event->accept(); // a ShortcutOverride accepted: the key comes here, not to Execute
        if (event->type() == QEvent::KeyPress) {
            emit lineClicked(
                m_view->textCursor().blockNumber(), key->modifiers().testFlag(Qt::ControlModifier));
        }
        return true;
    }
    if (watched != m_viewport)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::MouseMove) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->buttons() == Qt::NoButton && linkLineAt(mouse->position().toPoint()) >= 0)
            m_viewport->setCursor(Qt::PointingHandCursor);
        else
            m_viewport->setCursor(m_textCursor);
    } else if (event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton
        && !m_view->textCursor().hasSelection()) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const int line = linkLineAt(mouse->position().toPoint());
        if (line >= 0)
            emit lineClicked(line, mouse->modifiers().testFlag(Qt::ControlModifier));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Ovh
