#include "net/pacedtunnel.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

namespace Ovh {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// Bytes read from one side and not yet taken by the other: what a connection may hold.
constexpr qint64 MaxPendingBytes = 256 * 1024;
constexpr qsizetype MaxConnectHeaderBytes = 8 * 1024;
const QByteArray TokenHeader = QByteArrayLiteral("X-Ovh-Tunnel");

// http:// through the tunnel, unless the application set a proxy of its own.
class TunnelProxyFactory final : public QNetworkProxyFactory
{
public:
    TunnelProxyFactory(quint16 port, const QByteArray& token)
    {
        m_proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port);
        // Tunnelling only: a "caching" HTTP proxy would get absolute URLs instead of CONNECT.
        m_proxy.setCapabilities(QNetworkProxy::TunnelingCapability);
        m_proxy.setRawHeader(TokenHeader, token);
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(query);
        const bool direct = proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
        if (direct && query.url().scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            return { m_proxy };
        return proxies;
    }

private:
    QNetworkProxy m_proxy;
};

// One tunnelled connection: Qt's socket (downstream) and the server's (upstream).
class Pipe final : public QObject
{
public:
    Pipe(QTcpSocket* downstream, const QByteArray& token, QObject* parent)
        : QObject(parent)
        , m_down(downstream)
        , m_token(token)
    {
        m_down->setParent(this);
        m_down->setReadBufferSize(MaxPendingBytes);
        m_up.setReadBufferSize(ChunkBytes);
        connect(m_down, &QTcpSocket::readyRead, this, &Pipe::onDownstreamReadable);
        connect(m_down, &QTcpSocket::bytesWritten, this, [this] { pump(&m_up, m_down); });
        connect(m_down, &QTcpSocket::disconnected, this, &Pipe::close);
        connect(m_down, &QTcpSocket::errorOccurred, this, &Pipe::close);
        connect(&m_up, &QTcpSocket::connected, this, &Pipe::onUpstreamConnected);
        connect(&m_up, &QTcpSocket::readyRead, this, [this] { pump(&m_up, m_down); });
        connect(&m_up, &QTcpSocket::bytesWritten, this, [this] { pump(m_down, &m_up); });
        connect(&m_up, &QTcpSocket::disconnected, this, &Pipe::onUpstreamClosed);
        connect(&m_up, &QTcpSocket::errorOccurred, this, &Pipe::onUpstreamError);
        onDownstreamReadable();
    }

private:
    void onDownstreamReadable()
    {
        if (m_connecting || !m_down->isOpen())
            return;
        if (m_open)
            return pump(m_down, &m_up);
        m_header += m_down->read(MaxConnectHeaderBytes - m_header.size() + 4);
        const qsizetype end = m_header.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_header.size() > MaxConnectHeaderBytes)
                refuse("400 Bad Request");
            return;
        }
        // Whatever Qt sent after the header waits in the socket (Qt sends nothing before 200).
        const QList<QByteArray> lines = m_header.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        bool authorised = false;
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0
                && line.left(colon).trimmed().compare(TokenHeader, Qt::CaseInsensitive) == 0)
                authorised = line.mid(colon + 1).trimmed() == m_token;
        }
        // host:port, the host bare even when it is an IPv6 address (Qt writes "::1:8080").
        const QByteArray target = requestLine.value(1);
        const qsizetype colon = target.lastIndexOf(':');
        bool portOk = false;
        const uint port = colon > 0 ? target.mid(colon + 1).toUInt(&portOk) : 0;
        QByteArray host = colon > 0 ? target.left(colon) : QByteArray();
        if (host.startsWith('[') && host.endsWith(']'))
            host = host.mid(1, host.size() - 2);
        if (requestLine.value(0) != "CONNECT" || host.isEmpty() || !portOk || port == 0
            || port > 65535)
            return refuse("400 Bad Request");
        if (!authorised)
            return refuse("403 Forbidden");
        m_connecting = true;
        m_up.connectToHost(QString::fromLatin1(host), quint16(port));
    }

    void onUpstreamConnected()
    {
        m_connecting = false;
        m_open = true;
        m_down->write("HTTP/1.1 200 Connection established\r\n\r\n");
        pump(m_down, &m_up);
        pump(&m_up, m_down);
    }

    // Qt turns these into the errors a direct connection would have given.
    void onUpstreamError(QAbstractSocket::SocketError error)
    {
        if (m_open)
            return onUpstreamClosed();
        if (!m_connecting)
            return;
        refuse(error == QAbstractSocket::HostNotFoundError         ? "404 Not Found"
                : error == QAbstractSocket::ConnectionRefusedError ? "503 Service Unavailable"
                                                                   : "502 Bad Gateway");
    }

    // Qt sees the end where the server put it, after the bytes that came before.
    void onUpstreamClosed()
    {
        if (!m_open || m_closing)
            return;
        m_closing = true;
        if (m_up.isOpen())
            m_down->write(m_up.readAll()); // at most the upstream read buffer
        m_down->disconnectFromHost();
    }

    void refuse(const char* status)
    {
        m_open = false;
        m_connecting = false;
        m_down->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Length: 0\r\n\r\n");
        m_down->disconnectFromHost();
    }

    // Moves what `from` has, as fast as `to` takes it: neither side piles up.
    void pump(QTcpSocket* from, QTcpSocket* to)
    {
        if (!m_open || m_closing || !from->isOpen() || !to->isOpen())
            return;
        while (from->bytesAvailable() > 0 && to->bytesToWrite() < MaxPendingBytes)
            to->write(from->read(ChunkBytes));
    }

    void close()
    {
        m_up.abort(); // an endless answer stops here
        deleteLater();
    }

    QPointer<QTcpSocket> m_down;
    QTcpSocket m_up;
    QByteArray m_token;
    QByteArray m_header;
    bool m_connecting = false;
    bool m_open = false;
    bool m_closing = false;
};

} // namespace

PacedTunnel::PacedTunnel(QNetworkAccessManager* nam)
    : QObject(nam)
{
    const quint64 random[2]
        = { QRandomGenerator::system()->generate64(), QRandomGenerator::system()->generate64() };
    m_token = QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
    connect(&m_server, &QTcpServer::newConnection, this, &PacedTunnel::onNewConnection);
    if (m_server.listen(QHostAddress::LocalHost, 0))
        nam->setProxyFactory(new TunnelProxyFactory(m_server.serverPort(), m_token));
}

PacedTunnel* PacedTunnel::of(QNetworkAccessManager* nam)
{
    if (auto* tunnel = nam->findChild<PacedTunnel*>(QString(), Qt::FindDirectChildrenOnly))
        return tunnel;
    return new PacedTunnel(nam);
}

bool PacedTunnel::carries(const QNetworkAccessManager* nam, const QUrl& url)
{
    const auto* tunnel
        = nam ? nam->findChild<PacedTunnel*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!tunnel || !tunnel->m_server.isListening() || !nam->proxyFactory())
        return false;
    const QNetworkProxy proxy = nam->proxyFactory()->queryProxy(QNetworkProxyQuery(url)).value(0);
    return proxy.type() == QNetworkProxy::HttpProxy && proxy.port() == tunnel->port()
        && proxy.rawHeader(TokenHeader) == tunnel->m_token;
}

void PacedTunnel::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new Pipe(socket, m_token, this);
}

} // namespace Ovh
