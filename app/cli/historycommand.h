#pragma once

#include "cli/clicommand.h"

namespace Ovh {
class HistoryStore;
struct HistoryEntry;
} // namespace Ovh

namespace Ovh::Cli {

// history [--filter TEXT] [--limit N] [--json]: the calls recorded by the window and `call`,
// newest first. history show ID [--json]: one call whole, with its request and response.
// history clear: forgets every call.
class HistoryCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCommand)

public:
    // `store` is owned by the caller (the application) and outlives the command.
    HistoryCommand(HistoryStore* store, QObject* parent);
    int start(const QStringList& arguments) override;

private:
    int list(const QString& filter, int limit, bool json);
    int show(const QString& id, bool json);
    int clear();

    HistoryStore* m_store;
};

// `call --from-history ID [overrides]` arguments (those after "call") as the plain call that
// repeats the recorded one: METHOD PATH, --endpoint, a -p for each recorded value and the body,
// except those the arguments already give (--endpoint, -p NAME, --body win). Arguments without
// --from-history come back unchanged. Empty with `error` set when the entry cannot be repeated
// (unknown, its body cut, a secret that was not kept and is not given again).
QStringList callFromHistory(const QStringList& arguments, HistoryStore* store, QString* error);

} // namespace Ovh::Cli
