#pragma once

#include "call/callrequest.h"
#include "call/callvalues.h"
#include "cli/schemacommands.h"
#include "net/callresult.h"
#include "schema/schema.h"
#include "session/credentialprecedence.h"
#include "session/fetchall.h"

#include <optional>

namespace Ovh {
class AccountJob;
class AccountStore;
class ExplorerSettings;
struct AccountResult;
class HistoryRecorder;
} // namespace Ovh

namespace Ovh::Cli {

// The shared part of the commands that take METHOD PATH [-p name=value]... [--body JSON]
// (`call`, `snippet`): reads those arguments, loads only the product that can hold PATH, finds
// the operation and builds the CallRequest, printing what is wrong when it cannot.
class RequestCommand : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    RequestCommand(ExplorerServices* services, QObject* parent);

protected:
    QString positionalSyntax() const override { return QStringLiteral("METHOD PATH"); }
    // "usage: call METHOD PATH [-p name=value]... [--body JSON]", printed on a wrong count.
    virtual QString usageLine() const = 0;
    // Adds -p, --body and --profile (described by `profileHelp`).
    void addRequestOptions(QCommandLineParser& parser, const QString& profileHelp);
    // Reads METHOD, PATH, -p, --body and --profile (which must name a saved profile of the
    // endpoint), and restricts loading to PATH's product; returns an error for a person, or
    // empty.
    QString checkRequestArguments(
        const QCommandLineParser& parser, SchemaRepository::Options& options);
    // --profile NAME; empty when not given.
    const QString& profileName() const { return m_profile; }
    // The accounts the window uses too (profiles in its settings, secrets in the keychain).
    AccountStore* accounts() const;
    // The request for the loaded schema. Without one, prints why followed by `outcome`
    // ("nothing sent"), sets `exitCode` and returns nullopt.
    std::optional<CallRequest> buildRequest(
        const SchemaSet& schema, const QString& outcome, int* exitCode);
    const QString& requestPath() const { return m_path; }
    std::optional<ApiBranch> argumentBranch() const override { return m_pathBranch; }

private:
    HttpMethod m_method = HttpMethod::Unknown;
    QString m_path;
    std::optional<ApiBranch> m_pathBranch; // "/v2/…" written in PATH (stripped from m_path)
    CallValues m_values;
    QString m_profile;
};

// call METHOD PATH [-p name=value]... [--body JSON]: validates against the schema, signs with
// the server's time, sends, prints the answer. Credentials: explicit values win (the key flags,
// --config FILE or --profile NAME, as given; then the OVH_* key variables, over ovh.conf);
// otherwise the endpoint's current profile (saved by `login` or the window); otherwise
// ovh.conf.
class CallCommand final : public RequestCommand
{
    Q_OBJECT

public:
    CallCommand(ExplorerServices* services, QObject* parent);
    // Records the call there unless --no-history (owned by the application).
    // Records into `recorder` within the history limits of `settings` (both outlive the command).
    void setRecorder(HistoryRecorder* recorder, const ExplorerSettings* settings)
    {
        m_recorder = recorder;
        m_historySettings = settings;
    }

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString usageLine() const override;
    QString checkOptions(
        const QCommandLineParser& parser, SchemaRepository::Options& options) override;
    void addCredentialOverrides(
        const QCommandLineParser& parser, Credentials& credentials) const override;
    int onSchemaLoaded(const SchemaSet& schema) override;

private:
    // Reads the profile's secrets (keychain or its file), then goes on with them.
    void useAccount(AccountJob* job);
    void onAccountLoaded(const AccountResult& result);
    // Checks the credentials are valid and complete (`sourceOf` names where each value came
    // from, for messages), then sends through the services' CallSession.
    int proceed(
        const Credentials& credentials, const std::function<QString(CredentialField)>& sourceOf);
    // Where each value of resolved() came from.
    std::function<QString(CredentialField)> resolvedSource() const;
    void report(const CallResult& result);
    // --expand after the list answered: fetches and prints the details; false when not asked.
    bool expand(const CallResult& result);

    CredentialPrecedence::Inputs m_precedence; // what was given: --profile, flags, OVH_* keys
    Credentials m_flags; // --app-key, --app-secret, --consumer-key, --client-id, --client-secret
    QUrl m_tokenUrl; // --token-url
    QString m_operationName; // "GET /me", for messages
    CallRequest m_request;
    HistoryRecorder* m_recorder = nullptr; // null with --no-history
    const ExplorerSettings* m_historySettings = nullptr;
    bool m_allPages = false; // --all-pages
    // --expand [--concurrency N]: the list's product and operation, for FetchAllPlan.
    bool m_expand = false;
    int m_concurrency = 0;
    std::optional<Product> m_expandProduct;
    Operation m_expandOperation;
    Credentials m_sentWith;
    QString m_signingProfile; // the saved profile that signs, for the history
    bool m_csv = false; // --csv
    QStringList m_csvColumns; // the answer model's columns, for --csv
};

// The operation named by METHOD and PATH in the loaded products, or an error for a person
// ("no operation GET /nope", "POST is not allowed on /me (GET, PUT)").
const Operation* findOperation(const SchemaSet& schema, HttpMethod method, const QString& path,
    const Product** product, QString* error);

// Reads `-p name=value` arguments into values; an error for a person when one has no '='.
QString readParameterArguments(const QStringList& arguments, CallValues& values);

// Products that can hold `path`: "/domain" for "/domain/zone/{zoneName}/record".
bool productMayContain(const QString& productPath, const QString& path);

} // namespace Ovh::Cli
