#include "login/loginstorage.h"

#include "auth/accountstore.h"
#include "auth/secretstore.h"
#include "base/ownedjob.h"
#include "login/loginwidgets.h"
#include "look/messagebar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Ovh {

namespace {

QString defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/ovh-api-explorer/ovh.conf");
}

} // namespace

LoginStorage::LoginStorage(AccountStore* accounts, const QString& endpointName,
    const QString& profileName, QWidget* parent)
    : QGroupBox(tr("Account"), parent)
    , m_accounts(accounts)
    , m_endpointName(endpointName)
{
    QWidget* box = this;
    setObjectName(QStringLiteral("storageBox"));
    m_profileName = new QComboBox(box);
    m_profileName->setObjectName(QStringLiteral("profileName"));
    m_profileName->setEditable(true);
    m_profileName->setInsertPolicy(QComboBox::NoInsert);
    m_profileName->setToolTip(tr("A name for these keys, to switch between accounts"));
    QString initial = profileName;
    if (m_accounts) {
        for (const Profile& profile : m_accounts->profiles().profiles(endpointName))
            m_profileName->addItem(profile.name);
        if (initial.isEmpty())
            initial = m_accounts->profiles().currentName(endpointName);
    }
    if (initial.isEmpty())
        initial = ProfileStore::defaultName();
    m_profileName->setCurrentText(initial);

    m_keychainChoice = new QRadioButton(tr("the system keychai&n"), box);
    m_keychainChoice->setObjectName(QStringLiteral("keychainChoice"));
    m_fileChoice = new QRadioButton(tr("an ovh.conf file readable only by &me (mode 0600):"), box);
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_storageGroup = new QButtonGroup(box);
    m_storageGroup->addButton(m_keychainChoice, 0);
    m_storageGroup->addButton(m_fileChoice, 1);
    m_keychainChoice->setChecked(true);
    m_filePath = new QLineEdit(defaultConfigFile(), box);
    m_filePath->setObjectName(QStringLiteral("configFilePath"));
    m_filePath->setAccessibleName(tr("ovh.conf file"));
    m_browseButton = new QPushButton(tr("&Browse…"), box);
    m_browseButton->setObjectName(QStringLiteral("browseConfigButton"));
    m_browseButton->setAutoDefault(false);
    m_keychainWarning = new MessageBar(MessageBar::Kind::Warning, box);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->hide();

    auto* fileLine = new QHBoxLayout;
    fileLine->addWidget(m_filePath, 1);
    fileLine->addWidget(m_browseButton);
    auto* where = new QVBoxLayout;
    where->addWidget(m_keychainChoice);
    where->addWidget(m_fileChoice);
    where->addLayout(fileLine);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* profileLabel = new QLabel(tr("Pro&file:"), box);
    profileLabel->setBuddy(m_profileName);
    form->addRow(profileLabel, m_profileName);
    auto* whereLabel = new QLabel(tr("Keep the secrets in:"), box);
    form->addRow(whereLabel, where);
    form->addRow(m_keychainWarning);
    whereLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    connect(m_filePath, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    connect(m_browseButton, &QPushButton::clicked, this, [this] {
        auto* chooser = new QFileDialog(
            this, tr("Keep the secrets in"), LoginWidgets::expandHome(m_filePath->text()));
        chooser->setAcceptMode(QFileDialog::AcceptSave);
        chooser->setFileMode(QFileDialog::AnyFile);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& file) {
            m_filePath->setText(QDir::toNativeSeparators(file));
            m_fileChoice->setChecked(true);
        });
        chooser->open();
    });
    connect(m_filePath, &QLineEdit::textChanged, this, &LoginStorage::changed);
    connect(m_profileName, &QComboBox::currentTextChanged, this, &LoginStorage::changed);
    connect(m_profileName, &QComboBox::currentTextChanged, this, &LoginStorage::applyChosenProfile);
    connect(m_storageGroup, &QButtonGroup::idToggled, this, &LoginStorage::changed);
}

void LoginStorage::probeKeychain()
{
    SecretStore* secrets = m_accounts ? m_accounts->secrets() : nullptr;
    if (!secrets) {
        setKeychainUnavailable(tr("no keychain service"));
        return;
    }
    m_keychain = Keychain::Probing;
    SecretJob* job = adoptJob(this, secrets->probe(), &SecretJob::finished);
    connect(job, &SecretJob::finished, this, [this](const SecretResult& result) {
        if (result.isOk() || result.status == SecretResult::Status::NotFound) {
            m_keychain = Keychain::Available;
            emit changed();
        } else {
            setKeychainUnavailable(result.errorString);
        }
    });
}

void LoginStorage::setKeychainUnavailable(const QString& reason)
{
    m_keychain = Keychain::Unavailable;
    // Never pick the file for the user: the choice to keep secrets in a file is theirs.
    if (m_keychainChoice->isChecked()) {
        m_storageGroup->setExclusive(false);
        m_keychainChoice->setChecked(false);
        m_storageGroup->setExclusive(true);
    }
    m_keychainChoice->setEnabled(false);
    QString text = tr("No system keychain is available here");
    if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(reason);
    text += tr(". To save the keys, choose the ovh.conf file below (only you can read it), or set "
               "up a keychain (Secret Service, KWallet) and log in again.");
    m_keychainWarning->showMessage(text, MessageBar::Kind::Warning);
    emit changed();
}

void LoginStorage::applyChosenProfile()
{
    if (!m_accounts)
        return;
    const std::optional<Profile> existing
        = m_accounts->profiles().profile(m_endpointName, m_profileName->currentText().trimmed());
    if (!existing)
        return;
    if (!existing->usesKeychain()) {
        m_filePath->setText(existing->configFile);
        m_fileChoice->setChecked(true);
    }
    emit existingProfileChosen(*existing);
}

QString LoginStorage::problem() const
{
    if (!ProfileStore::isValidName(m_profileName->currentText().trimmed()))
        return tr("Give the profile a name (up to 64 characters, no '/').");
    if (m_fileChoice->isChecked()) {
        if (m_filePath->text().trimmed().isEmpty())
            return tr("Choose the ovh.conf file to keep the secrets in.");
        return QString();
    }
    if (m_keychainChoice->isChecked() && m_keychain != Keychain::Unavailable)
        return QString();
    return tr("Choose where to keep the secrets.");
}

void LoginStorage::setBusy(bool busy)
{
    m_profileName->setEnabled(!busy);
    m_fileChoice->setEnabled(!busy);
    m_keychainChoice->setEnabled(!busy && m_keychain != Keychain::Unavailable);
    m_filePath->setEnabled(!busy);
    m_browseButton->setEnabled(!busy);
}

Profile LoginStorage::profile(const QString& applicationKey) const
{
    Profile profile;
    profile.name = m_profileName->currentText().trimmed();
    profile.endpoint = m_endpointName;
    profile.applicationKey = applicationKey;
    if (m_fileChoice->isChecked())
        profile.configFile
            = QDir::cleanPath(LoginWidgets::expandHome(m_filePath->text().trimmed()));
    return profile;
}

} // namespace Ovh
