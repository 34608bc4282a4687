#pragma once

#include "look/messagebar.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
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
// "~/x" -> "/home/me/x".
QString expandHome(const QString& path);

} // namespace Ovh::LoginWidgets
