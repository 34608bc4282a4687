#include "look/wraprow.h"

#include "look/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>

namespace Ovh {

WrapRow::WrapRow(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_lead(new QHBoxLayout)
    , m_tail(new FlowLayout)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // Its minimum is minimumSizeHint()'s, not the sum of the groups side by side.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_lead->setContentsMargins(0, 0, 0, 0);
    m_tail->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_lead, 1);
    m_layout->addLayout(m_tail);
    m_tail->setOneLine(true); // side by side, the lead gives way first
}

bool WrapRow::isWrapped() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

int WrapRow::widthSideBySide() const
{
    // The lead at its least (what may give way has), the buttons at their full size.
    return m_lead->minimumSize().width() + m_layout->spacing() + m_tail->sizeHint().width();
}

QSize WrapRow::minimumSizeHint() const
{
    const QSize lead = m_lead->minimumSize();
    const int width = qMax(lead.width(), m_tail->widest().width());
    if (!isWrapped())
        return { width, qMax(lead.height(), m_tail->sizeHint().height()) };
    return { width, lead.height() + m_layout->spacing() + m_tail->heightForWidth(width) };
}

bool WrapRow::event(QEvent* event)
{
    const bool done = QWidget::event(event);
    // A new width, or a group that changed (a longer status, a button added): side by side
    // again, or not.
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        arrange();
    return done;
}

void WrapRow::arrange()
{
    const QBoxLayout::Direction wanted
        = width() < widthSideBySide() ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_layout->direction() != wanted) {
        m_layout->setDirection(wanted);
        // Side by side the buttons keep one line and the lead gives way; under it they wrap.
        m_tail->setOneLine(wanted == QBoxLayout::LeftToRight);
        updateGeometry();
    }
}

} // namespace Ovh
