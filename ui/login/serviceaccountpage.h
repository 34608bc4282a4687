#pragma once

#include "base/credentials.h"

#include <QUrl>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

// The login dialog's "Service account" page: the client id and secret of an OAuth2 service
// account, and a Check button. Its calls carry a bearer token instead of a signature;
// LoginDialog checks (a token is issued) and saves them.
class ServiceAccountPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceAccountPage)

public:
    // `tokenUrl`: where tokens come from; empty when the endpoint has no service accounts.
    ServiceAccountPage(
        const QString& endpointName, const QUrl& tokenUrl, QWidget* parent = nullptr);

    QLineEdit* clientId() const { return m_clientId; }
    QLineEdit* clientSecret() const { return m_clientSecret; }
    QPushButton* checkButton() const { return m_checkButton; }
    QLabel* checkStatus() const { return m_checkStatus; }
    // The client id and secret as typed, trimmed.
    Credentials credentials() const;
    bool isFilled() const;

private:
    QLineEdit* m_clientId;
    QLineEdit* m_clientSecret;
    QPushButton* m_checkButton;
    QLabel* m_checkStatus;
};

} // namespace Ovh
