#include "hostileserver.h"

#include "testpaths.h"

#include <QFile>

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace OvhTest {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// Written only while less than this waits in the socket: the client sets the pace.
constexpr qint64 MaxPendingBytes = 256 * 1024;

QByteArray statusLine(int status)
{
    const char* reason = status == 200 ? "OK"
        : status == 302                ? "Found"
        : status == 404                ? "Not Found"
                                       : "Whatever";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

// Closes with a TCP reset (RST) instead of a clean FIN.
void resetConnection(QTcpSocket* socket)
{
    socket->flush();
    const linger option { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    socket->abort();
}

} // namespace

HostileServer::HostileServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen(const QHostAddress& address)
{
    return m_server.listen(address, 0);
}

QUrl HostileServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    url.setPath(path);
    return url;
}

void HostileServer::setBehaviour(const QString& path, const Behaviour& behaviour)
{
    m_behaviours.insert(path.toUtf8(), behaviour);
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileServer::onReadyRead(QTcpSocket* socket)
{
    // One request per connection is enough: every answer but Serve ends the connection's use.
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        qsizetype bodyLength = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                bodyLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + bodyLength)
            break;
        buffer.remove(0, end + 4 + bodyLength);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        QByteArray path = requestLine.value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        m_requests.append(requestLine.value(0) + ' ' + path);
        answer(socket, m_behaviours.value(path, m_default));
    }
    socket->setProperty("request", buffer);
}

void HostileServer::write(QTcpSocket* socket, const QByteArray& bytes)
{
    m_bytesSent += bytes.size();
    socket->write(bytes);
}

void HostileServer::answer(QTcpSocket* socket, const Behaviour& behaviour)
{
    const QByteArray type = "Content-Type: application/json\r\n";
    switch (behaviour.mode) {
    case Mode::Serve:
        write(socket,
            statusLine(behaviour.status) + type + "Content-Length: "
                + QByteArray::number(behaviour.body.size()) + "\r\n\r\n" + behaviour.body);
        return;
    case Mode::EndlessChunked:
        write(socket, statusLine(200) + type + "Transfer-Encoding: chunked\r\n\r\n");
        feedEndless(socket, true);
        return;
    case Mode::EndlessUnframed:
        write(socket, statusLine(200) + type + "Connection: close\r\n\r\n");
        feedEndless(socket, false);
        return;
    case Mode::HugeLength:
        write(socket, statusLine(200) + type + "Content-Length: 1000000000000\r\n\r\n");
        feedEndless(socket, false);
        return;
    case Mode::Drip: {
        write(socket,
            statusLine(200) + type + "Content-Length: " + QByteArray::number(behaviour.body.size())
                + "\r\n\r\n");
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(
            timer, &QTimer::timeout, socket, [this, socket, timer, sent, body = behaviour.body] {
                if (*sent >= body.size())
                    return timer->stop();
                write(socket, body.mid((*sent)++, 1));
            });
        timer->start(behaviour.dripMs);
        return;
    }
    case Mode::ShortBody:
        write(socket,
            statusLine(behaviour.status) + type + "Content-Length: "
                + QByteArray::number(behaviour.body.size() * 2 + 1) + "\r\n\r\n" + behaviour.body);
        socket->disconnectFromHost();
        return;
    case Mode::CloseDelimited:
        write(socket, statusLine(200) + type + "Connection: close\r\n\r\n" + behaviour.body);
        socket->disconnectFromHost();
        return;
    case Mode::ResetAfterHeaders: {
        const QByteArray half = behaviour.body.left(behaviour.body.size() / 2);
        write(socket,
            statusLine(200) + type + "Transfer-Encoding: chunked\r\n\r\n"
                + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n");
        resetConnection(socket);
        return;
    }
    case Mode::BadGzip: {
        const QByteArray garbage = "this is not gzip at all, just text";
        write(socket,
            statusLine(200) + type + "Content-Encoding: gzip\r\nContent-Length: "
                + QByteArray::number(garbage.size()) + "\r\n\r\n" + garbage);
        return;
    }
    case Mode::Redirect:
        write(socket,
            statusLine(behaviour.status == 200 ? 302 : behaviour.status)
                + "Location: " + behaviour.location + "\r\nContent-Length: 0\r\n\r\n");
        return;
    case Mode::Silent:
        return;
    }
}

void HostileServer::feedEndless(QTcpSocket* socket, bool chunked)
{
    const QByteArray payload(ChunkBytes, 'x');
    const QByteArray chunk
        = chunked ? QByteArray::number(ChunkBytes, 16) + "\r\n" + payload + "\r\n" : payload;
    auto sent = std::make_shared<qint64>(0);
    auto fill = [this, socket, chunk, sent] {
        while (socket->state() == QAbstractSocket::ConnectedState
            && socket->bytesToWrite() < MaxPendingBytes && *sent < MaxEndlessBytes) {
            write(socket, chunk);
            *sent += chunk.size();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, fill);
    fill();
}

namespace {

// A "Name:   1234 kB" line of /proc/<pid>/status, in KiB; 0 when it cannot be read.
qint64 statusKiB(qint64 pid, const QByteArray& name)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

qint64 peakResidentKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM:");
}

qint64 residentKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS:");
}

QByteArray euSnapshotFile(const QString& name)
{
    QFile file(snapshotDir(QStringLiteral("eu")) + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace OvhTest
