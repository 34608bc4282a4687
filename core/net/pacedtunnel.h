#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QTcpSocket;
class QUrl;
QT_END_NAMESPACE

namespace Ovh {

// A CONNECT tunnel on 127.0.0.1 for the plain-http connections of one QNetworkAccessManager,
// moving their bytes in the manager's own thread.
//
// Why: Qt 6.4 reads a plain-http answer in its HTTP thread as long as the socket has bytes,
// without going back to its event loop (QHttpNetworkReplyPrivate::readReplyBodyChunked,
// QHttpProtocolHandler::_q_receiveReply); a read-buffer limit on the reply reaches that thread as
// a queued call that may come after a fast server's first bytes, and then an endless answer is
// read into memory without end. Through this tunnel no answer byte reaches Qt unless this thread
// moves it, at most one buffer (64 KiB) of each side per event, and a proxied socket is buffered,
// so Qt's HTTP thread never reads unbounded: the tunnel itself is the bound.
// What it carries must not get a read limit too: with one, Qt 6.4 misses the end of an answer
// that the server ends by closing, when the close reaches Qt's proxy socket while it still holds
// bytes the full reply cannot take (QHttpSocketEngine then reports the remaining bytes as a
// connection event, which the socket ignores). See BoundedReply::send().
// TLS connections do not need it (QSslSocket is buffered) and do not use it.
class PacedTunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacedTunnel)

public:
    // The tunnel of `nam`, made on first use and set as its proxy for http:// URLs (other
    // schemes, and any proxy the application configured, are left as they were).
    static PacedTunnel* of(QNetworkAccessManager* nam);

    // Whether `nam` sends a request for `url` through its tunnel.
    static bool carries(const QNetworkAccessManager* nam, const QUrl& url);

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
