#pragma once

#include "window/aboutdialog.h"

#include "base/endpoint.h"
#include "schema/schemaset.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace Ovh {

class DiagnosticsDialog;
class SchemaRepository;

// The schema's part of the window's status bar: where the schema shown came from and its size,
// the progress of a load with its Stop button, and what the loader reported (a button opening
// the diagnostics), Retry after a load that brought nothing. Also keeps what Help > About says of
// that schema.
class SchemaStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaStatus)

public:
    // `repository` is owned by the caller and outlives this; the widgets go into `statusBar`,
    // the diagnostics dialog opens over `window`.
    SchemaStatus(SchemaRepository* repository, QStatusBar* statusBar, QWidget* window);

    void showLoading(const Endpoint& endpoint);
    // `previousShown`: a schema was on screen before (an unusable one does not replace it).
    void showLoaded(const SchemaSet& schema, bool previousShown);
    void showDiagnostics();
    // The schema part of Help > About (endpoint, source, date, sizes).
    const AboutFacts& aboutFacts() const { return m_about; }
    // A load that brought something to show.
    static bool isUsable(const SchemaSet& schema);

signals:
    void retryRequested();

private:
    void onProgress(int done, int total);
    static QString sourceText(const SchemaSet& schema);

    QWidget* m_window;
    Endpoint m_endpoint;
    Diagnostics m_diagnostics;
    AboutFacts m_about;
    QLabel* m_sourceLabel;
    QProgressBar* m_progress;
    QToolButton* m_stopLoadingButton; // shown with the progress: stops waiting for the network
    QToolButton* m_diagnosticsButton;
    QToolButton* m_retryButton; // after a load that brought nothing
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;
};

} // namespace Ovh
