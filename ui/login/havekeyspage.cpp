#include "login/havekeyspage.h"

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

HaveKeysPage::HaveKeysPage(const QString& endpointName, QWidget* parent)
    : QWidget(parent)
    , m_appKey(new QLineEdit(this))
    , m_appSecret(new QLineEdit(this))
    , m_consumerKey(new QLineEdit(this))
    , m_checkButton(new QPushButton(tr("Ch&eck"), this))
    , m_checkStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("haveKeysPage"));
    m_appKey->setObjectName(QStringLiteral("keysAppKey"));
    m_appSecret->setObjectName(QStringLiteral("keysAppSecret"));
    m_consumerKey->setObjectName(QStringLiteral("keysConsumerKey"));
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setToolTip(tr("Ask %1 what these keys may do").arg(endpointName));
    m_checkStatus->setObjectName(QStringLiteral("checkStatus"));
    setUpCheckStatus(m_checkStatus);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Application &key:"), m_appKey);
    addSecretRow(form, tr("Application secre&t:"), m_appSecret);
    addSecretRow(form, tr("&Consumer key:"), m_consumerKey);
    addCheckRow(form, m_checkButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Enter the keys of an application and a consumer key you already have (from "
           "ovh.conf, or from the page that creates them). They are checked with %1 before "
           "they are saved.")
            .arg(endpointName),
        this));
    layout->addLayout(form);
    layout->addWidget(m_checkStatus);
    layout->addStretch(1);
}

Credentials HaveKeysPage::credentials() const
{
    Credentials credentials;
    credentials.applicationKey = m_appKey->text().trimmed();
    credentials.applicationSecret = m_appSecret->text().trimmed();
    credentials.consumerKey = m_consumerKey->text().trimmed();
    return credentials;
}

} // namespace Ovh
