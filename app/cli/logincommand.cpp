#include "cli/logincommand.h"

#include "auth/accountstore.h"
#include "auth/oauth2token.h"
#include "auth/oauth2tokens.h"
#include "auth/ovhconfig.h"
#include "auth/profilestore.h"
#include "auth/secretstore.h"
#include "base/ownedjob.h"
#include "net/serverclock.h"
#include "session/accountsession.h"
#include "session/explorerservices.h"
#include "text/displaytext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTimer>

namespace Ovh::Cli {

namespace {

const QString endpointOption = QStringLiteral("endpoint");
const QString appKeyOption = QStringLiteral("app-key");
const QString appSecretOption = QStringLiteral("app-secret");
const QString rightsOption = QStringLiteral("rights");
const QString allowedIpOption = QStringLiteral("allowed-ip");
const QString redirectionOption = QStringLiteral("redirection");
const QString storeOption = QStringLiteral("store");
const QString configOption = QStringLiteral("config");
const QString profileOption = QStringLiteral("profile");
const QString timeoutOption = QStringLiteral("timeout");
const QString intervalOption = QStringLiteral("interval");
const QString clientIdOption = QStringLiteral("client-id");
const QString clientSecretStdinOption = QStringLiteral("client-secret-stdin");

QString expiryText(const CredentialRequestResult& result)
{
    if (!result.info || !result.info->hasExpiry())
        return QStringLiteral("no expiry");
    return QStringLiteral("expires %1").arg(result.info->expiration.toString(Qt::ISODate));
}

// The endpoint `resolved` names; nothing, and why in `message`, when it names none.
std::optional<Endpoint> resolvedEndpoint(const ResolvedCredentials& resolved, QString* message)
{
    QString error;
    const auto endpoint = Endpoint::fromUserText(resolved.endpoint, &error);
    if (!endpoint)
        *message
            = QStringLiteral("endpoint (%1): %2").arg(resolved.endpointOrigin.describe(), error);
    return endpoint;
}

} // namespace

LoginCommand::LoginCommand(ExplorerServices* services, QObject* parent)
    : Command(parent)
    , m_services(services)
{ }

AccountStore* LoginCommand::accounts() const
{
    return m_services->account()->accounts();
}

int LoginCommand::start(const QStringList& arguments)
{
    const int code = parse(arguments);
    if (code != Pending)
        return code;

    if (m_serviceAccount.hasOAuth2()) {
        QTimer::singleShot(0, this, &LoginCommand::checkServiceAccount);
        return Pending;
    }
    // Measured while the person validates in the browser: the first poll need not wait.
    m_services->clock()->sync(m_endpoint);

    if (m_store == Store::Keychain) {
        // Fail before the user validates anything when the key could not be kept.
        SecretJob* probe = adoptJob(this, accounts()->secrets()->probe(), &SecretJob::finished);
        connect(probe, &SecretJob::finished, this, [this](const SecretResult& result) {
            if (!result.isOk()) {
                printErr(QStringLiteral("error: %1\n").arg(result.errorString));
                if (result.isUnavailable()) {
                    printErr(QStringLiteral("To keep the consumer key in a file instead, readable "
                                            "by you only (mode 0600), choose it explicitly: "
                                            "--store file --config FILE\n"));
                }
                done(Failure);
                return;
            }
            requestAccess();
        });
    } else {
        QTimer::singleShot(0, this, &LoginCommand::requestAccess);
    }
    return Pending;
}

int LoginCommand::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Requests a consumer key with the given rights, waits for its validation in a browser "
        "and stores it. With --client-id: saves an OAuth2 service account instead."));
    parser.addHelpOption();
    parser.addOption({ endpointOption,
        QStringLiteral("ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, "
                       "soyoustart-ca, or a base URL (default: $OVH_ENDPOINT or ovh-eu)."),
        QStringLiteral("E") });
    parser.addOption({ appKeyOption,
        QStringLiteral("Application key (default: ovh.conf or $OVH_APPLICATION_KEY)."),
        QStringLiteral("K") });
    parser.addOption({ appSecretOption,
        QStringLiteral("Application secret (default: ovh.conf or $OVH_APPLICATION_SECRET)."),
        QStringLiteral("S") });
    parser.addOption({ rightsOption,
        QStringLiteral("A right to request, 'METHOD /path' with * wildcards, e.g. 'GET /*' or "
                       "'POST /domain/*'. Repeat for several."),
        QStringLiteral("RULE") });
    parser.addOption(
        { allowedIpOption, QStringLiteral("Only accept the key from this IP block (repeatable)."),
            QStringLiteral("IP") });
    parser.addOption({ redirectionOption,
        QStringLiteral("Where the validation page sends the browser afterwards."),
        QStringLiteral("URL") });
    parser.addOption({ storeOption,
        QStringLiteral("keychain (default): the OS keychain; file: the ovh.conf given by "
                       "--config, written readable by you only (mode 0600)."),
        QStringLiteral("keychain|file"), QStringLiteral("keychain") });
    parser.addOption({ configOption,
        QStringLiteral("The ovh.conf to read the application from and, with --store file, to "
                       "write the consumer key to."),
        QStringLiteral("FILE") });
    parser.addOption({ profileOption,
        QStringLiteral("The profile to save (default: default); it becomes the endpoint's "
                       "current one, used by call when no credentials are given."),
        QStringLiteral("NAME"), ProfileStore::defaultName() });
    parser.addOption(
        { timeoutOption, QStringLiteral("How long to wait for the validation (default: 600)."),
            QStringLiteral("SECONDS"), QStringLiteral("600") });
    parser.addOption(
        { intervalOption, QStringLiteral("Seconds between two status checks (default: 3)."),
            QStringLiteral("SECONDS"), QStringLiteral("3") });
    parser.addOption({ clientIdOption,
        QStringLiteral("An OAuth2 service account's client id: saves it as the profile instead "
                       "of requesting a consumer key (with --client-secret-stdin)."),
        QStringLiteral("ID") });
    parser.addOption({ clientSecretStdinOption,
        QStringLiteral("Read the service account's client secret from the standard input (one "
                       "line); it is kept in the keychain only.") });
    if (const int code = parseCommandLine(parser, arguments); code != Pending)
        return code;
    const auto usage = [](const QString& message) {
        printErr(QStringLiteral("login: %1\n").arg(message));
        return int(Usage);
    };
    if (parser.isSet(clientIdOption) || parser.isSet(clientSecretStdinOption))
        return parseServiceAccount(parser);
    if (!parser.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const QStringList rights = parser.values(rightsOption);
    if (rights.isEmpty())
        return usage(QStringLiteral("at least one --rights 'METHOD /path' is needed, e.g. "
                                    "--rights 'GET /*'"));
    for (const QString& text : rights) {
        QString error;
        const auto rule = CredentialRule::parse(text, &error);
        if (!rule)
            return usage(QStringLiteral("--rights '%1': %2").arg(text, error));
        m_spec.rules.append(*rule);
    }
    m_spec.rules = AccessRules::normalized(m_spec.rules);
    m_spec.allowedIPs = parser.values(allowedIpOption);
    if (parser.isSet(redirectionOption)) {
        m_spec.redirection = QUrl(parser.value(redirectionOption), QUrl::StrictMode);
        if (!m_spec.redirection.isValid() || m_spec.redirection.isRelative())
            return usage(QStringLiteral("--redirection needs an absolute URL"));
    }

    const QString store = parser.value(storeOption);
    if (store == QLatin1String("keychain"))
        m_store = Store::Keychain;
    else if (store == QLatin1String("file"))
        m_store = Store::File;
    else
        return usage(QStringLiteral("--store is 'keychain' or 'file', not '%1'").arg(store));
    m_configFile = parser.value(configOption);
    if (m_store == Store::File && m_configFile.isEmpty())
        return usage(QStringLiteral("--store file writes the key in clear (mode 0600) to the "
                                    "file you name: add --config FILE"));
    m_profile = parser.value(profileOption);
    if (!ProfileStore::isValidName(m_profile))
        return usage(QStringLiteral("--profile: '%1' is not a valid name").arg(m_profile));

    bool ok = false;
    m_options.timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || m_options.timeoutSeconds <= 0)
        return usage(QStringLiteral("--timeout takes a positive number of seconds"));
    const double interval = parser.value(intervalOption).toDouble(&ok);
    if (!ok || interval < 0.05 || interval > 3600)
        return usage(QStringLiteral("--interval takes seconds between 0.05 and 3600"));
    m_options.pollIntervalMs = int(interval * 1000);

    // The application: --app-key/--app-secret over $OVH_* over the ovh.conf files.
    QStringList configFiles = OvhConfig::defaultFiles();
    if (!m_configFile.isEmpty()) {
        const bool exists = QFileInfo::exists(m_configFile);
        if (!exists && m_store != Store::File)
            return usage(QStringLiteral("--config: no file '%1'").arg(m_configFile));
        configFiles = exists ? QStringList { m_configFile } : QStringList();
    }
    CredentialOverrides overrides;
    overrides.endpoint = parser.value(endpointOption);
    overrides.credentials.applicationKey = parser.value(appKeyOption);
    overrides.credentials.applicationSecret = parser.value(appSecretOption);
    const OvhConfig config = OvhConfig::load(configFiles);
    for (const QString& warning : config.warnings())
        printErr(QStringLiteral("warning: %1\n").arg(warning));
    const ResolvedCredentials resolved
        = resolveCredentials(config, QProcessEnvironment::systemEnvironment(), overrides);
    QString error;
    const auto endpoint = resolvedEndpoint(resolved, &error);
    if (!endpoint)
        return usage(error);
    m_endpoint = *endpoint;
    m_application.applicationKey = resolved.credentials.applicationKey;
    m_application.applicationSecret = resolved.credentials.applicationSecret;
    // The application key is a header value: refused here, before anything is sent.
    const QString invalid = m_application.invalidValue(
        [&resolved](CredentialField field) { return resolved.origin(field).describe(); });
    if (!invalid.isEmpty())
        return usage(invalid);
    if (!m_application.hasApplication()) {
        return usage(QStringLiteral("an application key and secret are needed: --app-key K "
                                    "--app-secret S (or ovh.conf, $OVH_APPLICATION_KEY and "
                                    "$OVH_APPLICATION_SECRET)"));
    }
    return Pending;
}

int LoginCommand::parseServiceAccount(const QCommandLineParser& parser)
{
    const auto usage = [](const QString& message) {
        printErr(QStringLiteral("login: %1\n").arg(message));
        return int(Usage);
    };
    if (!parser.isSet(clientIdOption) || !parser.isSet(clientSecretStdinOption)) {
        return usage(QStringLiteral("a service account needs --client-id ID and "
                                    "--client-secret-stdin (the secret on the standard input)"));
    }
    for (const QString& option : { appKeyOption, appSecretOption, rightsOption, allowedIpOption,
             redirectionOption, configOption }) {
        if (parser.isSet(option))
            return usage(
                QStringLiteral("--%1 is for consumer keys, not service accounts").arg(option));
    }
    if (parser.value(storeOption) != QLatin1String("keychain"))
        return usage(QStringLiteral("a service account's secret is kept in the keychain only"));
    m_profile = parser.value(profileOption);
    if (!ProfileStore::isValidName(m_profile))
        return usage(QStringLiteral("--profile: '%1' is not a valid name").arg(m_profile));
    CredentialOverrides overrides;
    overrides.endpoint = parser.value(endpointOption);
    const ResolvedCredentials resolved
        = resolveCredentials(OvhConfig::load(OvhConfig::defaultFiles()),
            QProcessEnvironment::systemEnvironment(), overrides);
    QString error;
    const auto endpoint = resolvedEndpoint(resolved, &error);
    if (!endpoint)
        return usage(error);
    m_endpoint = *endpoint;
    if (!OAuth2::defaultTokenUrl(m_endpoint).isValid())
        return usage(QStringLiteral("%1 has no service accounts").arg(m_endpoint.displayName()));
    m_serviceAccount.clientId = parser.value(clientIdOption);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return usage(QStringLiteral("cannot read the standard input"));
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    m_serviceAccount.clientSecret = QString::fromUtf8(line);
    if (m_serviceAccount.clientSecret.isEmpty())
        return usage(QStringLiteral("no client secret on the standard input"));
    if (const QString invalid = m_serviceAccount.invalidValue(); !invalid.isEmpty())
        return usage(invalid);
    return Pending;
}

void LoginCommand::checkServiceAccount()
{
    OAuth2Tokens* tokens = m_services->tokens();
    const QString key = tokens->keyFor(m_endpoint, m_serviceAccount);
    connect(tokens, &BearerSource::answered, this,
        [this, key](const QString& answered, const QByteArray& token, const QString& error) {
            if (answered != key)
                return;
            disconnect(m_services->tokens(), &BearerSource::answered, this, nullptr);
            if (token.isEmpty()) {
                printErr(QStringLiteral("error: no token for this service account: %1; nothing "
                                        "stored\n")
                             .arg(displayText(error)));
                done(Failure);
                return;
            }
            storeServiceAccount();
        });
    tokens->fetch(m_endpoint, m_serviceAccount, QDeadlineTimer(30000));
}

void LoginCommand::storeServiceAccount()
{
    const QString account = m_endpoint.displayName();
    Profile profile { m_profile, account, QString() };
    profile.clientId = m_serviceAccount.clientId;
    AccountJob* job
        = adoptJob(this, accounts()->save(profile, m_serviceAccount), &AccountJob::finished);
    m_serviceAccount.clientSecret.clear(); // the keychain has it now, or nothing does
    connect(job, &AccountJob::finished, this, [this, account](const AccountResult& saved) {
        if (!saved.isOk()) {
            printErr(QStringLiteral("error: the service account works but could not be stored: "
                                    "%1\n")
                         .arg(saved.errorString));
            done(Failure);
            return;
        }
        printOut(QStringLiteral("service account checked (a token was issued), stored in the "
                                "keychain as profile '%1' of %2\n")
                     .arg(m_profile, account));
        if (!saved.warning.isEmpty())
            printErr(QStringLiteral("warning: %1\n").arg(saved.warning));
        done(Success);
    });
}

void LoginCommand::requestAccess()
{
    m_request = new CredentialRequest(
        m_services->client(), m_endpoint, m_application, m_spec, m_options, this);
    connect(m_request, &CredentialRequest::validationRequired, this, [this](const QUrl& url) {
        printOut(QStringLiteral("validation URL: %1\n").arg(url.toString(QUrl::FullyEncoded)));
        printErr(QStringLiteral("Open the validation URL in a browser, log in and validate the "
                                "rights (%1). Waiting up to %2 s...\n")
                     .arg(AccessRules::toText(m_spec.rules))
                     .arg(m_options.timeoutSeconds));
    });
    connect(m_request, &CredentialRequest::waiting, this, [this](int secondsLeft) {
        // A line every 30 s is enough for a terminal and a log.
        if (secondsLeft > 0 && secondsLeft % 30 == 0 && secondsLeft != m_lastReport
            && secondsLeft != m_options.timeoutSeconds) {
            m_lastReport = secondsLeft;
            printErr(
                QStringLiteral("still waiting for the validation (%1 s left)\n").arg(secondsLeft));
        }
    });
    connect(m_request, &CredentialRequest::finished, this, &LoginCommand::onFinished);
    m_request->start();
}

void LoginCommand::onFinished(const CredentialRequestResult& result)
{
    using Outcome = CredentialRequestResult::Outcome;
    switch (result.outcome) {
    case Outcome::Validated:
        store(result);
        return;
    case Outcome::Refused:
        printErr(QStringLiteral("error: the consumer-key request was refused; nothing stored\n"));
        break;
    case Outcome::Expired:
        printErr(QStringLiteral("error: the consumer key expired before it could be stored; "
                                "log in again\n"));
        break;
    case Outcome::TimedOut:
        printErr(QStringLiteral("error: timed out: the key was not validated within %1 s; "
                                "nothing stored\n")
                     .arg(m_options.timeoutSeconds));
        // The real API answers a refused key like a pending one: only a time-out shows it.
        if (result.mayHaveBeenRefused())
            printErr(QStringLiteral("If you refused it on OVHcloud's page, that is why.\n"));
        break;
    case Outcome::Cancelled:
    case Outcome::Failed:
        printErr(QStringLiteral("error: %1\n").arg(displayText(result.errorString)));
        if (!result.lastCall.queryId.isEmpty())
            printErr(QStringLiteral("query id: %1\n").arg(displayText(result.lastCall.queryId)));
        break;
    }
    done(Failure);
}

void LoginCommand::store(const CredentialRequestResult& result)
{
    const bool inFile = m_store == Store::File;
    Credentials credentials = m_application;
    credentials.consumerKey = result.consumerKey;
    // Written once, by the profile's save. In a file: section = the endpoint's display name,
    // which is what python-ovh reads for a known endpoint ("ovh-eu") and the base URL
    // otherwise; a new file also gets [default] endpoint=… so `call --config FILE` needs no
    // --endpoint.
    const QString account = m_endpoint.displayName();
    const Profile profile { m_profile, account, m_application.applicationKey,
        inFile ? QFileInfo(m_configFile).absoluteFilePath() : QString() };
    const QString expiry = expiryText(result);
    AccountJob* job
        = adoptJob(this, accounts()->save(profile, credentials, inFile), &AccountJob::finished);
    connect(job, &AccountJob::finished, this,
        [this, inFile, account, expiry](const AccountResult& saved) {
            if (!saved.isOk()) {
                printErr(inFile
                        ? QStringLiteral("error: the consumer key was validated but could not "
                                         "be written: %1\n")
                              .arg(saved.errorString)
                        : QStringLiteral("error: the consumer key was validated but could not "
                                         "be stored: %1\nRun login again with --store file "
                                         "--config FILE to keep it in a file (mode 0600).\n")
                              .arg(saved.errorString));
                done(Failure);
                return;
            }
            printOut(inFile ? QStringLiteral("consumer key validated (%1), stored in %2 [%3] "
                                             "(mode 0600) as profile '%4'\n")
                                  .arg(expiry, m_configFile, account, m_profile)
                            : QStringLiteral("consumer key validated (%1), stored in the "
                                             "keychain as profile '%2' of %3\n")
                                  .arg(expiry, m_profile, account));
            if (!saved.warning.isEmpty())
                printErr(QStringLiteral("warning: %1\n").arg(saved.warning));
            done(Success);
        });
}

void LoginCommand::done(int exitCode)
{
    emit finished(exitCode);
}

} // namespace Ovh::Cli
