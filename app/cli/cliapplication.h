#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Ovh {
class AccountStore;
class ExplorerServices;
class ExplorerSettings;
class HistoryRecorder;
class HistoryStore;
class SecretStore;
} // namespace Ovh

namespace Ovh::Cli {

class Command;

// Picks the sub-command named by the first argument and runs it. The CLI's composition root:
// the core services a command uses (schema repository, server clock, API client, account and
// call sessions, over the window's settings and the keychain) are created here, once, and
// handed to the command.
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
    // Made on first use: `sandbox` and the help need none of them.
    ExplorerServices* services();

    QNetworkAccessManager* m_nam;
    // The history `call` records into and `history` reads (opened on first use).
    std::unique_ptr<HistoryStore> m_history;
    HistoryRecorder* m_recorder;
    Command* m_command = nullptr;
    std::unique_ptr<ExplorerSettings> m_settings; // profiles, shared with the window
    std::unique_ptr<SecretStore> m_secrets; // touches the keychain only when a job runs
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<ExplorerServices> m_services;
};

} // namespace Ovh::Cli
