#pragma once

#include "look/messagebar.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

// An inline message with the one action that fixes what it reports ("Log in again\u2026").
// The message and the button get their own object names, for tests and accessibility.
class GuidanceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceBar)

public:
    GuidanceBar(const QString& objectName, const QString& textName, const QString& buttonName,
        QWidget* parent = nullptr);

    // Shows `text` as `kind`; an empty `action` hides the button, an empty `text` the bar.
    void showGuidance(const QString& text, const QString& action,
        MessageBar::Kind kind = MessageBar::Kind::Warning);
    void clear();
    QString text() const;
    MessageBar::Kind kind() const;
    QPushButton* button() const { return m_button; }

signals:
    void activated();

private:
    MessageBar* m_text;
    QPushButton* m_button;
};

} // namespace Ovh
