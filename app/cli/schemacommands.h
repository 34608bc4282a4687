#pragma once

#include "auth/ovhconfig.h"
#include "cli/clicommand.h"
#include "net/schemarepository.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>

#include <optional>

namespace Ovh {
class ExplorerServices;
} // namespace Ovh

namespace Ovh::Cli {

// The options every schema-reading command shares: --endpoint, --cache-dir, --offline,
// --config, --ca-cert, --json, --timeout (one deadline for the whole command). The endpoint comes
// from --endpoint, else $OVH_ENDPOINT, else the [default] section of ovh.conf, else ovh-eu.
class SchemaLoadingCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutSeconds = 120;

    // `services` (the CLI's, made once by CliApplication) outlive the command.
    SchemaLoadingCommand(ExplorerServices* services, QObject* parent);
    int start(const QStringList& arguments) final;
    // The first line of the command's --help.
    void setDescription(const QString& text) { m_description = text; }

protected:
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // Positional arguments in the usage line ("METHOD PATH"); none when empty.
    virtual QString positionalSyntax() const { return QString(); }
    // Called once parsed, before loading; returns an error for a person, or empty.
    virtual QString checkOptions(
        const QCommandLineParser& parser, SchemaRepository::Options& options)
        = 0;
    // Credentials given on the command line, the top layer over ovh.conf and the environment.
    virtual void addCredentialOverrides(const QCommandLineParser&, Credentials&) const { }
    // Returns an exit code, or Pending to finish later with finished().
    virtual int onSchemaLoaded(const SchemaSet& schema) = 0;
    // The branch the command's own arguments name ("call GET /v2/…"), over --branch's absence.
    virtual std::optional<ApiBranch> argumentBranch() const { return std::nullopt; }
    // With --json, errors before the load are one JSON object on stdout, as printError() writes.
    virtual bool printsJsonErrors() const { return false; }
    // {"error": message, "diagnostics": [...]} on stdout.
    static void printError(const QString& message, const Diagnostics& diagnostics);

    bool jsonOutput() const { return m_json; }
    const Endpoint& endpoint() const { return m_endpoint; }
    // The configuration files and environment, for commands that need credentials.
    const ResolvedCredentials& resolved() const { return m_resolved; }
    ExplorerServices* services() const { return m_services; }
    // --timeout: everything the command does over the network ends by then.
    QDeadlineTimer deadline() const { return m_deadline; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    int usageError(const QString& message) const;
    // --branch (empty when not given) and argumentBranch() move the endpoint to that branch;
    // returns an error for a person, or empty.
    QString selectBranch(const QString& option);

    ExplorerServices* m_services;
    QString m_description;
    Endpoint m_endpoint;
    ResolvedCredentials m_resolved;
    bool m_json = false;
    int m_timeoutMs = DefaultTimeoutSeconds * 1000;
    QDeadlineTimer m_deadline;
};

// schema: loads every product and reports counts and diagnostics.
class SchemaCommand final : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    using SchemaLoadingCommand::SchemaLoadingCommand;

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString checkOptions(
        const QCommandLineParser& parser, SchemaRepository::Options& options) override;
    int onSchemaLoaded(const SchemaSet& schema) override;
    bool printsJsonErrors() const override { return true; }
};

// ops: lists operations, optionally filtered.
class OpsCommand final : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    using SchemaLoadingCommand::SchemaLoadingCommand;

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString checkOptions(
        const QCommandLineParser& parser, SchemaRepository::Options& options) override;
    int onSchemaLoaded(const SchemaSet& schema) override;
    bool printsJsonErrors() const override { return true; }

private:
    QString m_filter;
};

} // namespace Ovh::Cli
