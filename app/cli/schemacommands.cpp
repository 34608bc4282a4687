#include "cli/schemacommands.h"

#include "schema/operationsearch.h"
#include "session/explorerservices.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Ovh::Cli {

namespace {

const QString endpointOption = QStringLiteral("endpoint");
const QString cacheDirOption = QStringLiteral("cache-dir");
const QString offlineOption = QStringLiteral("offline");
const QString jsonOption = QStringLiteral("json");
const QString filterOption = QStringLiteral("filter");
const QString timeoutOption = QStringLiteral("timeout");
const QString branchOption = QStringLiteral("branch");

const QString configOption = QStringLiteral("config");
const QString caCertOption = QStringLiteral("ca-cert");

// Trusts the PEM certificates of `file` for every request of this process, on top of the
// system's roots (never by ignoring TLS errors). Returns an error for a person, or empty.
QString trustCaCertificates(const QString& file)
{
    if (!QFileInfo(file).isReadable())
        return QStringLiteral("--ca-cert: cannot read '%1'").arg(file);
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certificates.isEmpty())
        return QStringLiteral("--ca-cert: no PEM certificate in '%1'").arg(file);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> trusted = configuration.caCertificates();
    // An empty list means the system's roots are loaded on demand; adding to it would stop
    // that, so the roots are listed explicitly.
    if (trusted.isEmpty())
        trusted = QSslConfiguration::systemCaCertificates();
    configuration.setCaCertificates(trusted + certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return QString();
}

QJsonArray diagnosticsJson(const Diagnostics& diagnostics)
{
    QJsonArray array;
    for (const Diagnostic& diagnostic : diagnostics) {
        QJsonObject object { { QStringLiteral("product"), diagnostic.product },
            { QStringLiteral("message"), diagnostic.message } };
        if (!diagnostic.location.isEmpty())
            object.insert(QStringLiteral("location"), diagnostic.location);
        array.append(object);
    }
    return array;
}

// Why a load is not a success (the exit code is 1), or empty.
QString loadError(const SchemaSet& schema)
{
    if (schema.source == SchemaSource::None)
        return QStringLiteral("no schema available for %1").arg(schema.endpoint.displayName());
    if (schema.failedProducts > 0)
        return QStringLiteral("%1 of %2 products could not be loaded")
            .arg(schema.failedProducts)
            .arg(schema.index.products.size());
    return QString();
}

QString diagnosticLine(const Diagnostic& diagnostic)
{
    QString where = diagnostic.product.isEmpty() ? QStringLiteral("index") : diagnostic.product;
    if (!diagnostic.location.isEmpty())
        where += QLatin1String(": ") + diagnostic.location;
    // Messages may quote what a server sent.
    return where + QLatin1String(": ") + displayText(diagnostic.message) + QLatin1Char('\n');
}

} // namespace

SchemaLoadingCommand::SchemaLoadingCommand(ExplorerServices* services, QObject* parent)
    : Command(parent)
    , m_services(services)
{
    connect(
        m_services->repository(), &SchemaRepository::loaded, this, [this](const SchemaSet& schema) {
            const int code = onSchemaLoaded(schema);
            if (code != Pending)
                emit finished(code);
        });
}

int SchemaLoadingCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.addHelpOption();
    parser.addOption({ endpointOption,
        QStringLiteral("ovh-eu, ovh-ca, ovh-us, kimsufi-eu, kimsufi-ca, soyoustart-eu, "
                       "soyoustart-ca, or a base URL (default: $OVH_ENDPOINT or ovh-eu)."),
        QStringLiteral("E") });
    parser.addOption({ branchOption,
        QStringLiteral("v1 or v2: the endpoint's API branch (default: the one its base URL names; "
                       "a PATH starting /v2/ or /v1/ names it too)."),
        QStringLiteral("B") });
    parser.addOption({ cacheDirOption,
        QStringLiteral("Schema cache folder (default: %1).")
            .arg(SchemaRepository::defaultCacheDir()),
        QStringLiteral("D") });
    parser.addOption({ offlineOption,
        QStringLiteral("Never touch the network: the cache, then the bundled snapshot.") });
    parser.addOption({ configOption,
        QStringLiteral("Read this ovh.conf instead of /etc/ovh.conf, ~/.ovh.conf and ./ovh.conf."),
        QStringLiteral("FILE") });
    parser.addOption({ caCertOption,
        QStringLiteral("Also trust the PEM certificates of FILE for HTTPS (a sandbox's "
                       "self-signed certificate)."),
        QStringLiteral("FILE") });
    parser.addOption({ jsonOption, QStringLiteral("Print one JSON document.") });
    parser.addOption({ timeoutOption,
        QStringLiteral("Seconds the whole command may take on the network: schema, server time "
                       "and call (default %1).")
            .arg(DefaultTimeoutSeconds),
        QStringLiteral("SECONDS") });
    addOptions(parser);
    const QString syntax = positionalSyntax();
    if (!syntax.isEmpty())
        parser.addPositionalArgument(syntax, QString());
    // Before parsing succeeds: a usage error is reported in JSON too.
    m_json = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    m_json = parser.isSet(jsonOption);
    if (const int code = parseCommandLine(parser, arguments); code != Pending)
        return code;
    if (syntax.isEmpty() && !parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    QStringList configFiles = OvhConfig::defaultFiles();
    if (parser.isSet(configOption)) {
        configFiles = QStringList { parser.value(configOption) };
        if (!QFileInfo::exists(configFiles.first()))
            return usageError(QStringLiteral("--config: no file '%1'").arg(configFiles.first()));
    }
    if (parser.isSet(caCertOption)) {
        const QString error = trustCaCertificates(parser.value(caCertOption));
        if (!error.isEmpty())
            return usageError(error);
    }
    CredentialOverrides overrides;
    overrides.endpoint = parser.value(endpointOption);
    addCredentialOverrides(parser, overrides.credentials);
    const OvhConfig config = OvhConfig::load(configFiles);
    for (const QString& warning : config.warnings())
        printErr(QStringLiteral("warning: %1\n").arg(warning));
    m_resolved = resolveCredentials(config, QProcessEnvironment::systemEnvironment(), overrides);
    QString error;
    const auto endpoint = Endpoint::fromUserText(m_resolved.endpoint, &error);
    if (!endpoint)
        return usageError(
            QStringLiteral("endpoint (%1): %2").arg(m_resolved.endpointOrigin.describe(), error));
    m_endpoint = *endpoint;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 24 * 3600) {
            return usageError(QStringLiteral("--timeout: '%1' is not a number of seconds between 0 "
                                             "and 86400")
                                  .arg(parser.value(timeoutOption)));
        }
        m_timeoutMs = qMax(1, int(seconds * 1000));
    }
    m_deadline = QDeadlineTimer(m_timeoutMs);
    SchemaRepository::Options options;
    options.cacheDir = parser.value(cacheDirOption);
    options.offline = parser.isSet(offlineOption);
    options.timeoutMs = m_timeoutMs;
    options.deadline = m_deadline;
    error = checkOptions(parser, options);
    if (!error.isEmpty())
        return usageError(error);
    error = selectBranch(parser.isSet(branchOption) ? parser.value(branchOption) : QString());
    if (!error.isEmpty())
        return usageError(error);
    m_services->repository()->setOptions(options);
    m_services->repository()->load(m_endpoint);
    return Pending;
}

QString SchemaLoadingCommand::selectBranch(const QString& option)
{
    std::optional<ApiBranch> branch;
    if (!option.isEmpty()) {
        branch = apiBranchFromName(option);
        if (!branch)
            return QStringLiteral("--branch: '%1' is neither v1 nor v2").arg(option);
    }
    if (const std::optional<ApiBranch> named = argumentBranch()) {
        if (branch && *branch != *named)
            return QStringLiteral("--branch %1 contradicts the path's /%2/")
                .arg(apiBranchName(*branch), apiBranchName(*named));
        branch = named;
    }
    if (!branch)
        return QString();
    const std::optional<Endpoint> onBranch = m_endpoint.onBranch(*branch);
    if (!onBranch)
        return QStringLiteral("%1 has no %2 branch")
            .arg(m_endpoint.displayName(), apiBranchName(*branch));
    m_endpoint = *onBranch;
    return QString();
}

void SchemaLoadingCommand::printError(const QString& message, const Diagnostics& diagnostics)
{
    const QJsonObject object { { QStringLiteral("error"), message },
        { QStringLiteral("diagnostics"), diagnosticsJson(diagnostics) } };
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
        + QLatin1Char('\n'));
}

int SchemaLoadingCommand::usageError(const QString& message) const
{
    if (m_json && printsJsonErrors())
        printError(message, {});
    else
        printErr(message + QLatin1Char('\n'));
    return Usage;
}

void SchemaCommand::addOptions(QCommandLineParser&) { }

QString SchemaCommand::checkOptions(const QCommandLineParser&, SchemaRepository::Options&)
{
    return QString();
}

int SchemaCommand::onSchemaLoaded(const SchemaSet& schema)
{
    const QString error = loadError(schema);
    if (jsonOutput()) {
        const QJsonObject object {
            { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
            { QStringLiteral("endpoint"), schema.endpoint.displayName() },
            { QStringLiteral("source"), schemaSourceName(schema.source) },
            { QStringLiteral("products"), int(schema.products.size()) },
            { QStringLiteral("paths"), schema.pathCount() },
            { QStringLiteral("operations"), schema.operationCount() },
            { QStringLiteral("models"), schema.modelCount() },
            { QStringLiteral("elapsed_ms"), schema.elapsedMs },
            { QStringLiteral("diagnostics"), diagnosticsJson(schema.diagnostics) },
        };
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    } else {
        QString text;
        text += QStringLiteral("endpoint    %1 (%2)\n")
                    .arg(schema.endpoint.displayName(), schema.endpoint.baseUrl.toString());
        text += QStringLiteral("source      %1").arg(schemaSourceName(schema.source));
        if (schema.fetchedAt.isValid())
            text += QStringLiteral(" (downloaded %1)")
                        .arg(schema.fetchedAt.toUTC().toString(Qt::ISODate));
        text += QLatin1Char('\n');
        text += QStringLiteral("products    %1 of %2\n")
                    .arg(schema.products.size())
                    .arg(schema.index.products.size());
        text += QStringLiteral("paths       %1\n").arg(schema.pathCount());
        text += QStringLiteral("operations  %1\n").arg(schema.operationCount());
        text += QStringLiteral("models      %1\n").arg(schema.modelCount());
        text += QStringLiteral("elapsed     %1 ms\n").arg(schema.elapsedMs);
        printOut(text);
        for (const Diagnostic& diagnostic : schema.diagnostics)
            printErr(diagnosticLine(diagnostic));
    }
    return error.isEmpty() ? Success : Failure;
}

void OpsCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ filterOption,
        QStringLiteral("Only operations whose path, description or parameter names contain "
                       "every word of TEXT (case-insensitive, in any order), best first. "
                       "Forgiving: singular or plural, everyday words (dns, vm, invoice, ssh "
                       "key...) and, when nothing matches as typed, typos (\"recrod\")."),
        QStringLiteral("TEXT") });
}

QString OpsCommand::checkOptions(const QCommandLineParser& parser, SchemaRepository::Options&)
{
    m_filter = parser.value(filterOption);
    return QString();
}

int OpsCommand::onSchemaLoaded(const SchemaSet& schema)
{
    if (schema.source == SchemaSource::None && jsonOutput()) {
        printError(loadError(schema), schema.diagnostics);
        return Failure;
    }
    for (const Diagnostic& diagnostic : schema.diagnostics)
        printErr(diagnosticLine(diagnostic));
    if (schema.source == SchemaSource::None)
        return Failure;
    // Filtered: best matches first, as the window's search lists them.
    const QList<OperationRef> found = OperationSearch(schema.products).find(m_filter);
    if (jsonOutput()) {
        QJsonArray array;
        for (const OperationRef& ref : found) {
            const Operation* operation = OperationSearch::resolve(schema.products, ref);
            QJsonArray parameters;
            for (const Parameter& parameter : operation->parameters) {
                parameters.append(QJsonObject {
                    { QStringLiteral("name"), parameter.name },
                    { QStringLiteral("in"), paramLocationName(parameter.location) },
                    { QStringLiteral("type"), parameter.type.displayName() },
                    { QStringLiteral("required"), parameter.required },
                });
            }
            array.append(QJsonObject {
                { QStringLiteral("method"), httpMethodName(operation->method) },
                { QStringLiteral("path"), operation->path },
                { QStringLiteral("product"), schema.products.at(ref.product).path },
                { QStringLiteral("status"), apiStatusName(operation->status.value) },
                { QStringLiteral("description"), operation->description },
                { QStringLiteral("authentication"), !operation->noAuthentication },
                { QStringLiteral("parameters"), parameters },
            });
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        for (const OperationRef& ref : found) {
            const Operation* operation = OperationSearch::resolve(schema.products, ref);
            // The schema is a server's text too: one line each, nothing that drives a terminal.
            text += httpMethodName(operation->method).leftJustified(6) + QLatin1Char(' ')
                + terminalSafe(operation->path) + QLatin1Char('\t')
                + apiStatusName(operation->status.value) + QLatin1Char('\t')
                + terminalSafe(operation->description) + QLatin1Char('\n');
        }
        printOut(text);
    }
    return schema.isComplete() ? Success : Failure;
}

} // namespace Ovh::Cli
