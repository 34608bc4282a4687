#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
QT_END_NAMESPACE

namespace Ovh {

// Serves a schema snapshot folder the way the API serves its schemas, on loopback:
//   GET <basePath>/            -> index.json, its "basePath" rewritten to baseUrl()
//   GET <basePath>/<p>.json    -> <folder>/<p>.json ("/hosting/web.json" is hosting/web.json)
// with ETag / Last-Modified validators and 304 answers to If-None-Match / If-Modified-Since.
// Anything else is a 404 with an OVH-style error body. Paths named "relative" below are
// relative to basePath and start with '/': "/" is the index, "/domain.json" a product.
// Hooks let tests inject failures, replace bodies, slow answers down and count requests.
class SnapshotServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotServer)

public:
    explicit SnapshotServer(const QString& snapshotDir, QObject* parent = nullptr);
    ~SnapshotServer() override;

    // Before listen(); "/1.0" by default.
    void setBasePath(const QString& basePath);
    const QString& basePath() const { return m_basePath; }
    const QString& snapshotDir() const { return m_snapshotDir; }

    // Port 0 picks an ephemeral port. Returns false when the server cannot listen.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:<port>/1.0", no trailing slash (what an Endpoint takes), or the
    // public base URL when one is set.
    QUrl baseUrl() const;

    // Composition (the Sandbox serves schemas through this object without listen()):
    // the base URL written into the index's "basePath" (an empty URL goes back to the default),
    // the X-Ovh-QueryId of each answer, and the entry point for one request.
    void setPublicBaseUrl(const QUrl& url);
    void setQueryIdGenerator(std::function<QByteArray()> generator);
    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    // Test hooks. A failure answers `httpStatus` with an OVH error body; content replaces the
    // file's bytes (validators follow); the delay postpones every answer. clearFailures()
    // also drops the redirects.
    void setFailure(const QString& relative, int httpStatus);
    void clearFailures();
    void setContent(const QString& relative, const QByteArray& body);
    // Answers `relative` with a redirect to `target` (302 by default).
    void setRedirect(const QString& relative, const QUrl& target, int httpStatus = 302);
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }

    int requestCount(const QString& relative) const;
    int requestCount() const { return m_totalRequests; }
    int notModifiedCount(const QString& relative) const;
    int notModifiedCount() const { return m_totalNotModified; }
    // The most requests that were waiting for their answer at the same time.
    int maxConcurrentRequests() const { return m_maxInFlight; }
    // A header of the last request for `relative` (empty when none).
    QByteArray lastRequestHeader(const QString& relative, const QByteArray& name) const;
    void resetCounters();

signals:
    void requestServed(const QString& relative, int httpStatus);

private:
    struct Document
    {
        QByteArray body;
        QByteArray etag;
        QDateTime lastModified; // UTC, whole seconds
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    Answer answer(const QString& relative, const QHttpServerRequest& request);
    const Document* document(const QString& relative);
    Document makeDocument(QByteArray body, const QDateTime& lastModified) const;
    QByteArray rewriteIndex(const QByteArray& json) const;
    void send(QHttpServerResponder& responder, const Answer& answer);

    QString m_snapshotDir;
    QString m_basePath = QStringLiteral("/1.0");
    QUrl m_publicBaseUrl;
    std::function<QByteArray()> m_queryId;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;

    QHash<QString, Document> m_documents; // relative path -> what is served
    QHash<QString, int> m_failures;
    QHash<QString, std::pair<QUrl, int>> m_redirects;
    int m_delayMs = 0;

    QHash<QString, int> m_requests;
    QHash<QString, int> m_notModified;
    QHash<QString, QList<std::pair<QByteArray, QByteArray>>> m_lastHeaders;
    int m_totalRequests = 0;
    int m_totalNotModified = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

} // namespace Ovh
