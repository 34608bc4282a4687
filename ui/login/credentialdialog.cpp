#include "login/credentialdialog.h"

#include "auth/credentialadvice.h"
#include "look/messagebar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QString dateText(const QDateTime& date)
{
    return QLocale().toString(date.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CredentialDialog::CredentialDialog(ApiClient* client, const Endpoint& endpoint,
    const Credentials& credentials, const QString& profileName, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_credentials(credentials)
    , m_message(new MessageBar(MessageBar::Kind::Error, this))
    , m_status(new QLabel(this))
    , m_creation(new QLabel(this))
    , m_expiration(new QLabel(this))
    , m_lastUse(new QLabel(this))
    , m_allowedIPs(new QLabel(this))
    , m_rules(new QListWidget(this))
    , m_advice(new MessageBar(MessageBar::Kind::Warning, this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Current credential on %1").arg(endpoint.displayName()));

    auto* intro = new QLabel(profileName.isEmpty()
            ? tr("The consumer key in use on <b>%1</b>.")
                  .arg(endpoint.displayName().toHtmlEscaped())
            : tr("The consumer key of profile <b>%1</b> on <b>%2</b>.")
                  .arg(profileName.toHtmlEscaped(), endpoint.displayName().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_message->setObjectName(QStringLiteral("credentialMessage"));
    m_message->hide();
    m_advice->setObjectName(QStringLiteral("credentialAdvice"));
    m_advice->hide();

    const std::pair<QLabel*, const char*> fields[] = { { m_status, "credentialStatus" },
        { m_creation, "credentialCreation" }, { m_expiration, "credentialExpiration" },
        { m_lastUse, "credentialLastUse" }, { m_allowedIPs, "credentialAllowedIps" } };
    for (const auto& [label, name] : fields) {
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        label->setText(tr("…"));
    }
    m_rules->setObjectName(QStringLiteral("credentialRules"));
    m_rules->setAccessibleName(tr("Rights"));
    m_rules->setSelectionMode(QAbstractItemView::NoSelection);
    m_rules->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Created:"), m_creation);
    form->addRow(tr("Expires:"), m_expiration);
    form->addRow(tr("Last used:"), m_lastUse);
    form->addRow(tr("Allowed IPs:"), m_allowedIPs);
    auto* rulesLabel = new QLabel(tr("&Rights:"), this);
    rulesLabel->setBuddy(m_rules);
    form->addRow(rulesLabel, m_rules);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_requestRights = buttons->addButton(tr("Request &new rights…"), QDialogButtonBox::ActionRole);
    m_requestRights->setObjectName(QStringLiteral("requestRightsButton"));
    m_requestRights->setToolTip(tr("Log in again with other rights (a new consumer key)"));
    m_logout = buttons->addButton(tr("&Log out"), QDialogButtonBox::ActionRole);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    m_logout->setToolTip(tr("Expire this consumer key now and forget it"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form, 1);
    layout->addWidget(m_advice);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_requestRights, &QPushButton::clicked, this,
        [this] { emit requestRightsRequested(m_info ? m_info->rules : CredentialRules()); });
    connect(m_logout, &QPushButton::clicked, this, [this] { emit logoutRequested(); });
    resize(540, 420);
}

CredentialDialog::~CredentialDialog()
{
    if (m_job)
        m_job->abort();
}

QString CredentialDialog::statusText(CredentialStatus status)
{
    switch (status) {
    case CredentialStatus::Validated:
        return tr("validated");
    case CredentialStatus::PendingValidation:
        return tr("waiting for validation");
    case CredentialStatus::Refused:
        return tr("refused");
    case CredentialStatus::Expired:
        return tr("expired");
    case CredentialStatus::Unknown:
        break;
    }
    return tr("unknown", "status");
}

QString CredentialDialog::expiryText(const CredentialInfo& info, const QDateTime& now)
{
    if (!info.hasExpiry())
        return info.status == CredentialStatus::Validated ? tr("never") : tr("not set yet");
    return tr("%1 (%2)").arg(dateText(info.expiration), relativeExpiry(info, now));
}

QString CredentialDialog::relativeExpiry(const CredentialInfo& info, const QDateTime& now)
{
    const qint64 left = info.secondsLeft(now).value_or(0);
    if (left <= 0)
        return tr("expired");
    if (left < 3600)
        return tr("in %n minute(s)", nullptr, int(std::max<qint64>(1, left / 60)));
    if (left < 2 * 86400)
        return tr("in %n hour(s)", nullptr, int(left / 3600));
    return tr("in %n day(s)", nullptr, int(left / 86400));
}

void CredentialDialog::refresh()
{
    if (m_job)
        return;
    m_started = true;
    m_status->setText(tr("asking %1…").arg(m_endpoint.displayName()));
    m_message->hide();
    if (!m_client || !m_credentials.canSign()) {
        m_message->showMessage(
            tr("No complete keys to ask about: log in first."), MessageBar::Kind::Error);
        m_status->setText(statusText(CredentialStatus::Unknown));
        return;
    }
    m_job = new CurrentCredentialJob(m_client, m_endpoint, m_credentials, this);
    connect(m_job, &CurrentCredentialJob::finished, this, &CredentialDialog::onAnswered);
    m_job->start();
}

void CredentialDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_started)
        refresh();
}

void CredentialDialog::done(int result)
{
    if (m_job)
        m_job->abort();
    m_credentials = Credentials(); // no secret kept in a closed dialog
    QDialog::done(result);
}

void CredentialDialog::onAnswered(
    const CallResult& result, const std::optional<CredentialInfo>& info)
{
    if (m_job)
        m_job->deleteLater();
    m_job.clear();
    if (info) {
        showInfo(*info);
        return;
    }
    const QString text = problemText(result, m_endpoint.displayName());
    m_status->setText(statusText(CredentialStatus::Unknown));
    m_message->showMessage(text, MessageBar::Kind::Error);
}

QString CredentialDialog::problemText(const CallResult& result, const QString& endpointName)
{
    QString text;
    switch (CredentialAdvice::keyProblem(result)) {
    case CredentialAdvice::KeyProblem::UnknownApplication:
        text = tr("This application key is not known to %1.").arg(endpointName);
        break;
    case CredentialAdvice::KeyProblem::InvalidCredential:
        text = tr("This consumer key is not valid (expired, revoked or never validated): "
                  "request a new one.");
        break;
    case CredentialAdvice::KeyProblem::BadSignature:
        text = tr("The application secret does not match the application key.");
        break;
    case CredentialAdvice::KeyProblem::Unreachable:
        text = tr("Could not reach %1: %2").arg(endpointName, result.errorString);
        break;
    default:
        text = tr("%1 answered: %2")
                   .arg(endpointName,
                       result.error.isEmpty() ? result.errorString : result.error.summary());
        break;
    }
    if (!result.queryId.isEmpty())
        text += QLatin1Char(' ') + tr("(query ID %1)").arg(result.queryId);
    return text;
}

void CredentialDialog::showInfo(const CredentialInfo& info)
{
    m_info = info;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_status->setText(statusText(info.status));
    m_creation->setText(info.creation.isValid() ? dateText(info.creation) : tr("unknown", "date"));
    m_expiration->setText(expiryText(info, now));
    m_lastUse->setText(info.lastUse.isValid() ? dateText(info.lastUse) : tr("never"));
    m_allowedIPs->setText(
        info.allowedIPs.isEmpty() ? tr("any address") : info.allowedIPs.join(QLatin1String(", ")));
    m_rules->clear();
    for (const CredentialRule& rule : info.rules)
        m_rules->addItem(rule.toString());
    if (info.rules.isEmpty())
        m_rules->addItem(tr("(none)"));

    QStringList advice;
    if (CredentialAdvice::isExpired(info, now)) {
        advice.append(
            tr("This key has expired: calls are refused. Log in again to get a new one."));
    } else if (CredentialAdvice::expiresSoon(info, now)) {
        advice.append(tr("This key expires %1: log in again before then to keep working.")
                          .arg(relativeExpiry(info, now)));
    }
    const QStringList broad = CredentialAdvice::broadRights(info.rules);
    if (!broad.isEmpty()) {
        advice.append(tr("This key grants more than usually needed: with %1 it can change or "
                         "delete anything on the account. If you only read, or work on a few "
                         "services, request new rights limited to them.")
                          .arg(broad.join(QLatin1String(", "))));
    }
    m_advice->showMessage(advice.join(QLatin1Char('\n')), MessageBar::Kind::Warning);
}

} // namespace Ovh
