#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
QT_END_NAMESPACE

namespace Ovh {

// Asks before a call that changes something on a real account: shows the method, the URL and
// the body, and offers not to ask again for this endpoint. Opened with open(), never from a
// network callback.
class ConfirmCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmCallDialog)

public:
    ConfirmCallDialog(const QString& endpointName, const QString& method, const QString& url,
        const QString& body, QWidget* parent = nullptr);

    bool dontAskAgain() const;

private:
    QCheckBox* m_dontAsk;
};

} // namespace Ovh
