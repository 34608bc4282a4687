#pragma once

#include "auth/profilestore.h"

#include <QGroupBox>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
QT_END_NAMESPACE

namespace Ovh {

class AccountStore;
class MessageBar;

// The login dialog's storage part: the profile name, and where its secrets go (the system
// keychain, or an ovh.conf file readable only by the person, mode 0600, which is never chosen
// for them). Probes the keychain and says when there is none.
class LoginStorage final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginStorage)

public:
    // `accounts` may be null (nothing to list, no keychain); `profileName` empty: the
    // endpoint's current profile, else "default".
    LoginStorage(AccountStore* accounts, const QString& endpointName, const QString& profileName,
        QWidget* parent = nullptr);

    // Asks the keychain whether it answers (changed() follows).
    void probeKeychain();
    void setKeychainUnavailable(const QString& reason);
    // Why the keys cannot be saved as chosen; empty when they can.
    QString problem() const;
    // The profile to save: its name, the endpoint, `applicationKey` and the file when chosen.
    Profile profile(const QString& applicationKey) const;
    void setBusy(bool busy);
    // Applies the chosen profile's location and emits existingProfileChosen when it exists.
    void applyChosenProfile();

signals:
    void changed(); // the name, the place or the keychain's state changed
    void existingProfileChosen(const Ovh::Profile& profile);

private:
    enum class Keychain : quint8 { Probing, Available, Unavailable };

    AccountStore* m_accounts;
    QString m_endpointName;
    Keychain m_keychain = Keychain::Probing;
    QComboBox* m_profileName;
    MessageBar* m_keychainWarning;
    QButtonGroup* m_storageGroup;
    QRadioButton* m_keychainChoice;
    QRadioButton* m_fileChoice;
    QLineEdit* m_filePath;
    QPushButton* m_browseButton;
};

} // namespace Ovh
