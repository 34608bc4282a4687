#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Ovh {

// Starts the program again in place (a change of language loads at start only): the same
// program, working folder and environment, with Qt's own options (-style, -platform…) and the
// session's (--cache-dir, --offline) as given, on the endpoint shown when it was asked (not the
// --endpoint or OVH_ENDPOINT of the start), without the start's OPERATION (the restored tabs
// say what was open). The composition root makes it first, so that its destructor, the last to
// run, starts the new process once the window, the settings and the history wrote everything.
class Relaunch final
{
    Q_DISABLE_COPY_MOVE(Relaunch)

public:
    // `given`: the command line before QApplication took its own options out of it.
    explicit Relaunch(QStringList given);
    ~Relaunch();

    // What QApplication left of it (QCoreApplication::arguments()): the rest is Qt's own.
    void setLeft(const QStringList& left);
    // The program's options to give again, such as {"--offline"}.
    void setKept(const QStringList& options) { m_kept = options; }
    // The program started (default: this one).
    void setProgram(const QString& program) { m_program = program; }

    // The new process' arguments, on `endpoint` (what Endpoint::fromUserText reads, or
    // "sandbox").
    QStringList arguments(const QString& endpoint) const;
    // The destructor starts the program again with arguments(endpoint).
    void request(const QString& endpoint) { m_endpoint = endpoint; }
    bool isRequested() const { return m_endpoint.has_value(); }
    // Starts it now (the destructor calls it when requested); false, with `error`, on failure.
    bool start(QString* error = nullptr);

private:
    QStringList m_given;
    QStringList m_qtOwn;
    QStringList m_kept;
    QString m_program;
    std::optional<QString> m_endpoint;
};

} // namespace Ovh
