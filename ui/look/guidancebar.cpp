#include "look/guidancebar.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Ovh {

GuidanceBar::GuidanceBar(
    const QString& objectName, const QString& textName, const QString& buttonName, QWidget* parent)
    : QWidget(parent)
    , m_text(new MessageBar(MessageBar::Kind::Warning, this))
    , m_button(new QPushButton(this))
{
    setObjectName(objectName);
    m_text->setObjectName(textName);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_button->setObjectName(buttonName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &GuidanceBar::activated);
    hide();
}

void GuidanceBar::showGuidance(const QString& text, const QString& action, MessageBar::Kind kind)
{
    m_text->setKind(kind);
    m_text->setText(text);
    m_button->setText(action);
    m_button->setVisible(!action.isEmpty());
    setVisible(!text.isEmpty());
}

void GuidanceBar::clear()
{
    m_text->clear();
    m_button->setText(QString());
    hide();
}

QString GuidanceBar::text() const
{
    return m_text->text();
}

MessageBar::Kind GuidanceBar::kind() const
{
    return m_text->kind();
}

} // namespace Ovh
