#include "fakenetwork.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QTimer>

namespace OvhTest {

namespace {

// A whole answer, served from memory. abort() finishes it at once, as Qt's replies do.
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest& request,
        const FakeNetwork::Answer& answer, QObject* parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    void deliver()
    {
        if (isFinished())
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonFor(m_answer.status));
        for (const auto& [name, value] : m_answer.headers)
            setRawHeader(name, value);
        if (!m_answer.body.isEmpty() && !hasRawHeader("Content-Type"))
            setRawHeader("Content-Type", "application/json; charset=utf-8");
        setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
        m_data = m_answer.body;
        if (m_answer.status >= 400)
            setError(errorFor(m_answer.status), QString::fromLatin1(reasonFor(m_answer.status)));
        emit metaDataChanged();
        if (!m_data.isEmpty())
            emit readyRead();
        setFinished(true);
        emit finished();
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }

    qint64 bytesAvailable() const override
    {
        return m_data.size() + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 size = qMin(maxSize, qint64(m_data.size()));
        memcpy(data, m_data.constData(), size_t(size));
        m_data.remove(0, size);
        return size;
    }

private:
    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 500:
            return "Internal Server Error";
        default:
            return "Status";
        }
    }

    static NetworkError errorFor(int status)
    {
        switch (status) {
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        default:
            return status >= 500 ? InternalServerError : UnknownContentError;
        }
    }

    FakeNetwork::Answer m_answer;
    QByteArray m_data;
};

} // namespace

QByteArray FakeNetwork::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

FakeNetwork::FakeNetwork(QObject* parent)
    : QNetworkAccessManager(parent)
{
    setDefaultAnswer({ 404, ovhError("NOT_FOUND", "nothing here"), {}, false });
}

FakeNetwork::~FakeNetwork() = default;

QByteArray FakeNetwork::ovhError(const QByteArray& code, const QByteArray& message)
{
    return R"({"errorCode":")" + code + R"(","message":")" + message + R"("})";
}

void FakeNetwork::setAnswer(const QString& path, const Answer& answer)
{
    setAnswer(path, [answer](const Request&) { return answer; });
}

void FakeNetwork::setAnswer(const QString& path, Script script)
{
    m_scripts.insert(path, std::move(script));
}

void FakeNetwork::setDefaultAnswer(const Answer& answer)
{
    m_default = [answer](const Request&) { return answer; };
}

QList<FakeNetwork::Request> FakeNetwork::requestsTo(const QString& suffix) const
{
    QList<Request> found;
    for (const Request& request : m_requests) {
        if (request.url.path().endsWith(suffix))
            found.append(request);
    }
    return found;
}

void FakeNetwork::release()
{
    const QList<QPointer<QNetworkReply>> held = std::exchange(m_held, {});
    for (const QPointer<QNetworkReply>& reply : held) {
        if (reply)
            static_cast<FakeReply*>(reply.data())->deliver();
    }
}

int FakeNetwork::heldCount() const
{
    int count = 0;
    for (const QPointer<QNetworkReply>& reply : m_held)
        count += reply && !reply->isFinished() ? 1 : 0;
    return count;
}

QNetworkReply* FakeNetwork::createRequest(
    Operation operation, const QNetworkRequest& request, QIODevice* data)
{
    Request recorded;
    recorded.method = operation == CustomOperation
        ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : QByteArray(operation == GetOperation ? "GET"
                : operation == PostOperation   ? "POST"
                : operation == PutOperation    ? "PUT"
                : operation == DeleteOperation ? "DELETE"
                : operation == HeadOperation   ? "HEAD"
                                               : "?");
    recorded.url = request.url();
    recorded.body = data ? data->readAll() : QByteArray();
    for (const QByteArray& name : request.rawHeaderList())
        recorded.headers.append({ name, request.rawHeader(name) });
    m_requests.append(recorded);

    const Script script = m_scripts.value(request.url().path(), m_default);
    const Answer answer = script(recorded);
    auto* reply = new FakeReply(operation, request, answer, this);
    if (answer.hold)
        m_held.append(reply);
    else
        QTimer::singleShot(0, reply, [reply] { reply->deliver(); });
    return reply;
}

} // namespace OvhTest
