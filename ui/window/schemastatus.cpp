#include "window/schemastatus.h"

#include "window/diagnosticsdialog.h"

#include "net/schemarepository.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Ovh {

SchemaStatus::SchemaStatus(SchemaRepository* repository, QStatusBar* statusBar, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_sourceLabel(new QLabel(statusBar))
    , m_progress(new QProgressBar(statusBar))
    , m_stopLoadingButton(new QToolButton(statusBar))
    , m_diagnosticsButton(new QToolButton(statusBar))
    , m_retryButton(new QToolButton(statusBar))
{
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_stopLoadingButton->setObjectName(QStringLiteral("stopLoadingButton"));
    m_stopLoadingButton->setText(tr("Stop"));
    m_stopLoadingButton->setToolTip(
        tr("Stop waiting for the server: use the cached or bundled schema for the rest"));
    m_stopLoadingButton->hide();
    m_diagnosticsButton->setObjectName(QStringLiteral("diagnosticsButton"));
    m_diagnosticsButton->setAutoRaise(true);
    m_diagnosticsButton->setToolTip(tr("Show what the schema loader reported"));
    m_diagnosticsButton->hide();
    m_retryButton->setObjectName(QStringLiteral("retryLoadButton"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setToolTip(tr("Load the schema of this endpoint again (F5)"));
    m_retryButton->hide();
    statusBar->addWidget(m_sourceLabel, 1);
    statusBar->addPermanentWidget(m_retryButton);
    statusBar->addPermanentWidget(m_progress);
    statusBar->addPermanentWidget(m_stopLoadingButton);
    statusBar->addPermanentWidget(m_diagnosticsButton);

    connect(m_stopLoadingButton, &QToolButton::clicked, repository, &SchemaRepository::stopWaiting);
    connect(m_diagnosticsButton, &QToolButton::clicked, this, &SchemaStatus::showDiagnostics);
    connect(m_retryButton, &QToolButton::clicked, this, &SchemaStatus::retryRequested);
    connect(repository, &SchemaRepository::progressChanged, this, &SchemaStatus::onProgress);
}

void SchemaStatus::showLoading(const Endpoint& endpoint)
{
    m_endpoint = endpoint;
    m_sourceLabel->setText(tr("Loading the schema of %1\u2026").arg(endpoint.displayName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_retryButton->hide();
    m_stopLoadingButton->show();
}

void SchemaStatus::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(0, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m products"));
}

void SchemaStatus::showLoaded(const SchemaSet& schema, bool previousShown)
{
    m_progress->hide();
    m_stopLoadingButton->hide();
    m_diagnostics = schema.diagnostics;
    m_retryButton->setVisible(!isUsable(schema) && !previousShown);
    if (!isUsable(schema)) {
        m_sourceLabel->setText(previousShown ? tr("Still showing the schema loaded before.")
                                             : tr("No schema for %1: nothing can be sent to it.")
                                                   .arg(schema.endpoint.displayName()));
        m_sourceLabel->setToolTip(schema.endpoint.baseUrl.toString());
    } else {
        m_about.endpoint = schema.endpoint.displayName() + QStringLiteral(" (")
            + schema.endpoint.baseUrl.toString() + QLatin1Char(')');
        m_about.schemaSource = schemaSourceName(schema.source);
        m_about.schemaFetchedAt = schema.fetchedAt;
        m_about.products = int(schema.products.size());
        m_about.operations = schema.operationCount();
        m_sourceLabel->setText(
            tr("%1 \u00b7 %2, %3 \u00b7 %4")
                .arg(schema.endpoint.displayName(),
                    tr("%n product(s)", nullptr, int(schema.products.size())),
                    tr("%n operation(s)", nullptr, schema.operationCount()), sourceText(schema)));
        m_sourceLabel->setToolTip(schema.endpoint.baseUrl.toString());
    }
    m_diagnosticsButton->setText(tr("Diagnostics: %1").arg(m_diagnostics.size()));
    m_diagnosticsButton->setVisible(!m_diagnostics.isEmpty());
    if (m_diagnosticsDialog)
        m_diagnosticsDialog->setDiagnostics(m_endpoint.displayName(), m_diagnostics);
}

bool SchemaStatus::isUsable(const SchemaSet& schema)
{
    return schema.source != SchemaSource::None && !schema.products.isEmpty();
}

QString SchemaStatus::sourceText(const SchemaSet& schema)
{
    QString source;
    switch (schema.source) {
    case SchemaSource::Network:
        source = tr("downloaded from the network");
        break;
    case SchemaSource::Cache:
        source = tr("from the cache");
        break;
    case SchemaSource::Bundled:
        source = tr("from the bundled snapshot");
        break;
    case SchemaSource::None:
        break;
    }
    if (schema.fetchedAt.isValid())
        source += QLatin1Char(' ')
            + tr("(fetched %1)")
                  .arg(QLocale().toString(schema.fetchedAt.toLocalTime(), QLocale::ShortFormat));
    return source;
}

void SchemaStatus::showDiagnostics()
{
    if (!m_diagnosticsDialog) {
        m_diagnosticsDialog = new DiagnosticsDialog(m_window);
        m_diagnosticsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_diagnosticsDialog->setDiagnostics(m_endpoint.displayName(), m_diagnostics);
    m_diagnosticsDialog->show();
    m_diagnosticsDialog->raise();
    m_diagnosticsDialog->activateWindow();
}

} // namespace Ovh
