#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

// An inline message with the one action that fixes what it reports ("Log in again\u2026").
// The label and the button get their own object names, for tests and accessibility.
class GuidanceBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceBar)

public:
    GuidanceBar(const QString& objectName, const QString& textName, const QString& buttonName,
        QWidget* parent = nullptr);

    // `kind`: "error", "warning" or "info" (uicolors' message bars). An empty `action` hides the
    // button.
    void showGuidance(const QString& text, const QString& action, const char* kind = "warning");
    void clear();
    QString text() const;
    QPushButton* button() const { return m_button; }

signals:
    void activated();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_text;
    QPushButton* m_button;
    QByteArray m_kind = QByteArrayLiteral("warning");
};

} // namespace Ovh
