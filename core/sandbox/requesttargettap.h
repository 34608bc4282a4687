#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslServer>
#include <QTcpServer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Ovh {

// Keeps the request target of every HTTP/1.1 request exactly as its bytes arrived.
// QHttpServerRequest::url() is a QUrl, which normalises what it parses: "%61" becomes "a",
// "%2f" becomes "%2F", "{" becomes "%7B". A signature is over the bytes the client sent, so
// the sandbox needs those. The tap peeks at each socket's incoming bytes (without consuming
// them) before QHttpServer reads them, follows the request framing (Content-Length or
// chunked bodies), and queues each request line's target.
// Since it sees the framing first, it also refuses a body over maxBodyBytes() (declared or
// received): it answers 413 itself and closes the connection, so QHttpServer, which buffers
// whole requests before any handler runs, never holds more than the cap.
class RequestTargetTap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTargetTap)

public:
    static constexpr qint64 DefaultMaxBodyBytes = 4 * 1024 * 1024;

    using QObject::QObject;

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Call before anyone else reads or connects to the socket (see the servers below).
    void attach(QTcpSocket* socket);
    // The raw target of the oldest request of `socket` not taken yet; empty when unknown.
    QByteArray takeTarget(QTcpSocket* socket);

private:
    struct Stream
    {
        enum class State : quint8 { Head, Body, ChunkSize, ChunkData, Trailer };
        State state = State::Head;
        QByteArray buffer;
        qint64 remaining = 0;
        qint64 bodyBytes = 0; // of the current request: declared length or chunks so far
        bool refused = false;
        QList<QByteArray> targets;
    };
    void peek(QTcpSocket* socket);
    void feed(Stream& stream, const QByteArray& bytes);
    void refuse(QTcpSocket* socket, Stream& stream);

    QHash<QTcpSocket*, Stream> m_streams;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
};

// QTcpServer / QSslServer that hand each new socket to the tap before QHttpServer gets it
// (QAbstractHttpServer::bind() takes either).
class TappedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TappedTcpServer)

public:
    explicit TappedTcpServer(RequestTargetTap* tap, QObject* parent = nullptr)
        : QTcpServer(parent)
        , m_tap(tap)
    { }
    QTcpSocket* nextPendingConnection() override;

private:
    RequestTargetTap* m_tap;
};

class TappedSslServer final : public QSslServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TappedSslServer)

public:
    explicit TappedSslServer(RequestTargetTap* tap, QObject* parent = nullptr)
        : QSslServer(parent)
        , m_tap(tap)
    { }
    QTcpSocket* nextPendingConnection() override;

private:
    RequestTargetTap* m_tap;
};

} // namespace Ovh
