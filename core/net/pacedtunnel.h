#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QTcpSocket;
QT_END_NAMESPACE

namespace Ovh {

// A CONNECT tunnel on 127.0.0.1 for the plain-http connections of one QNetworkAccessManager,
// moving their bytes in the manager's own thread.
//
// Why: Qt 6.4 reads a plain-http answer in its HTTP thread as long as the socket has bytes,
// without going back to its event loop (QHttpNetworkReplyPrivate::readReplyBodyChunked,
// QHttpProtocolHandler::_q_receiveReply), until the reply's read-buffer limit is set. That limit
// reaches the HTTP thread as a queued call that may come after a fast server's first bytes (on a
// kept-alive connection the request leaves at once); then an endless answer is read into memory
// without end, and neither the limit nor an abort can land. Through this tunnel no answer byte
// reaches Qt before this thread's event loop runs again, that is after BoundedReply has set the
// limit; and a proxied socket is buffered (64 KiB), so Qt's HTTP thread never reads unbounded.
// TLS connections do not need it (QSslSocket is buffered) and do not use it.
class PacedTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedTunnel)

public:
    // The tunnel of `nam`, made on first use and set as its proxy for http:// URLs (other
    // schemes, and any proxy the application configured, are left as they were).
    static PacedTunnel* of(QNetworkAccessManager* nam);

    quint16 port() const { return m_server.serverPort(); }
    // Sent by Qt in each CONNECT: only this manager can use the tunnel.
    const QByteArray& token() const { return m_token; }

private:
    explicit PacedTunnel(QNetworkAccessManager* nam);
    void onNewConnection();

    QTcpServer m_server;
    QByteArray m_token;
};

} // namespace Ovh
