#include "sandbox/requesttargettap.h"

#include <QTcpSocket>
#include <QTimer>

namespace Ovh {

namespace {

// Index just past the blank line that ends a header block, or -1.
qsizetype headEnd(const QByteArray& buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 4;
    return lf >= 0 ? lf + 2 : -1;
}

QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}

} // namespace

void RequestTargetTap::attach(QTcpSocket* socket)
{
    m_streams.insert(socket, Stream());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { peek(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_streams.remove(socket); });
    if (socket->bytesAvailable() > 0)
        peek(socket);
}

QByteArray RequestTargetTap::takeTarget(QTcpSocket* socket)
{
    const auto stream = m_streams.find(socket);
    if (stream == m_streams.end() || stream->targets.isEmpty())
        return QByteArray();
    return stream->targets.takeFirst();
}

void RequestTargetTap::peek(QTcpSocket* socket)
{
    // QHttpServer reads everything available when it handles readyRead, and this slot runs
    // first: what is buffered now is exactly what arrived since the last call.
    const auto stream = m_streams.find(socket);
    if (stream == m_streams.end())
        return;
    if (!stream->refused)
        feed(*stream, socket->peek(socket->bytesAvailable()));
    if (stream->refused)
        refuse(socket, *stream);
}

void RequestTargetTap::refuse(QTcpSocket* socket, Stream& stream)
{
    // Read first, so QHttpServer's slot, which runs after this one, gets nothing of it.
    socket->skip(socket->bytesAvailable());
    if (socket->property("ovhRefused").toBool())
        return;
    socket->setProperty("ovhRefused", true);
    const QByteArray body
        = R"({"errorCode":"REQUEST_ENTITY_TOO_LARGE","httpCode":"413 Request Entity Too Large","message":"Request body too large: )"
        + QByteArray::number(stream.bodyBytes) + " bytes or more, the limit is "
        + QByteArray::number(m_maxBodyBytes) + R"("})";
    socket->write("HTTP/1.1 413 Request Entity Too Large\r\nContent-Type: application/json\r\n"
                  "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Closing now would reset the connection under a client still sending, and it would never
    // read the 413: what comes meanwhile is skipped, unbuffered, for a moment.
    QTimer::singleShot(1000, socket, [socket] { socket->disconnectFromHost(); });
}

void RequestTargetTap::feed(Stream& stream, const QByteArray& bytes)
{
    stream.buffer += bytes;
    using State = Stream::State;
    for (;;) {
        switch (stream.state) {
        case State::Head: {
            while (stream.buffer.startsWith("\r\n") || stream.buffer.startsWith("\n"))
                stream.buffer.remove(0, stream.buffer.startsWith('\r') ? 2 : 1);
            const qsizetype end = headEnd(stream.buffer);
            if (end < 0)
                return;
            const QList<QByteArray> lines = stream.buffer.left(end).split('\n');
            stream.buffer.remove(0, end);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            stream.targets.append(requestLine.value(1));
            const QByteArray encoding = headerValue(lines, "Transfer-Encoding").toLower();
            if (encoding.contains("chunked")) {
                stream.state = State::ChunkSize;
                stream.bodyBytes = 0;
            } else {
                stream.remaining = headerValue(lines, "Content-Length").toLongLong();
                stream.bodyBytes = stream.remaining;
                stream.state = stream.remaining > 0 ? State::Body : State::Head;
            }
            if (stream.bodyBytes > m_maxBodyBytes) {
                stream.refused = true;
                return;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 taken = qMin<qint64>(stream.remaining, stream.buffer.size());
            stream.buffer.remove(0, taken);
            stream.remaining -= taken;
            if (stream.remaining > 0)
                return;
            stream.state = stream.state == State::Body ? State::Head : State::ChunkSize;
            break;
        }
        case State::ChunkSize: {
            const qsizetype newline = stream.buffer.indexOf('\n');
            if (newline < 0)
                return;
            QByteArray line = stream.buffer.left(newline).trimmed();
            stream.buffer.remove(0, newline + 1);
            if (line.isEmpty())
                break; // the CRLF that closes the previous chunk's data
            const qsizetype extension = line.indexOf(';');
            if (extension >= 0)
                line.truncate(extension);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size <= 0) {
                stream.state = State::Trailer;
            } else {
                stream.remaining = size;
                stream.state = State::ChunkData;
                stream.bodyBytes += size;
                if (stream.bodyBytes > m_maxBodyBytes) {
                    stream.refused = true;
                    return;
                }
            }
            break;
        }
        case State::Trailer: {
            const qsizetype newline = stream.buffer.indexOf('\n');
            if (newline < 0)
                return;
            const bool blank = stream.buffer.left(newline).trimmed().isEmpty();
            stream.buffer.remove(0, newline + 1);
            if (blank)
                stream.state = State::Head;
            break;
        }
        }
    }
}

QTcpSocket* TappedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    if (socket && m_tap)
        m_tap->attach(socket);
    return socket;
}

QTcpSocket* TappedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket && m_tap)
        m_tap->attach(socket);
    return socket;
}

} // namespace Ovh
