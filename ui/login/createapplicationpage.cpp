#include "login/createapplicationpage.h"

#include "auth/applicationpages.h"
#include "login/loginwidgets.h"
#include "login/ruleeditor.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ovh {

using LoginWidgets::wrappedLabel;

CreateApplicationPage::CreateApplicationPage(const Endpoint& endpoint, bool demo, QWidget* parent)
    : QWidget(parent)
    , m_rules(new RuleEditor(this))
{
    QWidget* page = this;
    setObjectName(QStringLiteral("createPage"));
    const QUrl appPage = createApplicationPage(endpoint);
    QLabel* intro = nullptr;
    if (demo) {
        // The sandbox serves no such page: no link that leads nowhere.
        intro = wrappedLabel(
            tr("To call the API, you need an application (an application key and secret) and a "
               "consumer key that says what the application may do on your account. On a real "
               "endpoint, OVHcloud's pages create them after you log in."),
            page);
    } else {
        intro = wrappedLabel(
            tr("To call the API, you need an application (an application key and secret) and a "
               "consumer key that says what the application may do on your account. OVHcloud's "
               "page creates them after you log in: <a href=\"%1\">%2</a>.")
                .arg(appPage.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                    appPage.toString().toHtmlEscaped()),
            page);
        intro->setTextFormat(Qt::RichText);
        intro->setOpenExternalLinks(true);
        intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    }

    auto* createApp = new QPushButton(tr("Create an &application"), page);
    createApp->setObjectName(QStringLiteral("createAppButton"));
    createApp->setToolTip(
        tr("Opens %1 in the browser; then request access here").arg(appPage.toString()));
    auto* appLine = new QHBoxLayout;
    appLine->addWidget(createApp);
    appLine->addWidget(wrappedLabel(tr("then come back and use “Request access”."), page), 1);

    m_rules->setObjectName(QStringLiteral("createRuleEditor"));
    m_rules->setAllowedIPsVisible(false);
    auto* createToken = new QPushButton(tr("Create application and &key with these rights"), page);
    createToken->setObjectName(QStringLiteral("createTokenButton"));
    auto* haveKeys = new QPushButton(tr("I have my ke&ys"), page);
    haveKeys->setObjectName(QStringLiteral("haveMyKeysButton"));
    haveKeys->setToolTip(tr("Enter the keys the page gave you"));
    auto* tokenLine = new QHBoxLayout;
    tokenLine->addWidget(createToken);
    tokenLine->addStretch(1);
    tokenLine->addWidget(haveKeys);

    auto* layout = new QVBoxLayout(page);
    if (demo) {
        layout->addWidget(LoginWidgets::noteBar(
            tr("The sandbox has no pages to create an application, so these buttons are "
               "disabled: its demo application key and secret are already filled in on “I have "
               "keys” and “Request access”."),
            "createDemoNote", MessageBar::Kind::Info, page));
        createApp->setEnabled(false);
        createToken->setEnabled(false);
        m_rules->setEnabled(false); // rights for a page that does not exist
        createApp->setToolTip(tr("Not on the sandbox: its demo keys are already filled in"));
        createToken->setToolTip(createApp->toolTip());
    }
    layout->addWidget(intro);
    layout->addLayout(appLine);
    layout->addSpacing(8);
    auto* both = wrappedLabel(tr("Or create the application and its consumer key in one go, "
                                 "with these rights:"),
        page);
    layout->addWidget(both);
    layout->addWidget(m_rules, 1);
    layout->addLayout(tokenLine);

    connect(
        createApp, &QPushButton::clicked, this, [appPage] { QDesktopServices::openUrl(appPage); });
    connect(createToken, &QPushButton::clicked, this, [this, endpoint] {
        QString reason;
        if (!m_rules->isValid(&reason)) {
            emit problem(reason);
            return;
        }
        QDesktopServices::openUrl(createTokenPage(endpoint, m_rules->rules()));
    });
    if (!demo) {
        // The editor's preview says why when the rights are not valid.
        connect(m_rules, &RuleEditor::changed, this,
            [this, createToken] { createToken->setEnabled(m_rules->isValid()); });
    }
    connect(haveKeys, &QPushButton::clicked, this, &CreateApplicationPage::haveKeysRequested);
}

} // namespace Ovh
