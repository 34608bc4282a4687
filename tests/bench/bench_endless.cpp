// Peak memory of one bounded GET against an endless answer, run after a keep-alive GET on the
// same host (as the CLI does: /auth/time, then the call), each run in a child process of its
// own so that every peak is measured apart. The server runs in a thread of the parent.
// --delay-ms D holds the main thread D ms once the request is out, before the BoundedReply reads
// it, the worst a busy machine can do: Qt's HTTP thread must not read unbounded meanwhile.
// Usage: bench_endless [--runs N] [--delay-ms D] [--mode chunked|unframed|huge] [--raw]
//   --raw: QNetworkAccessManager::get() as before BoundedReply::send(), to compare.
// OVH_BENCH_TRACE=1: the child also logs its RSS, the CPU time of each thread and the events.
// Run by hand; never a pass/fail test.
#include "benchstats.h"
#include "hostileserver.h"
#include "net/boundedreply.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include <sys/resource.h>

using namespace Ovh;
using Mode = OvhTest::HostileServer::Mode;

namespace {

QString option(const QStringList& arguments, const QString& name, const QString& fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

// One run: prints "peakKiB rssAfterDelayKiB outcome ms".
int child(const QUrl& base, int delayMs, bool raw)
{
    QNetworkAccessManager nam;
    {
        QNetworkRequest warmUp(base.resolved(QUrl(QStringLiteral("time"))));
        BoundedReply::Limits limits;
        limits.maxBytes = 64 * 1024;
        BoundedReply reader(raw ? nam.get(warmUp) : BoundedReply::send(&nam, warmUp), limits);
        QEventLoop loop;
        QObject::connect(&reader, &BoundedReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (!reader.isComplete()) {
            std::fprintf(stderr, "warm-up failed: %s\n", qPrintable(reader.errorString()));
            return 2;
        }
    }
    QElapsedTimer timer;
    timer.start();
    std::atomic<bool> tracing { qEnvironmentVariableIsSet("OVH_BENCH_TRACE") };
    std::thread sampler;
    if (tracing) {
        sampler = std::thread([&] {
            qint64 last = 0;
            qint64 lastThreads = 0;
            while (tracing) {
                const qint64 now = OvhTest::residentKiB() / 1024;
                if (qAbs(now - last) >= 8) {
                    std::fprintf(stderr, "%5lld ms: RSS %lld MiB\n", timer.elapsed(), now);
                    last = now;
                }
                if (timer.elapsed() - lastThreads >= 100) {
                    lastThreads = timer.elapsed();
                    QString line;
                    const QDir tasks(QStringLiteral("/proc/self/task"));
                    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                        QFile stat(tasks.filePath(task) + QStringLiteral("/stat"));
                        if (!stat.open(QIODevice::ReadOnly))
                            continue;
                        const QByteArray text = stat.readAll();
                        const QByteArray name = text.mid(
                            text.indexOf('(') + 1, text.lastIndexOf(')') - text.indexOf('(') - 1);
                        const QList<QByteArray> fields
                            = text.mid(text.lastIndexOf(')') + 2).split(' ');
                        line += QStringLiteral(" %1=%2")
                                    .arg(QString::fromLatin1(name))
                                    .arg(fields.value(11).toLongLong()
                                        + fields.value(12).toLongLong());
                    }
                    std::fprintf(
                        stderr, "%5lld ms: cpu ticks%s\n", timer.elapsed(), qPrintable(line));
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
    }
    const QNetworkRequest request(base.resolved(QUrl(QStringLiteral("endless"))));
    BoundedReply::Limits limits;
    QNetworkReply* reply = raw ? nam.get(request) : BoundedReply::send(&nam, request);
    if (delayMs > 0)
        QThread::msleep(delayMs);
    const qint64 afterDelay = OvhTest::residentKiB();
    BoundedReply reader(reply, limits);
    if (tracing)
        std::fprintf(
            stderr, "%5lld ms: limit set, RSS %lld MiB\n", timer.elapsed(), afterDelay / 1024);
    if (tracing) {
        QObject::connect(reply, &QNetworkReply::metaDataChanged,
            [&] { std::fprintf(stderr, "%5lld ms: headers\n", timer.elapsed()); });
        struct Counter : QObject
        {
            QElapsedTimer* timer;
            QNetworkReply* reply;
            int calls = 0;
            bool eventFilter(QObject*, QEvent* event) override
            {
                if (event->type() == QEvent::MetaCall && ++calls % 512 == 1)
                    std::fprintf(stderr, "%5lld ms: queued call #%d, %lld bytes waiting\n",
                        timer->elapsed(), calls, reply->bytesAvailable());
                return false;
            }
        };
        auto* counter = new Counter;
        counter->timer = &timer;
        counter->reply = reply;
        counter->setParent(reply);
        reply->installEventFilter(counter);
        auto reads = std::make_shared<int>(0);
        QObject::connect(reply, &QNetworkReply::readyRead, [&, reads] {
            if (++*reads % 64 == 1)
                std::fprintf(stderr, "%5lld ms: readyRead #%d, %lld bytes waiting, %lld read\n",
                    timer.elapsed(), *reads, reply->bytesAvailable(), qint64(reader.body().size()));
        });
    }
    QEventLoop loop;
    QObject::connect(&reader, &BoundedReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    tracing = false;
    if (sampler.joinable())
        sampler.join();
    std::printf("%lld %lld %s %lld\n", OvhBench::peakRssKb(), afterDelay,
        reader.outcome() == BoundedReply::Outcome::TooLarge ? "too-large" : "other",
        timer.elapsed());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int delayMs
        = option(arguments, QStringLiteral("--delay-ms"), QStringLiteral("0")).toInt();
    const bool raw = arguments.contains(QStringLiteral("--raw"));
    if (arguments.contains(QStringLiteral("--child")))
        return child(QUrl(option(arguments, QStringLiteral("--child"), {})), delayMs, raw);

    const int runs = option(arguments, QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    const QString modeName = option(arguments, QStringLiteral("--mode"), QStringLiteral("chunked"));
    const Mode mode = modeName == QLatin1String("unframed") ? Mode::EndlessUnframed
        : modeName == QLatin1String("huge")                 ? Mode::HugeLength
                                                            : Mode::EndlessChunked;

    // The server in a thread of its own: it keeps writing whatever this thread does.
    QThread serverThread;
    QObject inServerThread;
    inServerThread.moveToThread(&serverThread);
    serverThread.start();
    OvhTest::HostileServer* server = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(
        &inServerThread,
        [&] {
            server = new OvhTest::HostileServer;
            server->listen();
            const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
            server->setBehaviour(QStringLiteral("/time"), { Mode::Serve, 200, now, {}, 0 });
            server->setBehaviour(QStringLiteral("/endless"), { mode, 200, {}, {}, 0 });
            base = server->url(QStringLiteral("/"));
        },
        Qt::BlockingQueuedConnection);

    QList<double> peaksMiB;
    int runaways = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A runaway dies at 3 GiB of address space instead of taking the machine's memory.
        process.setChildProcessModifier([] {
            const rlimit limit { rlim_t(3) << 30, rlim_t(3) << 30 };
            setrlimit(RLIMIT_AS, &limit);
        });
        QStringList childArguments { QStringLiteral("--child"), base.toString(),
            QStringLiteral("--delay-ms"), QString::number(delayMs) };
        if (raw)
            childArguments << QStringLiteral("--raw");
        process.start(QCoreApplication::applicationFilePath(), childArguments);
        process.waitForFinished(-1); // the server thread needs no help from this one
        const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
        const bool crashed = process.exitStatus() != QProcess::NormalExit || fields.size() < 4;
        const double peakMiB = crashed ? 3072 : fields.value(0).toDouble() / 1024;
        peaksMiB.append(peakMiB);
        if (peakMiB >= 250)
            ++runaways;
        std::printf("run %2d: peak %6.0f MiB, RSS after the delay %6.0f MiB, %s in %s ms\n", i + 1,
            peakMiB, fields.value(1).toDouble() / 1024, fields.value(2).constData(),
            fields.value(3).constData());
        if (crashed)
            std::printf("        died (exit %d): counted as 3072 MiB\n", process.exitCode());
        std::fflush(stdout);
    }
    std::printf("%s, %s, delay %d ms: %d runs, peak median %.0f MiB, max %.0f MiB, "
                "%d at 250 MiB or more\n",
        qPrintable(modeName), raw ? "plain get()" : "BoundedReply::send()", delayMs, runs,
        OvhBench::median(peaksMiB), OvhBench::percentile(peaksMiB, 1.0), runaways);
    QMetaObject::invokeMethod(
        &inServerThread, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
