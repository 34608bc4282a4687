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
//
// login --client-id ID --client-secret-stdin [--endpoint E] [--profile NAME]
// An OAuth2 service account instead: the client secret is read from the standard input (never
// from the command line, which other users can read), a token is asked to check them, and the
// profile is saved with the secret in the keychain only.
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
    int parseServiceAccount(const QCommandLineParser& parser);
    void requestAccess();
    // The service account: a token is issued for it, then it is saved as the profile.
    void checkServiceAccount();
    void storeServiceAccount();
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
    Credentials m_serviceAccount; // client id and secret; empty for a consumer-key login
    QString m_configFile;
    QString m_profile;
    int m_lastReport = -1;
};

} // namespace Ovh::Cli
