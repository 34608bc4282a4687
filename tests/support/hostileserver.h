#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace OvhTest {

// A raw HTTP/1.1 server on 127.0.0.1 (ephemeral port) that misbehaves on purpose, one scripted
// behaviour per path: what a broken mirror, a proxy or a hostile host can send. Endless answers
// are written only as the socket drains, and stop at MaxEndlessBytes, so the server itself stays
// small and every test ends.
class HostileServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxEndlessBytes = qint64(8) * 1024 * 1024 * 1024;

    enum class Mode : quint8 {
        Serve, // a correct answer: status, Content-Length, body
        EndlessChunked, // 200, Transfer-Encoding: chunked, chunks forever
        EndlessUnframed, // 200, no length, Connection: close, bytes forever
        HugeLength, // 200, Content-Length of 1 TB, bytes forever
        Drip, // 200, Content-Length of the body, one byte per dripMs
        ShortBody, // Content-Length twice the body, the body, then a clean close
        CloseDelimited, // 200, no length, Connection: close, the body, then a clean close (valid)
        ResetAfterHeaders, // 200 chunked, a chunk of half the body, then a TCP reset
        BadGzip, // Content-Encoding: gzip over bytes that are not gzip
        Redirect, // status (302 unless set) with Location: location
        Silent, // reads the request, never answers
    };

    struct Behaviour
    {
        Mode mode = Mode::Serve;
        int status = 200;
        QByteArray body; // Serve, Drip, ShortBody, CloseDelimited, ResetAfterHeaders
        QByteArray location; // Redirect
        int dripMs = 1000;
    };

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    // http://<address>:<port><path>
    QUrl url(const QString& path = QString()) const;
    // For requests whose path (without query) is exactly `path`; others get the default.
    void setBehaviour(const QString& path, const Behaviour& behaviour);
    void setDefaultBehaviour(const Behaviour& behaviour) { m_default = behaviour; }
    // Requests so far, in order, as "METHOD path" ("POST /1.0/auth/credential").
    const QList<QByteArray>& requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Behaviour& behaviour);
    void feedEndless(QTcpSocket* socket, bool chunked);
    void write(QTcpSocket* socket, const QByteArray& bytes);

    QTcpServer m_server;
    QHash<QByteArray, Behaviour> m_behaviours;
    Behaviour m_default;
    QList<QByteArray> m_requests;
    qint64 m_bytesSent = 0;
};

// The peak resident memory (VmHWM, KiB) of process `pid`, of this process when 0; 0 when it
// cannot be read (gone, or not Linux).
qint64 peakResidentKiB(qint64 pid = 0);
// The resident memory now (VmRSS, KiB), same rules.
qint64 residentKiB(qint64 pid = 0);
// False in a build under AddressSanitizer, whose allocator keeps freed memory in quarantine and
// whose shadow memory counts in RSS: a memory bound is measured on the normal build only.
constexpr bool residentSizeIsMeaningful()
{
#ifdef __SANITIZE_ADDRESS__
    return false;
#else
    return true;
#endif
}
// A file of the eu snapshot in the source tree ("index.json", "me.json"); empty when missing.
QByteArray euSnapshotFile(const QString& name);

} // namespace OvhTest
