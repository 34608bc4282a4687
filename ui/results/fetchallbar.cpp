#include "results/fetchallbar.h"

#include "look/announcer.h"

#include "session/fetchall.h"
#include "session/fetchallplan.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Ovh {

FetchAllBar::FetchAllBar(QWidget* parent)
    : QWidget(parent)
    , m_refresh(new QTimer(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_fetch(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("fetchAllBar"));
    m_text->setObjectName(QStringLiteral("fetchAllText"));
    m_progress->setObjectName(QStringLiteral("fetchAllProgress"));
    m_fetch->setObjectName(QStringLiteral("fetchAllButton"));
    m_cancel->setObjectName(QStringLiteral("fetchAllCancel"));
    m_text->setTextFormat(Qt::PlainText);
    // Its text changes many times a second: it must not relayout the Result each time.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &FetchAllBar::showProgress);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_fetch);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_fetch, &QPushButton::clicked, this, &FetchAllBar::start);
    connect(m_cancel, &QPushButton::clicked, this, &FetchAllBar::cancel);
    hide();
}

FetchAllBar::~FetchAllBar() = default;

void FetchAllBar::offer(const Product& product, const Operation& list, const CallRequest& request,
    const CallResult& result, const Endpoint& endpoint, const Credentials& credentials)
{
    clear();
    m_idCount = result.isSuccess() ? FetchAllPlan::fetchableCount(product, list, result.json) : -1;
    if (m_idCount <= 0)
        return;
    m_product = product;
    m_list = list;
    m_request = request;
    m_answer = result.json;
    m_endpoint = endpoint;
    m_credentials = credentials;
    showIdle();
    m_text->setText(tr("Each id has a detail: fetch them all into a table."));
    show();
}

void FetchAllBar::clear()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_idCount = -1;
    m_answer = QJsonValue();
    hide();
}

void FetchAllBar::showIdle()
{
    m_fetch->setText(tr("Fetch all (%1)").arg(QLocale().toString(m_idCount)));
    m_fetch->setEnabled(m_client != nullptr);
    m_progress->hide();
    m_cancel->hide();
}

bool FetchAllBar::isRunning() const
{
    return m_job && m_job->isRunning();
}

void FetchAllBar::start()
{
    if (m_idCount <= 0 || !m_client || isRunning())
        return;
    const FetchAllPlan plan = FetchAllPlan::of(m_product, m_list, m_request, m_answer);
    if (!plan.isValid()) {
        m_text->setText(plan.error);
        announceStatus(m_text, plan.error);
        return;
    }
    if (m_job)
        m_job->deleteLater();
    m_job = new FetchAll(m_client, m_endpoint, m_credentials, this);
    FetchAll::Settings settings;
    settings.concurrency = m_concurrency;
    m_job->setSettings(settings);
    connect(m_job, &FetchAll::progress, this, &FetchAllBar::onProgress);
    connect(m_job, &FetchAll::throttled, this, &FetchAllBar::onThrottled);
    connect(m_job, &FetchAll::finished, this, &FetchAllBar::onFinished);
    m_job->start(plan.items);
    m_fetch->setEnabled(false);
    m_progress->setRange(0, int(plan.items.size()));
    m_progress->setValue(m_job->done());
    m_progress->show();
    m_cancel->show();
    m_text->setText(tr("Fetching %Ln detail(s)\u2026", nullptr, m_idCount));
}

void FetchAllBar::cancel()
{
    if (isRunning())
        m_job->cancel();
}

void FetchAllBar::onProgress()
{
    if (!m_refresh->isActive())
        m_refresh->start();
}

void FetchAllBar::showProgress()
{
    if (!isRunning())
        return;
    m_progress->setValue(m_job->done());
    QString text = tr("%1 of %2, %3/s")
                       .arg(QLocale().toString(m_job->done()), QLocale().toString(m_job->total()),
                           QLocale().toString(m_job->rate(), 'f', 0));
    if (m_job->failed() > 0)
        text += QLatin1String(", ") + tr("%n failed", nullptr, m_job->failed());
    if (m_job->isPaused())
        text += QLatin1String(", ") + tr("waiting: the API asked to slow down (429)");
    m_text->setText(text);
}

void FetchAllBar::onThrottled(qint64 waitMs)
{
    m_text->setText(tr("%1 of %2: the API asks to slow down (429), waiting %3 s")
                        .arg(QLocale().toString(m_job->done()), QLocale().toString(m_job->total()),
                            QLocale().toString(double(waitMs) / 1000.0, 'f', 1)));
}

void FetchAllBar::onFinished(const ObjectRows& rows, bool cancelled)
{
    m_refresh->stop();
    showIdle();
    m_progress->setValue(m_job->done());
    m_progress->show(); // how far it went stays in view
    const QString seconds = QLocale().toString(double(m_job->elapsedMs()) / 1000.0, 'f', 1);
    const int fetched = m_job->done() - m_job->failed();
    QString text = cancelled
        ? tr("Cancelled: %1 of %2 fetched in %3 s")
              .arg(QLocale().toString(fetched), QLocale().toString(m_job->total()), seconds)
        : tr("Fetched %1 of %2 in %3 s")
              .arg(QLocale().toString(fetched), QLocale().toString(m_job->total()), seconds);
    const int failed = m_job->failed();
    if (failed > 0)
        text += QLatin1String(", ") + tr("%n failed (see the table)", nullptr, failed);
    if (m_job->retries() > 0)
        text += QLatin1String(", ") + tr("%n retried after 429", nullptr, m_job->retries());
    m_text->setText(text);
    announceStatus(m_text, text);
    emit rowsFetched(rows, cancelled);
}

} // namespace Ovh
