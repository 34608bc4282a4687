#pragma once

#include "auth/accountstore.h"
#include "auth/profilestore.h"
#include "auth/secretstore.h" // AccountStore's QPointer<SecretStore> needs the full type

#include <QList>
#include <QString>
#include <QToolButton>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace Ovh {

// The main toolbar's account: which keys the current endpoint uses ("Account: acme",
// "ovh.conf", "Sandbox demo keys", "Not logged in") and a menu to switch between them, log in
// and out, look at the credential, import, export or remove an account. It only asks (a name, a
// file, a confirmation) and forwards the intent: the window does the work.
class AccountButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountButton)

public:
    // What the window knows after each resolution. Never holds a secret.
    struct State
    {
        QString endpoint; // Endpoint::displayName()
        QList<Profile> profiles; // the endpoint's profiles
        QString currentProfile; // the endpoint's chosen profile; empty when none
        CredentialSource source; // where the keys in use came from
        bool resolving = false; // reading the keychain
        bool canSign = false; // the keys in use can sign calls (a consumer key is there)
        bool keyRefused = false; // the API answered INVALID_CREDENTIAL to the last call
        bool configHasKeys = false; // ovh.conf files or OVH_* variables hold keys for it
        bool demoAvailable = false; // the sandbox: its demo keys
        bool accountsAvailable = true; // profiles can be saved (an AccountStore exists)
    };

    explicit AccountButton(QWidget* parent = nullptr);

    void setState(const State& state);
    const State& state() const { return m_state; }

signals:
    void menuAboutToShow(); // a chance to refresh the state before the menu shows
    void profileChosen(const QString& name);
    void configChosen(); // use ovh.conf / the environment: no profile for this endpoint
    void demoChosen(); // the sandbox's demo keys
    void loginRequested();
    void currentCredentialRequested();
    void logoutRequested(); // already confirmed
    void importRequested(const QString& profileName);
    void exportRequested(const QString& path); // already warned
    void removeRequested(const QString& profileName); // already confirmed

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildMenu();
    void updateLook();
    void confirmLogout();
    void askImportName();
    void askExportFile();
    void confirmExport(const QString& path);
    void confirmRemove();
    QString accountName() const;

    State m_state;
    QMenu* m_menu;
};

} // namespace Ovh
