#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace Ovh {

// How long a Copy button says it copied before it reads "Copy" again.
constexpr int kCopiedFeedbackMs = 2000;

// Shows `copiedText` ("Copied") on `button` for kCopiedFeedbackMs, then its own text again; a
// second click while it shows restarts the delay. The caller translates the text.
void showCopiedFeedback(QPushButton* button, const QString& copiedText);

} // namespace Ovh
