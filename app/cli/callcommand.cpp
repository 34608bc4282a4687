#include "cli/callcommand.h"

#include "auth/accountstore.h"
#include "auth/oauth2token.h"
#include "auth/oauth2tokens.h"
#include "base/jsontext.h"
#include "base/ownedjob.h"
#include "cli/allpagesoutput.h"
#include "cli/csvoutput.h"
#include "cli/expandoutput.h"
#include "history/historyrecorder.h"
#include "history/historystore.h"
#include "net/apiclient.h"
#include "net/serverclock.h"
#include "results/objectflattener.h"
#include "schema/detailoperation.h"
#include "session/accountsession.h"
#include "session/callsession.h"
#include "session/explorerservices.h"
#include "text/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Ovh::Cli {

namespace {

const QString paramOption = QStringLiteral("param");
const QString bodyOption = QStringLiteral("body");
const QString noCheckOption = QStringLiteral("no-check");
const QString appKeyOption = QStringLiteral("app-key");
const QString appSecretOption = QStringLiteral("app-secret");
const QString consumerKeyOption = QStringLiteral("consumer-key");
const QString profileOption = QStringLiteral("profile");
const QString configOption = QStringLiteral("config"); // SchemaLoadingCommand's
const QString noHistoryOption = QStringLiteral("no-history");
const QString allPagesOption = QStringLiteral("all-pages");
const QString csvOption = QStringLiteral("csv");
const QString clientIdOption = QStringLiteral("client-id");
const QString clientSecretOption = QStringLiteral("client-secret");
const QString tokenUrlOption = QStringLiteral("token-url");
const QString expandOption = QStringLiteral("expand");
const QString concurrencyOption = QStringLiteral("concurrency");

QJsonValue errorJson(const CallResult& result)
{
    if (result.isSuccess())
        return QJsonValue::Null;
    QJsonObject object;
    if (!result.error.errorCode.isEmpty())
        object.insert(QStringLiteral("errorCode"), result.error.errorCode);
    if (!result.error.httpCode.isEmpty())
        object.insert(QStringLiteral("httpCode"), result.error.httpCode);
    if (!result.error.errorClass.isEmpty())
        object.insert(QStringLiteral("class"), result.error.errorClass);
    if (!result.error.details.isEmpty())
        object.insert(QStringLiteral("details"), result.error.details);
    object.insert(QStringLiteral("message"),
        result.error.message.isEmpty() ? result.errorString : result.error.message);
    if (result.failure != CallResult::Failure::None)
        object.insert(QStringLiteral("kind"), failureName(result.failure));
    return object;
}

bool stdoutIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdout)) != 0;
#else
    return false;
#endif
}

} // namespace

bool productMayContain(const QString& productPath, const QString& path)
{
    return path == productPath
        || (path.startsWith(productPath) && path.at(productPath.size()) == QLatin1Char('/'));
}

QString readParameterArguments(const QStringList& arguments, CallValues& values)
{
    for (const QString& argument : arguments) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return QStringLiteral("-p '%1': expected name=value").arg(argument);
        values.addText(argument.left(equals), argument.mid(equals + 1));
    }
    return QString();
}

const Operation* findOperation(const SchemaSet& schema, HttpMethod method, const QString& path,
    const Product** product, QString* error)
{
    QStringList allowed;
    for (const Product& candidate : schema.products) {
        for (const ApiPath& apiPath : candidate.paths) {
            if (apiPath.path != path)
                continue;
            for (const Operation& operation : apiPath.operations) {
                if (operation.method == method) {
                    *product = &candidate;
                    return &operation;
                }
                allowed << httpMethodName(operation.method);
            }
        }
    }
    if (allowed.isEmpty())
        *error = QStringLiteral("no operation %1 %2 in the schema of this endpoint (paths are "
                                "templates such as /domain/zone/{zoneName}/record)")
                     .arg(httpMethodName(method), path);
    else
        *error = QStringLiteral("%1 is not allowed on %2 (it takes %3)")
                     .arg(httpMethodName(method), path, allowed.join(QLatin1String(", ")));
    return nullptr;
}

RequestCommand::RequestCommand(ExplorerServices* services, QObject* parent)
    : SchemaLoadingCommand(services, parent)
{ }

AccountStore* RequestCommand::accounts() const
{
    return services()->account()->accounts();
}

void RequestCommand::addRequestOptions(QCommandLineParser& parser, const QString& profileHelp)
{
    parser.addOption({ profileOption, profileHelp, QStringLiteral("NAME") });
    parser.addOption({ { QStringLiteral("p"), paramOption },
        QStringLiteral("A path, query or body value by name, typed by the schema; "
                       "name=<json> for arrays and models; repeat for each."),
        QStringLiteral("name=value") });
    parser.addOption({ bodyOption,
        QStringLiteral("The whole JSON body, checked against the schema like -p (every problem "
                       "is listed, nothing is sent), then sent as written."),
        QStringLiteral("JSON") });
    parser.addOption({ noCheckOption,
        QStringLiteral("Send --body without checking it against the schema (for the day the "
                       "schema is wrong); it must still be JSON without duplicate keys.") });
}

QString RequestCommand::checkRequestArguments(
    const QCommandLineParser& parser, SchemaRepository::Options& options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageLine();
    m_method = httpMethodFromName(positional.at(0));
    if (m_method == HttpMethod::Unknown)
        return QStringLiteral("unknown method '%1' (GET, POST, PUT or DELETE)")
            .arg(positional.at(0));
    m_path = positional.at(1);
    if (!m_path.startsWith(QLatin1Char('/')))
        return QStringLiteral("PATH must start with '/': '%1'").arg(m_path);
    m_pathBranch = takeBranchPrefix(&m_path);
    const QString error = readParameterArguments(parser.values(paramOption), m_values);
    if (!error.isEmpty())
        return error;
    if (parser.isSet(bodyOption))
        m_values.setRawBody(parser.value(bodyOption));
    if (parser.isSet(noCheckOption)) {
        if (!parser.isSet(bodyOption))
            return QStringLiteral("--no-check applies to --body, which is not given");
        m_values.setCheckRawBody(false);
    }
    if (parser.isSet(profileOption)) {
        m_profile = parser.value(profileOption);
        if (!ProfileStore::isValidName(m_profile))
            return QStringLiteral("--profile: '%1' is not a valid name").arg(m_profile);
        if (parser.isSet(configOption))
            return QStringLiteral("--profile and --config both say where the credentials are: "
                                  "give one of them");
        // Checked here, before anything is loaded or sent; the secrets are read later.
        const ProfileStore& profiles = accounts()->profiles();
        const QString account = endpoint().displayName();
        if (!profiles.profile(account, m_profile)) {
            QStringList names;
            for (const Profile& profile : profiles.profiles(account))
                names << profile.name;
            return QStringLiteral("--profile: no profile '%1' for %2 (%3)")
                .arg(m_profile, account,
                    names.isEmpty()
                        ? QStringLiteral("none saved; create one with 'ovh-explorer-cli login'")
                        : QStringLiteral("saved: ") + names.join(QStringLiteral(", ")));
        }
    }
    const QString path = m_path;
    options.productFilter
        = [path](const QString& product) { return productMayContain(product, path); };
    return QString();
}

std::optional<CallRequest> RequestCommand::buildRequest(
    const SchemaSet& schema, const QString& outcome, int* exitCode)
{
    if (schema.source == SchemaSource::None) {
        for (const Diagnostic& diagnostic : schema.diagnostics)
            printErr(diagnostic.message + QLatin1Char('\n'));
        printErr(QStringLiteral("no schema for %1: %2\n").arg(endpoint().displayName(), outcome));
        *exitCode = Failure;
        return std::nullopt;
    }
    const Product* product = nullptr;
    QString error;
    const Operation* operation = findOperation(schema, m_method, m_path, &product, &error);
    if (!operation) {
        printErr(error + QLatin1String("; ") + outcome + QLatin1Char('\n'));
        *exitCode = Usage;
        return std::nullopt;
    }
    CallErrors errors;
    CallRequest request = buildCallRequest(*product, *operation, m_values, &errors);
    if (!errors.isEmpty()) {
        for (const CallError& callError : std::as_const(errors))
            printErr(callError.toString() + QLatin1Char('\n'));
        printErr(outcome + QLatin1Char('\n'));
        *exitCode = Usage;
        return std::nullopt;
    }
    return request;
}

CallCommand::CallCommand(ExplorerServices* services, QObject* parent)
    : RequestCommand(services, parent)
{ }

QString CallCommand::usageLine() const
{
    return QStringLiteral("usage: call METHOD PATH [-p name=value]... [--body JSON]");
}

void CallCommand::addOptions(QCommandLineParser& parser)
{
    addRequestOptions(parser,
        QStringLiteral("Sign with this saved profile of the endpoint (see login). Explicit "
                       "values win: --app-key/--app-secret/--consumer-key, --config FILE or "
                       "--profile NAME, then the OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, "
                       "OVH_CONSUMER_KEY, OVH_CLIENT_ID and OVH_CLIENT_SECRET variables (with "
                       "ovh.conf for what they leave unset); otherwise the endpoint's current "
                       "profile; otherwise ovh.conf."));
    parser.addOption({ appKeyOption, QStringLiteral("Application key."), QStringLiteral("K") });
    parser.addOption(
        { appSecretOption, QStringLiteral("Application secret."), QStringLiteral("S") });
    parser.addOption({ consumerKeyOption, QStringLiteral("Consumer key."), QStringLiteral("C") });
    // An OAuth2 service account: a bearer token instead of the signature.
    parser.addOption({ clientIdOption,
        QStringLiteral("OAuth2 client id of a service account; with --client-secret, calls carry "
                       "a bearer token instead of a signature (a service account wins over "
                       "application keys)."),
        QStringLiteral("ID") });
    parser.addOption(
        { clientSecretOption, QStringLiteral("OAuth2 client secret."), QStringLiteral("SECRET") });
    parser.addOption({ tokenUrlOption,
        QStringLiteral("Where the service account gets its token (default: the region's token "
                       "URL; on a custom endpoint, /auth/oauth2/token on its host)."),
        QStringLiteral("URL") });
    // Read before parsing, by callFromHistory(): listed here for --help.
    parser.addOption({ QStringLiteral("from-history"),
        QStringLiteral("Send call ID of the history again (see history), with the current "
                       "credentials; --endpoint, -p and --body given too override its own."),
        QStringLiteral("ID") });
    parser.addOption(
        { noHistoryOption, QStringLiteral("Do not record this call in the history.") });
    // --all-pages (v2 cursor pagination)
    parser.addOption({ allPagesOption,
        QStringLiteral("GET every page of a paged v2 list (X-Pagination-Cursor-Next) and print "
                       "them as one JSON array; a 429 waits for its Retry-After.") });
    // --csv (issue 13): an answer that is an array of objects as CSV, columns in the model's order.
    parser.addOption({ csvOption,
        QStringLiteral("Print an answer that is an array of objects as CSV (RFC 4180, a header "
                       "row, nested properties as dotted columns, arrays as JSON text; text "
                       "starting with = + - @ gets a leading ' against spreadsheet formulas).") });
    parser.addOption({ expandOption,
        QStringLiteral("For a GET that answers a list of ids: fetch the detail of every id "
                       "(GET PATH/{id}) and print them as one JSON array, in the ids' order. "
                       "Failures go to stderr (exit 1), the others are still printed.") });
    parser.addOption({ concurrencyOption,
        QStringLiteral("With --expand: detail calls in flight at once (1 to %1, default %2).")
            .arg(FetchAll::Settings::MaxConcurrency)
            .arg(FetchAll::Settings::DefaultConcurrency),
        QStringLiteral("N") });
}

void CallCommand::addCredentialOverrides(
    const QCommandLineParser& parser, Credentials& credentials) const
{
    credentials.applicationKey = parser.value(appKeyOption);
    credentials.applicationSecret = parser.value(appSecretOption);
    credentials.consumerKey = parser.value(consumerKeyOption);
    credentials.clientId = parser.value(clientIdOption);
    credentials.clientSecret = parser.value(clientSecretOption);
}

QString CallCommand::checkOptions(
    const QCommandLineParser& parser, SchemaRepository::Options& options)
{
    const QString error = checkRequestArguments(parser, options);
    if (!error.isEmpty())
        return error;
    addCredentialOverrides(parser, m_flags);
    if (parser.isSet(tokenUrlOption)) {
        m_tokenUrl = QUrl(parser.value(tokenUrlOption), QUrl::StrictMode);
        if (const QString problem = OAuth2::tokenUrlProblem(m_tokenUrl); !problem.isEmpty())
            return QStringLiteral("--token-url: %1").arg(problem);
    }
    if (parser.isSet(noHistoryOption))
        m_recorder = nullptr;
    m_allPages = parser.isSet(allPagesOption);
    if (m_allPages
        && parser.positionalArguments().value(0).compare(QLatin1String("GET"), Qt::CaseInsensitive)
            != 0)
        return QStringLiteral("--all-pages reads a list: it takes GET only");
    m_csv = parser.isSet(csvOption);
    if (m_csv && jsonOutput())
        return QStringLiteral("--csv and --json both say how to print the answer: give one");
    m_expand = parser.isSet(expandOption);
    m_concurrency = FetchAll::Settings::DefaultConcurrency;
    if (parser.isSet(concurrencyOption)) {
        bool ok = false;
        m_concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > FetchAll::Settings::MaxConcurrency)
            return QStringLiteral("--concurrency takes a number from 1 to %1")
                .arg(FetchAll::Settings::MaxConcurrency);
        if (!m_expand)
            return QStringLiteral("--concurrency applies to --expand, which is not given");
    }
    // OVH_* keys are set on purpose, like flags (python-ovh users rely on them): they win over
    // the current profile (CredentialPrecedence). --profile NAME still wins over them.
    m_precedence.namedProfile = !profileName().isEmpty();
    m_precedence.explicitKeys = !m_flags.isEmpty() || parser.isSet(configOption);
    for (const CredentialField field : allCredentialFields) {
        m_precedence.environmentKeys = m_precedence.environmentKeys
            || resolved().origin(field).kind == ValueOrigin::Kind::Environment;
    }
    return QString();
}

int CallCommand::onSchemaLoaded(const SchemaSet& schema)
{
    int exitCode = Failure;
    const std::optional<CallRequest> built
        = buildRequest(schema, QStringLiteral("nothing sent"), &exitCode);
    if (!built)
        return exitCode;
    m_request = *built;
    if (m_csv) {
        const Product* product = nullptr;
        QString ignored;
        if (const Operation* operation
            = findOperation(schema, m_request.method, m_request.pathTemplate, &product, &ignored))
            m_csvColumns = modelColumns(*product, operation->responseType);
    }
    m_operationName = m_request.methodName() + QLatin1Char(' ') + requestPath();
    if (m_expand) {
        const Product* product = nullptr;
        QString error;
        const Operation* operation
            = findOperation(schema, m_request.method, requestPath(), &product, &error);
        if (!operation || !detailOperationOf(*product, *operation)) {
            printErr(QStringLiteral("--expand: %1 does not answer a list of ids with a detail "
                                    "operation (GET %2/{id}); nothing sent\n")
                         .arg(m_operationName, requestPath()));
            return Usage;
        }
        m_expandProduct = *product;
        m_expandOperation = *operation;
    }
    // A public call needs no keychain, unless --profile asked for one.
    const QString account = endpoint().displayName();
    m_precedence.currentProfile
        = !m_request.noAuthentication && accounts()->profiles().current(account).has_value();
    const CredentialPrecedence::Source source = CredentialPrecedence::choose(m_precedence);
    if (CredentialPrecedence::readsProfile(source)) {
        useAccount(source == CredentialPrecedence::Source::NamedProfile
                ? accounts()->load(account, profileName())
                : accounts()->resolve(account, services()->account()->config()));
        return Pending;
    }
    return proceed(resolved().credentials, resolvedSource());
}

std::function<QString(CredentialField)> CallCommand::resolvedSource() const
{
    return [this](CredentialField field) { return resolved().origin(field).describe(); };
}

void CallCommand::useAccount(AccountJob* job)
{
    adoptJob(this, job, &AccountJob::finished);
    connect(job, &AccountJob::finished, this, &CallCommand::onAccountLoaded);
}

void CallCommand::onAccountLoaded(const AccountResult& result)
{
    const bool fromProfile
        = !profileName().isEmpty() || result.source.kind == CredentialSource::Kind::Profile;
    if (!fromProfile) { // no current profile: ovh.conf and OVH_* as resolved at start
        const int code = proceed(resolved().credentials, resolvedSource());
        if (code != Pending)
            emit finished(code);
        return;
    }
    const QString which
        = QStringLiteral("profile '%1' of %2").arg(result.profile.name, endpoint().displayName());
    switch (result.status) {
    case AccountResult::Status::Ok:
        break;
    case AccountResult::Status::NotFound:
        printErr(QStringLiteral("error: %1: %2\nLog in again (ovh-explorer-cli login --profile "
                                "%3) or give the credentials with --config FILE; nothing sent\n")
                     .arg(which, result.errorString, result.profile.name));
        emit finished(Usage);
        return;
    case AccountResult::Status::KeychainUnavailable:
        printErr(QStringLiteral("error: the secrets of %1 are in the keychain, which cannot be "
                                "read: %2\nWithout a keychain, give the credentials with --config "
                                "FILE (an ovh.conf, mode 0600) or --app-key, --app-secret and "
                                "--consumer-key; nothing sent\n")
                     .arg(which, result.errorString));
        emit finished(Failure);
        return;
    case AccountResult::Status::Failed:
        printErr(QStringLiteral("error: %1: %2\nGive the credentials with --config FILE instead; "
                                "nothing sent\n")
                     .arg(which, result.errorString));
        emit finished(Failure);
        return;
    }
    if (!result.warning.isEmpty())
        printErr(QStringLiteral("warning: %1\n").arg(result.warning));
    m_signingProfile = result.profile.name;
    Credentials credentials = result.credentials;
    for (const CredentialField field : allCredentialFields) {
        if (!m_flags.value(field).isEmpty())
            credentials.setValue(field, m_flags.value(field));
    }
    const QString where = QStringLiteral("%1 (%2)").arg(which,
        result.profile.configFile.isEmpty() ? QStringLiteral("keychain")
                                            : result.profile.configFile);
    const int code = proceed(credentials, [this, where](CredentialField field) {
        return m_flags.value(field).isEmpty() ? where : QStringLiteral("command line");
    });
    if (code != Pending)
        emit finished(code);
}

int CallCommand::proceed(
    const Credentials& credentials, const std::function<QString(CredentialField)>& sourceOf)
{
    // Keys travel as header values: a line break in one would add a header of its own.
    const QString invalid = credentials.invalidValue(sourceOf);
    if (!invalid.isEmpty()) {
        printErr(QStringLiteral("error: %1; nothing sent\n").arg(invalid));
        return Usage;
    }
    if (!m_request.noAuthentication && !credentials.isComplete()) {
        printErr(QStringLiteral("%1 needs credentials: %2 (give --app-key, --app-secret and "
                                "--consumer-key, or --client-id and --client-secret, "
                                "--profile NAME, the OVH_* environment "
                                "variables, or an ovh.conf; or log in: ovh-explorer-cli login); "
                                "nothing sent\n")
                     .arg(m_operationName, credentials.missing()));
        return Usage;
    }
    services()->clock()->setTimeout(10000); // then the local clock, leaving time for the call
    ApiCall::Settings settings;
    settings.timeoutMs = timeoutMs();
    settings.deadline = deadline();
    services()->client()->setSettings(settings);
    if (!m_tokenUrl.isEmpty())
        services()->tokens()->setTokenUrl(endpoint(), m_tokenUrl);
    // Signed with the server's time, as the wrappers do; the local clock if it cannot be had.
    CallSession* session = services()->calls();
    session->setAccount(endpoint(), credentials);
    connect(session, &CallSession::clockUnavailable, this, [this](const QString& message) {
        printErr(
            QStringLiteral("warning: server time unavailable (%1); signing with the local clock\n")
                .arg(displayText(message)));
    });
    if (m_recorder && m_recorder->store()->isOpen()) {
        // The limits the window keeps: a history fed only by scripts stays bounded too.
        if (m_historySettings) {
            m_recorder->setPruneEvery(1);
            m_recorder->applySettings(*m_historySettings);
        }
        m_recorder->watch(session, [this] { return m_signingProfile; });
    } else if (m_recorder)
        printErr(QStringLiteral("warning: %1\n").arg(m_recorder->store()->errorString()));
    if (m_allPages) {
        auto* pages = new AllPagesOutput(session, m_request, jsonOutput(), this);
        connect(pages, &AllPagesOutput::finished, this, &CallCommand::finished);
        pages->start();
        return Pending;
    }
    connect(session, &CallSession::finished, this, &CallCommand::report);
    m_sentWith = credentials;
    session->start(m_request);
    return Pending;
}

bool CallCommand::expand(const CallResult& result)
{
    if (!m_expand || !result.isSuccess() || !m_expandProduct)
        return false;
    const FetchAllPlan plan
        = FetchAllPlan::of(*m_expandProduct, m_expandOperation, m_request, result.json);
    if (!plan.isValid()) {
        printErr(QStringLiteral("--expand: %1\n").arg(plan.error));
        emit finished(Failure);
        return true;
    }
    auto* run = new ExpandRun(services()->client(), endpoint(), m_sentWith, this);
    connect(run, &ExpandRun::fetched, this, [this](const ObjectRows& rows, int failed) {
        if (!m_csv) {
            printOut(QString::fromUtf8(expandedJson(rows, jsonOutput())));
            emit finished(failed > 0 ? Failure : Success);
            return;
        }
        // The columns of the detail's model: the list itself answers bare ids.
        const DetailOperation detail = *detailOperationOf(*m_expandProduct, m_expandOperation);
        const Operation& target
            = m_expandProduct->paths.at(detail.path).operations.at(detail.operation);
        const CsvOutput csv = rowsCsv(rows, modelColumns(*m_expandProduct, target.responseType));
        if (!csv.error.isEmpty()) {
            printErr(QStringLiteral("error: %1\n").arg(csv.error));
            emit finished(Failure);
            return;
        }
        printOut(QString::fromUtf8(csv.csv));
        emit finished(failed > 0 ? Failure : Success);
    });
    run->start(plan, m_concurrency);
    return true;
}

void CallCommand::report(const CallResult& result)
{
    if (expand(result))
        return;
    if (jsonOutput()) {
        QJsonObject headers;
        for (const auto& [name, value] : result.headers)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        const QJsonObject request {
            { QStringLiteral("method"), QString::fromLatin1(result.request.method) },
            { QStringLiteral("url"), QString::fromLatin1(result.request.url) },
            { QStringLiteral("body"),
                result.request.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : parseJsonValue(result.request.body) },
        };
        const QJsonObject object {
            { QStringLiteral("request"), request },
            { QStringLiteral("status"), result.status },
            { QStringLiteral("elapsed_ms"), result.elapsedMs },
            { QStringLiteral("query_id"),
                result.queryId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(result.queryId) },
            { QStringLiteral("headers"), headers },
            { QStringLiteral("body"),
                result.json.isUndefined() ? QJsonValue(QJsonValue::Null) : result.json },
            { QStringLiteral("error"), errorJson(result) },
        };
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    } else {
        CsvOutput csv;
        if (m_csv && result.isSuccess()) {
            csv = answerCsv(result.json, m_csvColumns);
            printOut(QString::fromUtf8(csv.csv));
        } else if (!result.json.isUndefined()) {
            printOut(QString::fromUtf8(indentedJson(result.json)) + QLatin1Char('\n'));
        } else if (!result.body.isEmpty()) {
            // Not JSON: on a terminal, escape what could drive it; into a pipe, the bytes.
            const QString body = QString::fromUtf8(result.body);
            printOut((stdoutIsTerminal() ? terminalSafe(body, LineBreaks::Keep) : body)
                + QLatin1Char('\n'));
        }
        QString status = result.status
            ? QStringLiteral("HTTP %1 %2").arg(result.status).arg(displayText(result.reason))
            : QStringLiteral("no answer");
        status += QStringLiteral(" in %1 ms").arg(result.elapsedMs);
        if (!result.queryId.isEmpty())
            status += QStringLiteral(", query id %1").arg(displayText(result.queryId));
        printErr(status + QLatin1Char('\n'));
        if (!result.isSuccess())
            printErr(QStringLiteral("error: %1\n").arg(displayText(result.errorString)));
        if (!csv.error.isEmpty()) {
            printErr(QStringLiteral("error: %1\n").arg(csv.error));
            emit finished(Failure);
            return;
        }
    }
    emit finished(result.isSuccess() ? Success : Failure);
}

} // namespace Ovh::Cli
