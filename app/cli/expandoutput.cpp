#include "cli/expandoutput.h"

#include "base/jsontext.h"
#include "cli/clicommand.h"
#include "session/fetchall.h"
#include "text/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ovh::Cli {

ExpandRun::ExpandRun(
    ApiClient* client, const Endpoint& endpoint, const Credentials& credentials, QObject* parent)
    : QObject(parent)
    , m_fetch(new FetchAll(client, endpoint, credentials, this))
{
    connect(m_fetch, &FetchAll::finished, this, &ExpandRun::onFinished);
}

void ExpandRun::start(const FetchAllPlan& plan, int concurrency)
{
    FetchAll::Settings settings;
    settings.concurrency = concurrency;
    m_fetch->setSettings(settings);
    m_fetch->start(plan.items);
}

void ExpandRun::onFinished(const ObjectRows& rows)
{
    for (const ObjectRow& row : rows) {
        if (!row.error.isEmpty())
            printErr(QStringLiteral("error: id %1: %2\n")
                         .arg(displayText(QString::fromUtf8(compactJson(row.id))),
                             displayText(row.error)));
    }
    const int failed = m_fetch->failed();
    QString summary = QStringLiteral("fetched %1 of %2 in %3 ms (%4/s)")
                          .arg(m_fetch->done() - failed)
                          .arg(m_fetch->total())
                          .arg(m_fetch->elapsedMs())
                          .arg(m_fetch->rate(), 0, 'f', 0);
    if (m_fetch->retries() > 0)
        summary += QStringLiteral(", %1 retried after 429").arg(m_fetch->retries());
    if (failed > 0)
        summary += QStringLiteral(", %1 failed").arg(failed);
    printErr(summary + QLatin1Char('\n'));
    emit fetched(rows, failed);
}

QByteArray expandedJson(const ObjectRows& rows, bool compact)
{
    QJsonArray objects;
    for (const ObjectRow& row : rows) {
        if (row.error.isEmpty())
            objects.append(row.object);
    }
    if (compact)
        return QJsonDocument(objects).toJson(QJsonDocument::Compact) + '\n';
    return indentedJson(objects) + '\n';
}

} // namespace Ovh::Cli
