#include "window/diagnosticsdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ovh {

DiagnosticsDialog::DiagnosticsDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setAccessibleName(tr("Diagnostics"));
    m_text->setReadOnly(true);
    // Long schema locations and messages wrap: no sideways scrolling to read one.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 420);
}

void DiagnosticsDialog::setDiagnostics(const QString& endpointName, const Diagnostics& diagnostics)
{
    setWindowTitle(tr("Schema diagnostics \u2014 %1").arg(endpointName));
    QString text;
    for (const Diagnostic& diagnostic : diagnostics) {
        QString where = diagnostic.product.isEmpty() ? tr("index") : diagnostic.product;
        if (!diagnostic.location.isEmpty())
            where += QLatin1String(": ") + diagnostic.location;
        text += where + QLatin1String(": ") + diagnostic.message + QLatin1Char('\n');
    }
    m_text->setPlainText(text.isEmpty() ? tr("Nothing to report.") : text);
}

} // namespace Ovh
