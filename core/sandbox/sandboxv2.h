#pragma once

#include "sandbox/sandboxreply.h"
#include "sandbox/sandboxschemachecker.h"
#include "sandbox/snapshotserver.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Ovh {

// The sandbox's /v2 branch: the documents of a v2 snapshot served like v1's, calls checked
// against it (path, method, parameters; authentication is the sandbox's), answers synthesized,
// and cursor pagination over a demo list for every list that takes X-Pagination-Cursor.
// The checker reads each product with the schema parser it knows (SandboxSchemaChecker::load).
class SandboxV2Branch
{
public:
    static constexpr int DemoListSize = 25;
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 1000;

    // ":/snapshots/eu/v2" when the program bundles it, else empty.
    static QString bundledSnapshotDir();
    explicit SandboxV2Branch(const QString& snapshotDir);

    static QString basePath() { return QStringLiteral("/v2"); }
    bool isValid() const { return m_schema.isValid(); }
    QString snapshotDir() const { return m_snapshotDir; }
    SnapshotServer& documents() { return *m_documents; }
    SandboxSchemaChecker& schema() { return m_schema; }

    // The answer to a call that passed the checks: a page of the demo list for a paged list,
    // else a value synthesized from the operation's response type.
    static SandboxReply answer(const SandboxSchemaChecker::Match& match,
        const QList<std::pair<QByteArray, QByteArray>>& headers);

private:
    QString m_snapshotDir;
    std::unique_ptr<SnapshotServer> m_documents;
    SandboxSchemaChecker m_schema;
};

// The page of `items` that X-Pagination-Cursor `cursor` (empty: the first) and
// X-Pagination-Size `size` (empty: DefaultPageSize) ask for, with X-Pagination-Cursor-Next
// while more remain; 400 for a cursor this sandbox did not give or a size outside
// 1..MaxPageSize.
SandboxReply cursorPage(const QJsonArray& items, const QByteArray& cursor, const QByteArray& size);

// The demo list of a list operation: DemoListSize synthesized elements, each its own id.
QJsonArray demoList(const SandboxSchemaChecker::Match& match);

} // namespace Ovh
