#include "window/customendpointbar.h"

#include "look/messagebar.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ovh {

CustomEndpointBar::CustomEndpointBar(QWidget* parent)
    : QFrame(parent)
    , m_edit(new QLineEdit(this))
    , m_useButton(new QPushButton(tr("Use"), this))
    , m_error(new MessageBar(MessageBar::Kind::Error, this))
{
    setObjectName(QStringLiteral("customEndpointBar"));
    setFrameShape(QFrame::StyledPanel);
    m_edit->setObjectName(QStringLiteral("customEndpointEdit"));
    m_edit->setAccessibleName(tr("Custom endpoint URL"));
    m_edit->setPlaceholderText(QStringLiteral("https://eu.api.ovh.com/1.0"));
    m_useButton->setObjectName(QStringLiteral("customEndpointUse"));
    m_useButton->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_error->setObjectName(QStringLiteral("customEndpointError"));
    m_error->setVisible(false);

    auto* label = new QLabel(tr("API base &URL:"), this);
    label->setBuddy(m_edit);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_edit, 0, 1);
    layout->addWidget(m_useButton, 0, 2);
    layout->addWidget(cancel, 0, 3);
    layout->addWidget(m_error, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_useButton, &QPushButton::clicked, this, &CustomEndpointBar::apply);
    connect(m_edit, &QLineEdit::returnPressed, this, &CustomEndpointBar::apply);
    connect(m_edit, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(cancel, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void CustomEndpointBar::open(const QString& text)
{
    if (!text.isEmpty())
        m_edit->setText(text);
    m_error->hide();
    show();
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void CustomEndpointBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

void CustomEndpointBar::apply()
{
    QString error;
    const auto endpoint = Endpoint::fromUserText(m_edit->text(), &error);
    if (!endpoint) {
        // The reason comes from core, in English; it names the exact problem.
        m_error->showMessage(tr("Not a usable endpoint: %1").arg(error), MessageBar::Kind::Error);
        m_edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    hide();
    emit accepted(*endpoint);
}

} // namespace Ovh
