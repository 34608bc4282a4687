#pragma once

#include "look/messagebar.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QWidget;
QT_END_NAMESPACE

namespace Ovh::LoginWidgets {

// How long a consumer-key request waits for its validation, in seconds.
inline constexpr int TimeoutSeconds = 600;

QLabel* wrappedLabel(const QString& text, QWidget* parent);
// A note in a message bar of `kind`, named for the tests.
MessageBar* noteBar(
    const QString& text, const char* objectName, MessageBar::Kind kind, QWidget* parent);
// `edit` as a secret (hidden, no predictive input) with a Show/Hide button beside it.
QWidget* secretField(QLineEdit* edit);
// Names `field` for screen readers after its form `label` ("Application &secret:").
void nameAfterLabel(QWidget* field, const QString& label);
// A row "label: [secret field]" whose label's mnemonic goes to `edit`.
void addSecretRow(QFormLayout* form, const QString& label, QLineEdit* edit);
// The Check button on a row of its own, and the status label under a page's form.
void addCheckRow(QFormLayout* form, QPushButton* check);
void setUpCheckStatus(QLabel* status);
// "~/x" -> "/home/me/x".
QString expandHome(const QString& path);

} // namespace Ovh::LoginWidgets
