#include "window/firststarthint.h"

#include "look/messagebar.h"
#include "settings/explorersettings.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Ovh {

FirstStartHint::FirstStartHint(ExplorerSettings* settings, bool firstStart, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_firstStart(firstStart)
{
    setObjectName(QStringLiteral("firstStartHint"));
    auto* text = new MessageBar(MessageBar::Kind::Info, this);
    text->setObjectName(QStringLiteral("firstStartHintText"));
    text->setText(tr("New here? Try any call on the Sandbox, a local copy of the API with demo "
                     "data, no account needed. To call your own services, log in: the "
                     "explorer gets the keys for you."));
    auto* sandbox = new QPushButton(tr("Open the &Sandbox"), this);
    sandbox->setObjectName(QStringLiteral("firstStartSandbox"));
    auto* login = new QPushButton(tr("&Log In\u2026"), this);
    login->setObjectName(QStringLiteral("firstStartLogin"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("firstStartDismiss"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Do not show this again"));
    close->setAccessibleName(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(sandbox, 0, Qt::AlignVCenter);
    layout->addWidget(login, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignVCenter);

    connect(sandbox, &QPushButton::clicked, this, [this] {
        dismiss();
        emit sandboxRequested();
    });
    connect(login, &QPushButton::clicked, this, [this] {
        dismiss();
        emit loginRequested();
    });
    connect(close, &QToolButton::clicked, this, &FirstStartHint::dismiss);
    hide();
}

void FirstStartHint::accountResolved(const CredentialSource& source)
{
    setVisible(m_firstStart && !m_settings->firstStartHintDismissed()
        && source.kind == CredentialSource::Kind::None);
}

void FirstStartHint::dismiss()
{
    m_settings->setFirstStartHintDismissed(true);
    m_settings->sync();
    hide();
}

} // namespace Ovh
