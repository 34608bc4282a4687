#include "login/serviceaccountpage.h"

#include "login/loginwidgets.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ovh {

using LoginWidgets::addCheckRow;
using LoginWidgets::addSecretRow;
using LoginWidgets::setUpCheckStatus;
using LoginWidgets::wrappedLabel;

ServiceAccountPage::ServiceAccountPage(
    const QString& endpointName, const QUrl& tokenUrl, QWidget* parent)
    : QWidget(parent)
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("Chec&k"), this))
    , m_checkStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("serviceAccountPage"));
    m_clientId->setObjectName(QStringLiteral("serviceClientId"));
    m_clientSecret->setObjectName(QStringLiteral("serviceClientSecret"));
    m_checkButton->setObjectName(QStringLiteral("serviceCheckButton"));
    m_checkButton->setToolTip(tr("Ask for a token with this client ID and secret"));
    m_checkStatus->setObjectName(QStringLiteral("serviceCheckStatus"));
    setUpCheckStatus(m_checkStatus);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Client &ID:"), m_clientId);
    addSecretRow(form, tr("Client s&ecret:"), m_clientSecret);
    addCheckRow(form, m_checkButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("A service account (OAuth2 client credentials) signs nothing: each call carries a "
           "bearer token, asked for with the client ID and secret and renewed before it "
           "expires. Its rights are the IAM policies of the account."),
        this));
    layout->addWidget(wrappedLabel(tokenUrl.isEmpty()
            ? tr("%1 has no service accounts: they exist on ovh-eu, ovh-ca and ovh-us.")
                  .arg(endpointName)
            : tr("Tokens come from %1; the token itself is kept in memory only.")
                  .arg(tokenUrl.toDisplayString()),
        this));
    layout->addLayout(form);
    layout->addWidget(m_checkStatus);
    layout->addStretch(1);
    setEnabled(!tokenUrl.isEmpty());
}

Credentials ServiceAccountPage::credentials() const
{
    Credentials credentials;
    credentials.clientId = m_clientId->text().trimmed();
    credentials.clientSecret = m_clientSecret->text().trimmed();
    return credentials;
}

bool ServiceAccountPage::isFilled() const
{
    const Credentials given = credentials();
    return !given.clientId.isEmpty() && !given.clientSecret.isEmpty();
}

} // namespace Ovh
