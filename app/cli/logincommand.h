#pragma once

#include "auth/credentialrequest.h"
#include "cli/clicommand.h"

#include <QCommandLineParser>

namespace Ovh {
class AccountStore;
class ExplorerServices;
} // namespace Ovh

namespace Ovh::Cli {

// login --endpoint E --app-key K --app-secret S --rights 'GET /*' [--rights ...]...
//       [--store keychain|file] [--config FILE] [--profile NAME] [--timeout SECONDS]
// Requests a consumer key with exactly those rights, prints "validation URL: <url>" on a line
// of its own, polls until the key is validated, refused or expired or the time is up, and
// stores it through AccountStore: in the OS keychain (profile NAME of the endpoint; the
// application key goes to the profile list) or, as an explicit choice, in the ovh.conf given
// by --config (mode 0600, section = Endpoint::displayName(), recorded as profile NAME too). The
// profile becomes the endpoint's current one, which `call` then uses when given no credentials.
// Exit 0 once stored; 1 when refused, expired, timed out or not stored; 2 on bad usage.
// Never prints a secret.
class LoginCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginCommand)

public:
    // `services` (the CLI's, made once by CliApplication) outlive the command.
    LoginCommand(ExplorerServices* services, QObject* parent);
    int start(const QStringList& arguments) override;

private:
    enum class Store : quint8 { Keychain, File };

    int parse(const QStringList& arguments);
    void requestAccess();
    void onFinished(const CredentialRequestResult& result);
    // Saves the validated key as the profile, in the keychain or in --config's file.
    void store(const CredentialRequestResult& result);
    AccountStore* accounts() const;
    void done(int exitCode);

    ExplorerServices* m_services;
    CredentialRequest* m_request = nullptr; // child

    Endpoint m_endpoint;
    Credentials m_application;
    CredentialRequestSpec m_spec;
    CredentialRequest::Options m_options;
    Store m_store = Store::Keychain;
    QString m_configFile;
    QString m_profile;
    int m_lastReport = -1;
};

} // namespace Ovh::Cli
