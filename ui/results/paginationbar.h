#pragma once

#include "call/callrequest.h"
#include "net/callresult.h"
#include "session/allpages.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

class CallSession;

// Under the Result of a cursor-paged v2 list: "Next page" (asks the view to run the call
// again with X-Pagination-Cursor set to the answer's X-Pagination-Cursor-Next) and "All pages"
// (an AllPagesJob from the first page through the view's session, with its progress, 429
// pauses and Cancel; the joined array is handed back by allPagesFinished()).
class PaginationBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaginationBar)

public:
    explicit PaginationBar(QWidget* parent = nullptr);

    void setSession(CallSession* session);
    // After each answer: shown when `paged` (the operation takes X-Pagination-Cursor) and the
    // answer is a successful list; "Next page" only while a next cursor remains. Ignored while
    // All pages runs (its pages come through here too).
    void showFor(bool paged, const CallRequest& request, const CallResult& result);
    void hideBar();
    // The answer shown is another (another operation, a stored answer): hides the bar and stops
    // All pages without handing its pages back, since they belong to the list shown before.
    void withdraw();
    bool isFetchingAll() const { return m_job && m_job->isRunning(); }
    QString nextCursor() const { return m_nextCursor; }

public slots:
    void fetchAll();
    void cancel();

signals:
    void nextPageRequested(const QString& cursor);
    void allPagesFinished(const Ovh::AllPagesResult& result);

private:
    void onProgress(int pages, int items);
    void onThrottled(qint64 ms);
    void onFinished(const AllPagesResult& result);

    QPointer<CallSession> m_session;
    QPointer<AllPagesJob> m_job;
    CallRequest m_request;
    QString m_nextCursor;
    QPushButton* m_next;
    QPushButton* m_all;
    QPushButton* m_cancel;
    QLabel* m_status;
};

} // namespace Ovh
