#include "login/requestaccesspage.h"

#include "login/loginwidgets.h"
#include "login/ruleeditor.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ovh {

using LoginWidgets::secretField;
using LoginWidgets::wrappedLabel;

RequestAccessPage::RequestAccessPage(bool replacingKey, bool demo, QWidget* parent)
    : QWidget(parent)
    , m_demo(demo)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("requestPage"));

    // The form.
    auto* formPage = new QWidget(m_stack);
    formPage->setObjectName(QStringLiteral("requestForm"));
    m_appKey = new QLineEdit(formPage);
    m_appKey->setObjectName(QStringLiteral("requestAppKey"));
    m_appSecret = new QLineEdit(formPage);
    m_appSecret->setObjectName(QStringLiteral("requestAppSecret"));
    m_ruleEditor = new RuleEditor(formPage);
    m_requestButton = new QPushButton(tr("Request &access"), formPage);
    m_requestButton->setObjectName(QStringLiteral("requestAccessButton"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Application &key:"), m_appKey);
    auto* asLabel = new QLabel(tr("Application secre&t:"), formPage);
    asLabel->setBuddy(m_appSecret);
    form->addRow(asLabel, secretField(m_appSecret));
    LoginWidgets::nameAfterLabel(m_appSecret, asLabel->text());
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(wrappedLabel(
        tr("Ask for a new consumer key with the rights below. Your browser opens OVHcloud's "
           "page: log in there, choose how long the key lasts and validate; this window waits "
           "and saves the key."),
        formPage));
    if (replacingKey) {
        formLayout->addWidget(
            LoginWidgets::noteBar(tr("Your current key will be revoked once the new one is "
                                     "saved; the new key has exactly the rights below — add "
                                     "any you still need."),
                "replacingKeyNote", MessageBar::Kind::Warning, formPage));
    }
    formLayout->addLayout(form);
    formLayout->addWidget(m_ruleEditor, 1);
    m_reason = wrappedLabel(QString(), formPage);
    m_reason->setObjectName(QStringLiteral("requestAccessReason"));
    m_reason->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reason->hide();
    // Its natural size, whether or not a reason stands beside it.
    m_requestButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* requestLine = new QHBoxLayout;
    requestLine->addWidget(m_reason, 1);
    requestLine->addWidget(m_requestButton);
    formLayout->addLayout(requestLine);

    // The waiting panel.
    auto* waitPage = new QWidget(m_stack);
    waitPage->setObjectName(QStringLiteral("waitingPanel"));
    m_validationLink = new QLabel(waitPage);
    m_validationLink->setObjectName(QStringLiteral("validationLink"));
    m_validationLink->setWordWrap(true);
    m_validationLink->setTextFormat(Qt::RichText);
    m_validationLink->setOpenExternalLinks(true);
    m_validationLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* openButton = new QPushButton(tr("&Open in browser"), waitPage);
    openButton->setObjectName(QStringLiteral("openBrowserButton"));
    auto* copyButton = new QPushButton(tr("Cop&y link"), waitPage);
    copyButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_countdown = new QLabel(waitPage);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_progress = new QProgressBar(waitPage);
    m_progress->setObjectName(QStringLiteral("waitProgress"));
    m_progress->setRange(0, LoginWidgets::TimeoutSeconds);
    m_progress->setTextVisible(false);
    m_waitStatus = new QLabel(waitPage);
    m_waitStatus->setObjectName(QStringLiteral("waitStatus"));
    m_waitStatus->setWordWrap(true);
    // The real API answers a refused key exactly like a pending one: only the sandbox tells.
    m_refusalHint = wrappedLabel(
        tr("If you refused the request on OVHcloud's page, press “Cancel the request”."), waitPage);
    m_refusalHint->setObjectName(QStringLiteral("refusalHint"));
    m_refusalHint->setVisible(!demo);
    m_cancelWait = new QPushButton(tr("Cancel the re&quest"), waitPage);
    m_cancelWait->setObjectName(QStringLiteral("cancelWaitButton"));
    auto* linkButtons = new QHBoxLayout;
    linkButtons->addWidget(openButton);
    linkButtons->addWidget(copyButton);
    linkButtons->addStretch(1);
    auto* cancelLine = new QHBoxLayout;
    cancelLine->addStretch(1);
    cancelLine->addWidget(m_cancelWait);
    auto* waitLayout = new QVBoxLayout(waitPage);
    waitLayout->setContentsMargins(0, 0, 0, 0);
    waitLayout->addWidget(wrappedLabel(
        tr("Validate the request in your browser: log in to OVHcloud, check the rights, choose "
           "how long the key lasts and confirm. If the page did not open, use this link:"),
        waitPage));
    waitLayout->addWidget(m_validationLink);
    waitLayout->addLayout(linkButtons);
    waitLayout->addSpacing(12);
    waitLayout->addWidget(m_countdown);
    waitLayout->addWidget(m_progress);
    waitLayout->addWidget(m_waitStatus);
    waitLayout->addSpacing(6);
    waitLayout->addWidget(m_refusalHint);
    waitLayout->addStretch(1);
    waitLayout->addLayout(cancelLine);

    m_stack->addWidget(formPage);
    m_stack->addWidget(waitPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(openButton, &QPushButton::clicked, this, [this] {
        if (m_validationUrl.isValid())
            QDesktopServices::openUrl(m_validationUrl);
    });
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (m_validationUrl.isValid())
            QGuiApplication::clipboard()->setText(m_validationUrl.toString());
    });
}

void RequestAccessPage::showForm()
{
    m_stack->setCurrentIndex(0);
}

void RequestAccessPage::showWaiting(const QString& endpointName)
{
    m_validationUrl.clear();
    m_validationLink->setText(tr("(asking %1…)").arg(endpointName));
    m_countdown->setText(QString());
    m_progress->setRange(0, LoginWidgets::TimeoutSeconds);
    m_progress->setValue(LoginWidgets::TimeoutSeconds);
    setWaitStatus(tr("Requesting a consumer key from %1…").arg(endpointName));
    m_refusalHint->setVisible(!m_demo);
    m_stack->setCurrentIndex(1);
}

void RequestAccessPage::setValidationUrl(const QUrl& url)
{
    m_validationUrl = url;
    const QString shown = url.toString(QUrl::FullyEncoded);
    m_validationLink->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(shown.toHtmlEscaped()));
}

void RequestAccessPage::setSecondsLeft(int secondsLeft)
{
    if (secondsLeft < 0) {
        m_countdown->setText(tr("Waiting for your validation…"));
        m_progress->setRange(0, 0);
        return;
    }
    m_countdown->setText(tr("Waiting for your validation… %1:%2 left")
                             .arg(secondsLeft / 60)
                             .arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
    m_progress->setValue(secondsLeft);
}

void RequestAccessPage::setWaitStatus(const QString& text)
{
    m_waitStatus->setText(text);
    m_waitStatus->setVisible(!text.isEmpty());
}

void RequestAccessPage::hideRefusalHint()
{
    m_refusalHint->hide();
}

} // namespace Ovh
