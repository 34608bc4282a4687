#pragma once

#include "schema/schema.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Ovh {

// Lists what the schema parser and the repository reported for the loaded endpoint.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)

public:
    explicit DiagnosticsDialog(QWidget* parent = nullptr);

    void setDiagnostics(const QString& endpointName, const Diagnostics& diagnostics);

private:
    QPlainTextEdit* m_text;
};

} // namespace Ovh
