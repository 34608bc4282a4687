#pragma once

#include "cli/schemacommands.h"
#include "call/callrequest.h"
#include "call/callvalues.h"
#include "net/apiclient.h"
#include "net/callresult.h"
#include "schema/schema.h"

#include <optional>

namespace Ovh {
class ServerClock;
}

namespace Ovh::Cli {

// The shared part of the commands that take METHOD PATH [-p name=value]... [--body JSON]
// (`call`, `snippet`): reads those arguments, loads only the product that can hold PATH, finds
// the operation and builds the CallRequest, printing what is wrong when it cannot.
class RequestCommand : public SchemaLoadingCommand
{
    Q_OBJECT

public:
    using SchemaLoadingCommand::SchemaLoadingCommand;

protected:
    QString positionalSyntax() const override { return QStringLiteral("METHOD PATH"); }
    // "usage: call METHOD PATH [-p name=value]... [--body JSON]", printed on a wrong count.
    virtual QString usageLine() const = 0;
    // Adds -p and --body.
    void addRequestOptions(QCommandLineParser& parser);
    // Reads METHOD, PATH, -p and --body, and restricts loading to PATH's product; returns an
    // error for a person, or empty.
    QString checkRequestArguments(const QCommandLineParser& parser, SchemaRepository::Options& options);
    // The request for the loaded schema. Without one, prints why followed by `outcome`
    // ("nothing sent"), sets `exitCode` and returns nullopt.
    std::optional<CallRequest> buildRequest(const SchemaSet& schema, const QString& outcome, int* exitCode);
    const QString& requestPath() const { return m_path; }

private:
    HttpMethod m_method = HttpMethod::Unknown;
    QString m_path;
    CallValues m_values;
};

// call METHOD PATH [-p name=value]... [--body JSON]: validates against the schema, signs with
// the server's time, sends, prints the answer.
class CallCommand final : public RequestCommand
{
    Q_OBJECT

public:
    CallCommand(QNetworkAccessManager* nam, QObject* parent);

protected:
    void addOptions(QCommandLineParser& parser) override;
    QString usageLine() const override;
    QString checkOptions(const QCommandLineParser& parser, SchemaRepository::Options& options) override;
    void addCredentialOverrides(const QCommandLineParser& parser, Credentials& credentials) const override;
    int onSchemaLoaded(const SchemaSet& schema) override;

private:
    void send();
    void report(const CallResult& result);

    int m_timeoutMs = 30000;
    HttpCall m_call;
    ServerClock* m_clock = nullptr;
    ApiClient* m_client = nullptr;
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
