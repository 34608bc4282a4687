#pragma once

#include "base/credentials.h"
#include "base/endpoint.h"
#include "results/objectrow.h"
#include "session/fetchallplan.h"

#include <QByteArray>
#include <QObject>

namespace Ovh {
class ApiClient;
class FetchAll;
} // namespace Ovh

namespace Ovh::Cli {

// `call … --expand`: fetches the detail of every id a list answered (FetchAll), then reports the
// failures, one line each, and a summary on stderr. The caller prints the rows.
class ExpandRun final : public QObject
{
    Q_OBJECT

public:
    ExpandRun(ApiClient* client, const Endpoint& endpoint, const Credentials& credentials,
        QObject* parent = nullptr);

    // Fetches `plan`'s ids, `concurrency` at a time; fetched() follows, never synchronously.
    void start(const FetchAllPlan& plan, int concurrency);

signals:
    // Every row in id order; `failed` of them hold an error (already printed).
    void fetched(const Ovh::ObjectRows& rows, int failed);

private:
    void onFinished(const ObjectRows& rows);

    FetchAll* m_fetch;
};

// The objects fetched, as one JSON array in id order (failed rows left out), indented or
// compact, with a final newline.
QByteArray expandedJson(const ObjectRows& rows, bool compact);

} // namespace Ovh::Cli
