#pragma once

#include "auth/credentialrequest.h"
#include "base/credentials.h"
#include "base/endpoint.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

class ApiClient;
class MessageBar;

// "Current credential": what the consumer key in use may do and until when
// (GET /auth/currentCredential), with advice when it expires soon or grants more than needed.
// The window does the logout and the new request; this only asks for them.
class CredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialDialog)

public:
    CredentialDialog(ApiClient* client, const Endpoint& endpoint, const Credentials& credentials,
        const QString& profileName, QWidget* parent = nullptr);
    ~CredentialDialog() override;

    // Asks the API again (done once automatically when the dialog is first shown).
    void refresh();

    // "12 Mar 2025 14:00 (in 12 days)", "… (expired)", "never": shared with the login dialog.
    static QString expiryText(const CredentialInfo& info, const QDateTime& now);
    static QString statusText(CredentialStatus status);
    // Why a check of the keys failed, for a person: unknown application key, invalid consumer
    // key, bad secret, unreachable endpoint, or what the API said; with the query id.
    static QString problemText(const CallResult& result, const QString& endpointName);

signals:
    void requestRightsRequested(const Ovh::CredentialRules& current);
    void logoutRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void done(int result) override;

private:
    // "in 12 days", "expired": the part of expiryText() a sentence can take, kept apart so no
    // translated text is cut up.
    static QString relativeExpiry(const CredentialInfo& info, const QDateTime& now);
    void onAnswered(const CallResult& result, const std::optional<CredentialInfo>& info);
    void showInfo(const CredentialInfo& info);

    QPointer<ApiClient> m_client;
    Endpoint m_endpoint;
    Credentials m_credentials;
    QPointer<CurrentCredentialJob> m_job;
    std::optional<CredentialInfo> m_info;
    bool m_started = false;

    MessageBar* m_message = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_creation = nullptr;
    QLabel* m_expiration = nullptr;
    QLabel* m_lastUse = nullptr;
    QLabel* m_allowedIPs = nullptr;
    QListWidget* m_rules = nullptr;
    MessageBar* m_advice = nullptr;
    QPushButton* m_requestRights = nullptr;
    QPushButton* m_logout = nullptr;
};

} // namespace Ovh
