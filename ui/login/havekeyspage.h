#pragma once

#include "base/credentials.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

// The login dialog's "I have keys" page: application key, secret and consumer key to paste,
// and a Check button. LoginDialog checks and saves them.
class HaveKeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaveKeysPage)

public:
    HaveKeysPage(const QString& endpointName, QWidget* parent = nullptr);

    QLineEdit* appKey() const { return m_appKey; }
    QLineEdit* appSecret() const { return m_appSecret; }
    QLineEdit* consumerKey() const { return m_consumerKey; }
    QPushButton* checkButton() const { return m_checkButton; }
    QLabel* checkStatus() const { return m_checkStatus; }
    // The three keys as typed, trimmed.
    Credentials credentials() const;

private:
    QLineEdit* m_appKey;
    QLineEdit* m_appSecret;
    QLineEdit* m_consumerKey;
    QPushButton* m_checkButton;
    QLabel* m_checkStatus;
};

} // namespace Ovh
