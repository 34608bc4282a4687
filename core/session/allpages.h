#pragma once

#include "call/callrequest.h"
#include "net/callresult.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Ovh {

class CallSession;

// What "All pages" gathered: every page's elements, in order.
struct AllPagesResult
{
    enum class Outcome : quint8 {
        Complete, // the last page came (no X-Pagination-Cursor-Next)
        Failed, // a page failed (see `last`); the pages before it are kept
        Cancelled,
        PageLimit, // Limits::maxPages pages or maxItems elements fetched, more remain
    };
    Outcome outcome = Outcome::Complete;
    QJsonArray items;
    int pages = 0;
    CallResult last; // the last answer (the failed one for Failed)
    qint64 elapsedMs = 0; // from the first page's request to the end, 429 pauses included
    QString errorString; // for a person; empty when Complete

    bool isComplete() const { return outcome == Outcome::Complete; }
};

// Fetches every page of a cursor-paged v2 list, one page after the other through `session`
// (so that each page is signed, recorded and cancelled like any call): the first with `first`
// as given, then with X-Pagination-Cursor set to the previous answer's
// X-Pagination-Cursor-Next, until an answer has none. A 429 waits for its Retry-After (or a
// growing pause without one) and asks for the same page again, a bounded number of times.
// A page that is not a JSON array, a cursor seen twice (a server that loops) or too many
// pages ends it with what was gathered. One finished(), never from within start().
class AllPagesJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllPagesJob)

public:
    struct Limits
    {
        int maxPages = 1000;
        int maxItems = 1000000;
        int maxRetries = 5; // 429 answers in a row for one page
        int firstPauseMs = 1000; // without Retry-After: 1 s, 2 s, 4 s, …
        int maxPauseMs = 60000;
    };

    AllPagesJob(CallSession* session, CallRequest first, Limits limits, QObject* parent = nullptr);
    AllPagesJob(CallSession* session, CallRequest first, QObject* parent = nullptr)
        : AllPagesJob(session, std::move(first), Limits(), parent)
    { }

    // False (nothing sent) when the session is busy with another call.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // A page arrived: `pages` so far, `items` gathered so far.
    void progressed(int pages, int items);
    // A 429 answered: the same page is asked again in `ms`.
    void throttled(qint64 ms);
    void finished(const Ovh::AllPagesResult& result);

private:
    void requestPage();
    void onPage(const CallResult& result);
    void finish(AllPagesResult::Outcome outcome, const QString& message);

    QPointer<CallSession> m_session;
    CallRequest m_request; // the page being asked for
    Limits m_limits;
    AllPagesResult m_result;
    QSet<QString> m_cursors;
    QTimer m_pause;
    QElapsedTimer m_clock;
    int m_retries = 0;
    bool m_running = false;
};

} // namespace Ovh

Q_DECLARE_METATYPE(Ovh::AllPagesResult)
