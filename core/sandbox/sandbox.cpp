#include "sandbox/sandbox.h"

#include "auth/credentialrequest.h"
#include "sandbox/createtokenpage.h"
#include "sandbox/demoaccount.h"
#include "sandbox/requestauthenticator.h"
#include "sandbox/requesttargettap.h"
#include "sandbox/responsesynthesizer.h"
#include "sandbox/sandboxcertificate.h"
#include "sandbox/sandboxdemo.h"
#include "sandbox/sandboxoauth2.h"
#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxschemachecker.h"
#include "sandbox/sandboxthrottle.h"
#include "sandbox/sandboxurl.h"
#include "sandbox/sandboxv2.h"
#include "sandbox/snapshotserver.h"
#include "sandbox/validationpage.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>

// Outside any namespace: the bundled snapshots live in the static core library, and only an
// explicit reference keeps the linker from dropping them.
static void initSandboxSnapshotResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(snapshots);
        return true;
    }();
    Q_UNUSED(done)
}

namespace Ovh {

Q_LOGGING_CATEGORY(lcSandbox, "ovh.sandbox")

namespace {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// The first header of that name (case-insensitive); empty when absent.
QByteArray headerValue(const HeaderList& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

// "127.0.0.1:8443" -> "127.0.0.1", "[::1]:8443" -> "[::1]"; empty when there is no port.
QByteArray hostWithoutPort(const QByteArray& host)
{
    const qsizetype colon = host.lastIndexOf(':');
    const qsizetype bracket = host.lastIndexOf(']');
    if (colon < 0 || colon < bracket)
        return QByteArray();
    return host.left(colon);
}

SandboxReply invalidUrl()
{
    return SandboxReply::clientError(404, QStringLiteral("Got an invalid (or empty) URL"));
}

} // namespace

QByteArray SandboxRequestRecord::header(const QByteArray& name) const
{
    return headerValue(headers, name);
}

Sandbox::Sandbox(const QString& snapshotDir, QObject* parent)
    : QObject(parent)
    , m_snapshotDir(snapshotDir.isEmpty() ? bundledSnapshotDir() : snapshotDir)
    , m_credentials(std::make_unique<CredentialStore>())
    , m_authenticator(std::make_unique<RequestAuthenticator>(*m_credentials))
    , m_account(std::make_unique<DemoAccount>())
    , m_oauth2(std::make_unique<SandboxTokenIssuer>())
    , m_throttle(std::make_unique<SandboxThrottle>())
    , m_snapshot(std::make_unique<SnapshotServer>(m_snapshotDir))
    , m_tap(new RequestTargetTap(this))
{
    initSandboxSnapshotResources();
    m_schema = std::make_unique<SandboxSchemaChecker>(m_snapshotDir);
    if (!m_schema->isValid())
        m_error = m_schema->errorString();
    m_snapshot->setQueryIdGenerator([this] { return m_currentQueryId; });
    connect(m_snapshot.get(), &SnapshotServer::requestServed, this,
        [this](const QString&, int status) { m_lastSnapshotStatus = status; });

    const SandboxApplication& demo = m_credentials->addApplication(SandboxDemo::applicationKey(),
        SandboxDemo::applicationSecret(), QString::fromLatin1(SandboxDemo::kApplicationName),
        SandboxDemo::kApplicationId);
    QList<AccessRule> everything;
    for (const CredentialRule& rule : AccessRules::fullAccess())
        everything.append({ rule.method, rule.path });
    m_credentials->addValidated(demo, SandboxDemo::consumerKey(), everything, now());
    setV2SnapshotDir(SandboxV2Branch::bundledSnapshotDir());
}

void Sandbox::setV2SnapshotDir(const QString& snapshotDir)
{
    m_v2.reset();
    if (snapshotDir.isEmpty())
        return;
    m_v2 = std::make_unique<SandboxV2Branch>(snapshotDir);
    m_v2->documents().setQueryIdGenerator([this] { return m_currentQueryId; });
    connect(&m_v2->documents(), &SnapshotServer::requestServed, this,
        [this](const QString&, int status) { m_lastSnapshotStatus = status; });
}

QUrl Sandbox::v2BaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(SandboxV2Branch::basePath());
    return url;
}

Sandbox::~Sandbox() = default;

QString Sandbox::bundledSnapshotDir()
{
    return QStringLiteral(":/snapshots/eu/1.0");
}

bool Sandbox::isSchemaValid() const
{
    return m_schema && m_schema->isValid();
}

qint64 Sandbox::now() const
{
    return systemUnixTime() + m_skew;
}

void Sandbox::setTimeWindow(qint64 seconds)
{
    m_authenticator->setTimeWindow(seconds);
}

void Sandbox::setAcceptPortlessSignatures(bool accept)
{
    m_authenticator->setAcceptPortlessUrl(accept);
}

void Sandbox::addApplication(const QByteArray& key, const QByteArray& secret, const QString& name)
{
    m_credentials->addApplication(key, secret, name);
}

bool Sandbox::addConsumerKey(const QByteArray& applicationKey, const QByteArray& consumerKey,
    const QList<AccessRule>& rules, qint64 validitySeconds)
{
    const SandboxApplication* application = m_credentials->application(applicationKey);
    if (!application)
        return false;
    m_credentials->addValidated(*application, consumerKey, rules, now(), validitySeconds);
    return true;
}

bool Sandbox::enableTls(QString* error)
{
    if (m_certificate) {
        m_tls = true;
        return true;
    }
    auto directory = std::make_unique<QTemporaryDir>();
    if (!directory->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder for the certificate: %1")
                      .arg(directory->errorString());
        if (error)
            *error = m_error;
        return false;
    }
    QString reason;
    auto certificate = SandboxCertificate::generate(directory->path(), &reason);
    if (!certificate) {
        m_error = reason;
        if (error)
            *error = reason;
        return false;
    }
    m_tlsDir = std::move(directory);
    m_certificate = std::make_unique<SandboxCertificate>(std::move(*certificate));
    m_tls = true;
    return true;
}

QString Sandbox::certificatePath() const
{
    return m_certificate ? m_certificate->certificatePath : QString();
}

QByteArray Sandbox::certificatePem() const
{
    return m_certificate ? m_certificate->certificatePem : QByteArray();
}

QSslCertificate Sandbox::certificate() const
{
    return m_certificate ? m_certificate->certificate : QSslCertificate();
}

bool Sandbox::listen(const QHostAddress& address, quint16 port)
{
    if (!isSchemaValid()) {
        m_error = m_schema ? m_schema->errorString() : QStringLiteral("no schema");
        return false;
    }
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder));
        });
    QTcpServer* tcp = nullptr;
    if (m_tls) {
        auto* ssl = new TappedSslServer(m_tap);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate->certificate);
        configuration.setPrivateKey(m_certificate->key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        ssl->setSslConfiguration(configuration);
        tcp = ssl;
    } else {
        tcp = new TappedTcpServer(m_tap);
    }
    if (!tcp->listen(address, port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(tcp->errorString());
        delete tcp;
        m_server.reset();
        m_port = 0;
        return false;
    }
    m_server->bind(tcp); // takes ownership
    m_port = tcp->serverPort();
    m_snapshot->setBasePath(m_basePath);
    m_snapshot->setPublicBaseUrl(baseUrl());
    if (m_v2)
        m_v2->documents().setPublicBaseUrl(v2BaseUrl());
    return true;
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(m_basePath);
    return url;
}

QByteArray Sandbox::nextQueryId()
{
    ++m_queryCounter;
    return QByteArrayLiteral("SBX.") + QByteArray::number(m_queryCounter, 16).rightJustified(8, '0')
        + '.'
        + QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
}

void Sandbox::send(
    QHttpServerResponder& responder, const SandboxReply& reply, const QByteArray& queryId)
{
    QHttpServerResponse response(
        reply.contentType, reply.body, static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers)
        response.setHeader(name, value);
    response.setHeader(QByteArrayLiteral("X-Ovh-QueryId"), queryId);
    response.write(std::move(responder));
}

void Sandbox::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    ++m_requestCount;
    const QByteArray queryId = nextQueryId();
    m_currentQueryId = queryId;

    // The request target as its bytes arrived; QUrl's normalised form only as a fallback.
    QByteArray target = m_tap->takeTarget(responder.socket());
    const QByteArray normalised = request.url().toEncoded(
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || QUrl::fromEncoded(target).path() != request.url().path()) {
        if (!target.isEmpty())
            qCWarning(lcSandbox) << "request target mismatch, using the parsed URL";
        target = normalised;
    }
    const SandboxUrl::Target parts = SandboxUrl::splitTarget(target);

    const HeaderList headers = request.headers();
    IncomingCall call;
    call.method = methodName(request.method());
    call.body = request.body();
    const QByteArray scheme = m_tls ? QByteArrayLiteral("https") : QByteArrayLiteral("http");
    QByteArray host = headerValue(headers, "Host");
    if (host.isEmpty())
        host = "127.0.0.1:" + QByteArray::number(m_port);
    const QByteArray origin = scheme + "://" + host;
    call.url = origin + target;
    if (const QByteArray bare = hostWithoutPort(host); !bare.isEmpty())
        call.portlessUrl = scheme + "://" + bare + target;
    call.applicationKey = headerValue(headers, "X-Ovh-Application");
    call.consumerKey = headerValue(headers, "X-Ovh-Consumer");
    call.timestamp = headerValue(headers, "X-Ovh-Timestamp");
    call.signature = headerValue(headers, "X-Ovh-Signature");
    call.authorization = headerValue(headers, "Authorization");
    call.remoteAddress = request.remoteAddress();

    const QByteArray& path = parts.path;
    const bool v2 = m_v2 && (path == "/v2" || path.startsWith("/v2/"));
    const QByteArray basePath = v2 ? QByteArrayLiteral("/v2") : m_basePath.toUtf8();
    SnapshotServer& documents = v2 ? m_v2->documents() : *m_snapshot;
    SandboxReply reply;
    if (path == "/auth/oauth2/token") {
        reply = m_oauth2->answer(call.method, call.authorization, call.body, now());
    } else if (path == "/auth" || path == "/auth/") {
        reply = answerValidationPage(call.method, parts.query, call.body);
    } else if (path == "/createToken/" || path == "/createApp/") {
        reply = answerCreateTokenPage(parts.query);
    } else if (path != basePath && !path.startsWith(QByteArray(basePath + '/'))) {
        reply = invalidUrl();
    } else {
        const QByteArray relative = path.mid(basePath.size());
        const bool index = relative.isEmpty() || relative == "/";
        if (call.method == "GET" && (index || relative.endsWith(".json"))) {
            // Schema documents: the snapshot server answers (ETag, 304, the rewritten index).
            m_lastSnapshotStatus = 0;
            documents.serve(request, std::move(responder));
            emit requestHandled(call.method, path, m_lastSnapshotStatus, queryId);
            return;
        }
        if (index) {
            reply = SandboxReply::clientError(405, QStringLiteral("Method not allowed"));
        } else {
            call.path = QString::fromUtf8(relative);
            call.decodedPath = SandboxUrl::decode(relative);
            SandboxRequestRecord record;
            record.method = call.method;
            record.target = target;
            record.path = call.decodedPath;
            record.query = SandboxUrl::parseQuery(parts.query);
            record.body = call.body;
            record.headers = headers;
            emit requestReceived(record);
            reply = answer(call, relative, parts.query, origin, v2, headers);
        }
    }
    send(responder, reply, queryId);
    emit requestHandled(call.method, path, reply.status, queryId);
}

SandboxReply Sandbox::answer(const IncomingCall& call, const QByteArray& rawPath,
    const QByteArray& rawQuery, const QByteArray& origin, bool v2, const HeaderList& headers)
{
    const QStringList segments = SandboxUrl::decodedSegments(rawPath);
    const SandboxUrl::QueryItems query = SandboxUrl::parseQuery(rawQuery);
    const qint64 time = now();
    const QString method = QString::fromLatin1(call.method);

    // The authentication calls, built in so they work with any snapshot.
    // The v2 branch answers the clock only (node-ovh asks it there).
    if (segments.size() == 2 && segments[0] == QLatin1String("auth")
        && (!v2 || segments[1] == QLatin1String("time"))) {
        const QString& name = segments[1];
        if (name == QLatin1String("time") && method == QLatin1String("GET"))
            return SandboxReply::json(time);
        if (name == QLatin1String("credential") && method == QLatin1String("POST"))
            return answerCredentialRequest(call, origin);
        if (name == QLatin1String("currentCredential") && method == QLatin1String("GET")) {
            const AuthResult auth
                = m_authenticator->check(call, AuthRequirement::AnyCredential, false, time);
            if (!auth.ok())
                return *auth.error;
            if (auth.credential->isUsableAt(time))
                m_credentials->touch(call.consumerKey, time);
            return SandboxReply::json(m_credentials->byConsumerKey(call.consumerKey)->toJson(time));
        }
        if (name == QLatin1String("logout") && method == QLatin1String("POST")) {
            const AuthResult auth
                = m_authenticator->check(call, AuthRequirement::Credential, false, time);
            if (!auth.ok())
                return *auth.error;
            m_credentials->expire(call.consumerKey, time);
            return SandboxReply::json(QJsonValue(QJsonValue::Null));
        }
    }

    SandboxSchemaChecker& schema = v2 ? m_v2->schema() : *m_schema;
    const SandboxSchemaChecker::Match match = schema.match(httpMethodFromName(method), segments);
    if (match.kind == SandboxSchemaChecker::Match::NotFound)
        return invalidUrl();
    if (match.kind == SandboxSchemaChecker::Match::MethodNotAllowed) {
        SandboxReply reply = SandboxReply::clientError(405,
            QStringLiteral("Method %1 is not allowed on %2 (allowed: %3)")
                .arg(method, match.templatePath, match.allowedMethods.join(QStringLiteral(", "))));
        reply.headers.append({ QByteArrayLiteral("Allow"),
            match.allowedMethods.join(QStringLiteral(", ")).toLatin1() });
        return reply;
    }

    const Operation& operation = *match.operation;
    AuthResult auth; // a service account's bearer token stands for a signature
    if (SandboxTokenIssuer::carriesBearer(call.authorization)) {
        if (auto refused = m_oauth2->check(call.authorization, time))
            return *refused;
    } else {
        auth = m_authenticator->check(call,
            operation.noAuthentication ? AuthRequirement::Application : AuthRequirement::Credential,
            true, time);
        if (!auth.ok())
            return *auth.error;
    }

    bool bodyIsJson = true;
    const QJsonValue body = SandboxSchemaChecker::parseBody(call.body, &bodyIsJson);
    if (auto problem = SandboxSchemaChecker::checkParameters(match, query, body, bodyIsJson)) {
        QJsonObject details;
        details.insert(QLatin1String("parameter"), problem->parameter);
        return SandboxReply::clientError(400, problem->message, details);
    }
    if (auth.credential)
        m_credentials->touch(call.consumerKey, time);
    if (auto refused = m_throttle->check(method, match.templatePath))
        return *refused;
    if (v2)
        return SandboxV2Branch::answer(match, headers);

    DemoAccount::Call stateCall;
    stateCall.method = operation.method;
    stateCall.templatePath = match.templatePath;
    stateCall.pathValues = match.pathValues;
    stateCall.query = query;
    stateCall.product = match.product;
    stateCall.body = body;
    if (auto reply = m_account->handle(stateCall))
        return *reply;
    return SandboxReply::json(
        ResponseSynthesizer(*match.product, match.pathValues, match.identity())
            .forOperation(operation));
}

SandboxReply Sandbox::answerCredentialRequest(const IncomingCall& call, const QByteArray& origin)
{
    const qint64 time = now();
    const AuthResult auth = m_authenticator->check(call, AuthRequirement::Application, false, time);
    if (!auth.ok())
        return *auth.error;
    const auto badRequest = [](const QString& parameter, const QString& message) {
        return SandboxReply::clientError(
            400, message, QJsonObject { { QStringLiteral("parameter"), parameter } });
    };

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badRequest(
            QStringLiteral("body"), QStringLiteral("Invalid JSON received in the request body"));
    const QJsonObject body = document.object();

    const QJsonValue rulesValue = body.value(QLatin1String("accessRules"));
    if (!rulesValue.isArray())
        return badRequest(QStringLiteral("accessRules"),
            QStringLiteral("[accessRules] Missing required parameter"));
    QList<AccessRule> rules;
    const QJsonArray rulesArray = rulesValue.toArray();
    for (qsizetype i = 0; i < rulesArray.size(); ++i) {
        const QJsonObject rule = rulesArray.at(i).toObject();
        const QString name = QStringLiteral("accessRules[%1]").arg(i);
        const QString method = rule.value(QLatin1String("method")).toString();
        const QString path = rule.value(QLatin1String("path")).toString();
        if (!AccessRules::isValidMethod(method)) {
            return badRequest(name + QStringLiteral(".method"),
                QStringLiteral("[%1.method] Given data (%2) does not belong to the "
                               "auth.HTTPMethodEnum enumeration")
                    .arg(name, method));
        }
        if (!path.startsWith(QLatin1Char('/')))
            return badRequest(name + QStringLiteral(".path"),
                QStringLiteral("[%1.path] A rule path starts with '/'").arg(name));
        rules.append({ method, path });
    }

    QStringList allowedIPs;
    const QJsonArray ips = body.value(QLatin1String("allowedIPs")).toArray();
    for (const QJsonValue& ip : ips) {
        const QString block = ip.toString();
        if (QHostAddress::parseSubnet(block).first.isNull() && QHostAddress(block).isNull())
            return badRequest(QStringLiteral("allowedIPs"),
                QStringLiteral("[allowedIPs] Given data (%1) is not a valid ipBlock").arg(block));
        allowedIPs.append(block);
    }
    const QString redirection = body.value(QLatin1String("redirection")).toString();

    const SandboxCredential& credential
        = m_credentials->request(*auth.application, rules, allowedIPs, redirection, time);
    QJsonObject answer;
    answer.insert(QLatin1String("validationUrl"),
        QString::fromUtf8(origin + "/auth/?credentialToken=" + credential.validationToken));
    answer.insert(QLatin1String("consumerKey"), QString::fromLatin1(credential.consumerKey));
    answer.insert(QLatin1String("state"), credentialStateName(credential.state));
    return SandboxReply::json(answer);
}

SandboxReply Sandbox::answerCreateTokenPage(const QByteArray& rawQuery)
{
    QList<AccessRule> rules;
    for (const auto& [method, path] : SandboxUrl::parseQuery(rawQuery)) {
        if (AccessRules::isValidMethod(method) && path.startsWith(QLatin1Char('/')))
            rules.append({ method.toUpper(), path });
    }
    QByteArray consumerKey = QByteArrayLiteral("SbxKey");
    while (consumerKey.size() < 32)
        consumerKey += QByteArray::number(QRandomGenerator::global()->generate(), 36);
    consumerKey.truncate(32);
    const SandboxApplication* demo = m_credentials->application(SandboxDemo::applicationKey());
    if (!demo)
        return SandboxReply::clientError(404, QStringLiteral("The demo application is gone"));
    m_credentials->addValidated(*demo, consumerKey, rules, now());
    return SandboxReply::html(CreateTokenPage::page(
        SandboxDemo::applicationKey(), SandboxDemo::applicationSecret(), consumerKey, rules));
}

SandboxReply Sandbox::answerValidationPage(
    const QByteArray& method, const QByteArray& rawQuery, const QByteArray& body)
{
    SandboxUrl::QueryItems fields = SandboxUrl::parseQuery(rawQuery);
    if (method == "POST")
        fields += SandboxUrl::parseQuery(body);
    const auto field = [&fields](const char* name) -> std::optional<QString> {
        for (const auto& [key, value] : fields) {
            if (key == QLatin1String(name))
                return value;
        }
        return std::nullopt;
    };
    const QByteArray token = field("credentialToken").value_or(QString()).toLatin1();
    const SandboxCredential* credential = m_credentials->byToken(token);
    if (!credential) {
        return SandboxReply::html(
            ValidationPage::outcome(QStringLiteral("Unknown request"),
                QStringLiteral("No credential request has this token."), QString()),
            404);
    }
    const qint64 time = now();
    const SandboxApplication* application = m_credentials->application(credential->applicationKey);
    const QString applicationName = application ? application->name : QString();
    if (method == "GET")
        return SandboxReply::html(ValidationPage::form(*credential, applicationName, time));
    if (method != "POST") {
        return SandboxReply::html(ValidationPage::outcome(QStringLiteral("Not allowed"),
                                      QStringLiteral("Use GET or POST."), QString()),
            405);
    }

    const CredentialState state = credential->stateAt(time);
    if (state != CredentialState::PendingValidation) {
        return SandboxReply::html(
            ValidationPage::outcome(QStringLiteral("Already decided"),
                QStringLiteral("This request is already %1.").arg(credentialStateName(state)),
                QString()),
            409);
    }
    if (field("action").value_or(QString()) == QLatin1String("refuse")) {
        m_credentials->refuse(token);
        return SandboxReply::html(ValidationPage::outcome(QStringLiteral("Refused"),
            QStringLiteral("The request was refused."), credential->redirection));
    }
    bool ok = false;
    const qint64 validity = field("validity").value_or(QString()).toLongLong(&ok);
    if (!ok || validity < 0) {
        return SandboxReply::html(
            ValidationPage::outcome(QStringLiteral("Invalid validity"),
                QStringLiteral("validity must be a number of seconds (0 = unlimited)."), QString()),
            400);
    }
    m_credentials->validate(token, validity, time);
    const QString expiry = validity == 0
        ? QStringLiteral("without expiry")
        : QStringLiteral("until %1")
              .arg(QDateTime::fromSecsSinceEpoch(time + validity, Qt::UTC).toString(Qt::ISODate));
    return SandboxReply::html(ValidationPage::outcome(QStringLiteral("Validated"),
        QStringLiteral("The consumer key is validated %1.").arg(expiry), credential->redirection));
}

} // namespace Ovh
