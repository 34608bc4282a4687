#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {
class HistoryRecorder;
class HistoryStore;
} // namespace Ovh

namespace Ovh::Cli {

class Command;

// Picks the sub-command named by the first argument and runs it.
class CliApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    explicit CliApplication(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~CliApplication() override;

    // Returns an exit code, or Command::Pending and emits finished() later.
    int start(const QStringList& arguments);
    // The commands the help lists (not the hidden `complete`).
    static QStringList commandNames();

signals:
    void finished(int exitCode);

private:
    QString usage() const;

    QNetworkAccessManager* m_nam;
    // The history `call` records into and `history` reads (opened on first use).
    std::unique_ptr<HistoryStore> m_history;
    HistoryRecorder* m_recorder;
    Command* m_command = nullptr;
};

} // namespace Ovh::Cli
