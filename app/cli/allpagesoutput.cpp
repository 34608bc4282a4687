#include "cli/allpagesoutput.h"

#include "base/jsontext.h"
#include "cli/clicommand.h"
#include "text/displaytext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ovh::Cli {

AllPagesOutput::AllPagesOutput(
    CallSession* session, const CallRequest& first, bool json, QObject* parent)
    : QObject(parent)
    , m_job(new AllPagesJob(session, first, this))
    , m_json(json)
{
    connect(m_job, &AllPagesJob::throttled, this, [](qint64 ms) {
        printErr(QStringLiteral("warning: 429 too many requests; asking again in %1 s\n")
                     .arg(double(ms) / 1000.0, 0, 'f', 1));
    });
    connect(m_job, &AllPagesJob::finished, this, &AllPagesOutput::report);
}

void AllPagesOutput::start()
{
    if (!m_job->start()) {
        printErr(QStringLiteral("error: another call is running; nothing sent\n"));
        emit finished(Failure);
    }
}

void AllPagesOutput::report(const AllPagesResult& result)
{
    if (m_json) {
        const QJsonObject object {
            { QStringLiteral("pages"), result.pages },
            { QStringLiteral("complete"), result.isComplete() },
            { QStringLiteral("items"), result.items },
            { QStringLiteral("error"),
                result.isComplete() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(result.errorString) },
        };
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    } else {
        printOut(QString::fromUtf8(indentedJson(result.items)) + QLatin1Char('\n'));
        printErr(QStringLiteral("%1 pages, %2 items\n").arg(result.pages).arg(result.items.size()));
    }
    if (!result.isComplete()) {
        QString message = displayText(result.errorString);
        if (!result.last.queryId.isEmpty())
            message += QStringLiteral(" (query id %1)").arg(displayText(result.last.queryId));
        printErr(QStringLiteral("error: %1\n").arg(message));
    }
    emit finished(result.isComplete() ? Success : Failure);
}

} // namespace Ovh::Cli
