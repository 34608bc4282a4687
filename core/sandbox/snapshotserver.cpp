#include "sandbox/snapshotserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Ovh {

namespace {

const QString kHttpDateFormat = QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'");

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc.toUTC(), kHttpDateFormat).toLatin1();
}

QDateTime parseHttpDate(const QByteArray& text)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()), kHttpDateFormat);
    if (!date.isValid())
        return date;
    date.setTimeSpec(Qt::UTC); // the text is GMT; only the spec was wrong
    return date;
}

QDateTime wholeSeconds(const QDateTime& date)
{
    return QDateTime::fromSecsSinceEpoch(date.toSecsSinceEpoch(), Qt::UTC);
}

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

QByteArray errorClass(int status)
{
    if (status == 404)
        return "Client::NotFound";
    if (status == 405)
        return "Client::MethodNotAllowed";
    if (status >= 500)
        return "Server::InternalServerError";
    return "Client::BadRequest";
}

QByteArray errorBody(int status, const QString& message)
{
    QJsonObject object;
    object.insert(QLatin1String("class"), QString::fromLatin1(errorClass(status)));
    object.insert(QLatin1String("message"), message);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SnapshotServer::SnapshotServer(const QString& snapshotDir, QObject* parent)
    : QObject(parent)
    , m_snapshotDir(snapshotDir)
{ }

SnapshotServer::~SnapshotServer() = default;

void SnapshotServer::setBasePath(const QString& basePath)
{
    m_basePath = basePath;
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);
    m_documents.clear();
}

bool SnapshotServer::listen(const QHostAddress& address, quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            handle(request, std::move(responder));
        });
    m_port = m_server->listen(address, port);
    m_documents.clear(); // the index embeds the URL, which just changed
    if (m_port == 0)
        m_server.reset();
    return m_port != 0;
}

QUrl SnapshotServer::baseUrl() const
{
    if (!m_publicBaseUrl.isEmpty())
        return m_publicBaseUrl;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(m_basePath);
    return url;
}

void SnapshotServer::setPublicBaseUrl(const QUrl& url)
{
    m_publicBaseUrl = url;
    m_documents.clear(); // the index embeds the URL
}

void SnapshotServer::setQueryIdGenerator(std::function<QByteArray()> generator)
{
    m_queryId = std::move(generator);
}

void SnapshotServer::serve(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    handle(request, std::move(responder));
}

void SnapshotServer::setFailure(const QString& relative, int httpStatus)
{
    m_failures.insert(relative, httpStatus);
}

void SnapshotServer::clearFailures()
{
    m_failures.clear();
    m_redirects.clear();
}

void SnapshotServer::setRedirect(const QString& relative, const QUrl& target, int httpStatus)
{
    m_redirects.insert(relative, { target, httpStatus });
}

void SnapshotServer::setContent(const QString& relative, const QByteArray& body)
{
    m_documents.insert(relative, makeDocument(body, QDateTime::currentDateTimeUtc()));
}

int SnapshotServer::requestCount(const QString& relative) const
{
    return m_requests.value(relative);
}

int SnapshotServer::notModifiedCount(const QString& relative) const
{
    return m_notModified.value(relative);
}

QByteArray SnapshotServer::lastRequestHeader(const QString& relative, const QByteArray& name) const
{
    const auto headers = m_lastHeaders.value(relative);
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

void SnapshotServer::resetCounters()
{
    m_requests.clear();
    m_notModified.clear();
    m_lastHeaders.clear();
    m_totalRequests = 0;
    m_totalNotModified = 0;
    m_maxInFlight = 0;
}

void SnapshotServer::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    const QString path = request.url().path();
    const bool inApi = path == m_basePath || path.startsWith(m_basePath + QLatin1Char('/'));
    QString relative = path; // outside the API: counted under its full path, answered 404
    if (path == m_basePath)
        relative = QStringLiteral("/");
    else if (inApi)
        relative = path.mid(m_basePath.size());

    ++m_totalRequests;
    ++m_requests[relative];
    m_lastHeaders.insert(relative, request.headers());

    Answer reply;
    if (request.method() != QHttpServerRequest::Method::Get) {
        reply.status = 405;
        reply.body = errorBody(405, QStringLiteral("Method not allowed"));
    } else if (!inApi) {
        reply.status = 404;
        reply.body = errorBody(404, QStringLiteral("Got an invalid (or empty) URL"));
    } else {
        reply = answer(relative, request);
    }
    if (reply.status == 304) {
        ++m_totalNotModified;
        ++m_notModified[relative];
    }

    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    if (m_delayMs <= 0) {
        send(responder, reply);
        --m_inFlight;
        emit requestServed(relative, reply.status);
        return;
    }
    // The responder writes to the socket; the client may have gone when the timer fires.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(m_delayMs, this, [this, pending, socket, reply, relative] {
        --m_inFlight;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        send(*pending, reply);
        emit requestServed(relative, reply.status);
    });
}

SnapshotServer::Answer SnapshotServer::answer(
    const QString& relative, const QHttpServerRequest& request)
{
    Answer reply;
    reply.headers.append({ QByteArrayLiteral("X-Ovh-QueryId"),
        m_queryId ? m_queryId()
                  : QByteArrayLiteral("SANDBOX.snapshot.") + QByteArray::number(m_totalRequests) });

    if (const auto redirect = m_redirects.constFind(relative); redirect != m_redirects.cend()) {
        reply.status = redirect->second;
        reply.headers.append({ QByteArrayLiteral("Location"), redirect->first.toEncoded() });
        return reply;
    }
    if (const auto failure = m_failures.constFind(relative); failure != m_failures.cend()) {
        reply.status = failure.value();
        reply.body = errorBody(reply.status,
            QStringLiteral("Simulated failure %1 for %2").arg(reply.status).arg(relative));
        return reply;
    }
    const Document* doc = document(relative);
    if (!doc) {
        reply.status = 404;
        reply.body = errorBody(404, QStringLiteral("Got an invalid (or empty) URL"));
        return reply;
    }
    reply.headers.append({ QByteArrayLiteral("ETag"), doc->etag });
    reply.headers.append({ QByteArrayLiteral("Last-Modified"), httpDate(doc->lastModified) });

    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.2.2).
    const QByteArray ifNoneMatch = headerValue(request, "If-None-Match");
    bool notModified = false;
    if (!ifNoneMatch.isEmpty()) {
        notModified = etagMatches(ifNoneMatch, doc->etag);
    } else {
        const QDateTime since = parseHttpDate(headerValue(request, "If-Modified-Since"));
        notModified = since.isValid() && doc->lastModified <= since;
    }
    if (notModified) {
        reply.status = 304;
        return reply;
    }
    reply.body = doc->body;
    return reply;
}

const SnapshotServer::Document* SnapshotServer::document(const QString& relative)
{
    if (const auto found = m_documents.constFind(relative); found != m_documents.cend())
        return &found.value();

    QString file;
    if (relative == QLatin1String("/")) {
        file = QStringLiteral("index.json");
    } else {
        // Only "<segments>.json" inside the folder; the index is not a product.
        const QString name = relative.mid(1);
        const QStringList segments = name.split(QLatin1Char('/'));
        for (const QString& segment : segments) {
            if (segment.isEmpty() || segment.startsWith(QLatin1Char('.')))
                return nullptr;
        }
        if (!name.endsWith(QLatin1String(".json")) || name == QLatin1String("index.json"))
            return nullptr;
        file = name;
    }
    QFile input(m_snapshotDir + QLatin1Char('/') + file);
    if (!input.open(QIODevice::ReadOnly))
        return nullptr;
    QByteArray body = input.readAll();
    if (relative == QLatin1String("/"))
        body = rewriteIndex(body);
    const QDateTime modified = QFileInfo(input).lastModified();
    return &*m_documents.insert(relative, makeDocument(std::move(body), modified));
}

SnapshotServer::Document SnapshotServer::makeDocument(
    QByteArray body, const QDateTime& lastModified) const
{
    Document doc;
    doc.etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex() + '"';
    doc.lastModified = wholeSeconds(lastModified);
    doc.body = std::move(body);
    return doc;
}

QByteArray SnapshotServer::rewriteIndex(const QByteArray& json) const
{
    QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return json; // served as is: broken indexes are test material too
    QJsonObject object = document.object();
    object.insert(QLatin1String("basePath"), baseUrl().toString());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void SnapshotServer::send(QHttpServerResponder& responder, const Answer& answer)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
    QHttpServerResponse response = answer.status == 304
        ? QHttpServerResponse(status)
        : QHttpServerResponse(
            QByteArrayLiteral("application/json; charset=utf-8"), answer.body, status);
    for (const auto& header : answer.headers)
        response.setHeader(header.first, header.second);
    response.write(std::move(responder));
}

} // namespace Ovh
