#pragma once

#include "base/endpoint.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

class MessageBar;

// An inline bar asking for a base URL; the reason a URL is refused shows right below it.
class CustomEndpointBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomEndpointBar)

public:
    explicit CustomEndpointBar(QWidget* parent = nullptr);

    void open(const QString& text = {});

signals:
    void accepted(const Ovh::Endpoint& endpoint);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void apply();

    QLineEdit* m_edit;
    QPushButton* m_useButton;
    MessageBar* m_error;
};

} // namespace Ovh
