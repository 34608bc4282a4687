#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace OvhTest {

// A QNetworkAccessManager that answers from the test instead of a socket: one scripted answer
// per URL path, every request recorded. Answers come on a later event-loop turn, as real ones
// do; a held answer waits for release() (or the caller's abort), for tests of cancel and
// timeouts. For bytes on a real socket (hostile framing, drips), use HostileServer.
class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        Headers headers;
        QByteArray header(const QByteArray& name) const;
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        Headers headers; // Content-Type: application/json is added when the body is not empty
        bool hold = false; // answer only on release()
    };
    using Script = std::function<Answer(const Request&)>;

    explicit FakeNetwork(QObject* parent = nullptr);
    ~FakeNetwork() override;

    // For requests whose URL path is exactly `path` ("/1.0/me"); others get the default answer
    // (404 with an OVH-style error unless set).
    void setAnswer(const QString& path, const Answer& answer);
    void setAnswer(const QString& path, Script script);
    void setDefaultAnswer(const Answer& answer);

    const QList<Request>& requests() const { return m_requests; }
    // The recorded requests whose path ends with `suffix` ("/auth/time").
    QList<Request> requestsTo(const QString& suffix) const;
    // Sends every held answer now.
    void release();
    int heldCount() const;

    // An OVH-style error body: {"errorCode":code,"httpCode":...,"message":message}.
    static QByteArray ovhError(const QByteArray& code, const QByteArray& message);

protected:
    QNetworkReply* createRequest(
        Operation operation, const QNetworkRequest& request, QIODevice* data) override;

private:
    QHash<QString, Script> m_scripts;
    Script m_default;
    QList<Request> m_requests;
    QList<QPointer<QNetworkReply>> m_held;
};

} // namespace OvhTest
