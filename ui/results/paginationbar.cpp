#include "results/paginationbar.h"

#include "call/pagination.h"
#include "session/callsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Ovh {

PaginationBar::PaginationBar(QWidget* parent)
    : QWidget(parent)
    , m_next(new QPushButton(tr("Next page"), this))
    , m_all(new QPushButton(tr("All pages"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("paginationBar"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_all->setObjectName(QStringLiteral("allPagesButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPagesButton"));
    m_status->setObjectName(QStringLiteral("paginationStatus"));
    m_next->setToolTip(tr("Run the call again for the next page (X-Pagination-Cursor)"));
    m_all->setToolTip(tr("Fetch every page from the first and show them as one list"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_next);
    layout->addWidget(m_all);
    layout->addWidget(m_cancel);
    layout->addWidget(m_status, 1);
    m_cancel->hide();
    hide();

    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!m_nextCursor.isEmpty())
            emit nextPageRequested(m_nextCursor);
    });
    connect(m_all, &QPushButton::clicked, this, &PaginationBar::fetchAll);
    connect(m_cancel, &QPushButton::clicked, this, &PaginationBar::cancel);
}

void PaginationBar::setSession(CallSession* session)
{
    m_session = session;
}

void PaginationBar::showFor(bool paged, const CallRequest& request, const CallResult& result)
{
    if (isFetchingAll())
        return;
    if (!paged || !result.isSuccess() || !result.json.isArray())
        return hideBar();
    m_request = request;
    m_nextCursor = QString::fromLatin1(result.header(Pagination::NextCursorHeader));
    m_next->setVisible(!m_nextCursor.isEmpty());
    m_next->setEnabled(true);
    m_all->setEnabled(true);
    const qsizetype items = result.json.toArray().size();
    m_status->setText(m_nextCursor.isEmpty()
            ? tr("Last page, items: %1").arg(items)
            : tr("More pages remain; items on this page: %1").arg(items));
    show();
}

void PaginationBar::hideBar()
{
    if (isFetchingAll())
        return;
    m_nextCursor.clear();
    hide();
}

void PaginationBar::withdraw()
{
    if (AllPagesJob* job = m_job) {
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
        m_cancel->hide();
        m_next->setEnabled(true);
        m_all->setEnabled(true);
    }
    hideBar();
}

void PaginationBar::fetchAll()
{
    if (isFetchingAll() || !m_session)
        return;
    auto* job = new AllPagesJob(m_session, withoutPageCursor(m_request), this);
    connect(job, &AllPagesJob::progressed, this, &PaginationBar::onProgress);
    connect(job, &AllPagesJob::throttled, this, &PaginationBar::onThrottled);
    connect(job, &AllPagesJob::finished, this, &PaginationBar::onFinished);
    if (!job->start()) {
        job->deleteLater();
        m_status->setText(tr("Another call is running"));
        return;
    }
    m_job = job;
    m_next->setEnabled(false);
    m_all->setEnabled(false);
    m_cancel->show();
    m_status->setText(tr("Fetching page 1\u2026"));
}

void PaginationBar::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PaginationBar::onProgress(int pages, int items)
{
    m_status->setText(tr("Fetching page %1\u2026 items so far: %2").arg(pages + 1).arg(items));
}

void PaginationBar::onThrottled(qint64 ms)
{
    m_status->setText(
        tr("Too many requests: asking again in %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1)));
}

void PaginationBar::onFinished(const AllPagesResult& result)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_cancel->hide();
    m_all->setEnabled(true);
    m_next->hide(); // the list shown is the whole of it
    m_nextCursor.clear();
    const QString gathered = tr("pages: %1, items: %2").arg(result.pages).arg(result.items.size());
    switch (result.outcome) {
    case AllPagesResult::Outcome::Complete:
        m_status->setText(tr("All pages fetched: %1").arg(gathered));
        break;
    case AllPagesResult::Outcome::Cancelled:
        m_status->setText(tr("Cancelled, %1").arg(gathered));
        break;
    case AllPagesResult::Outcome::Failed:
    case AllPagesResult::Outcome::PageLimit:
        m_status->setText(tr("Stopped, %1: %2").arg(gathered, result.errorString));
        break;
    }
    emit allPagesFinished(result);
}

} // namespace Ovh
