#pragma once

#include "auth/accountstore.h"

#include <QWidget>

namespace Ovh {

class ExplorerSettings;

// The hint of a first start (no history yet, no keys for the endpoint): where to try calls
// without an account (the Sandbox) and how to get keys (Log in). Any of its buttons dismisses
// it for good (ExplorerSettings::firstStartHintDismissed).
class FirstStartHint final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartHint)

public:
    // `firstStart`: nothing was ever recorded. `settings` outlives this.
    FirstStartHint(ExplorerSettings* settings, bool firstStart, QWidget* parent = nullptr);

    // Shows the hint while the endpoint has no keys, unless dismissed or not a first start.
    void accountResolved(const CredentialSource& source);

signals:
    void sandboxRequested();
    void loginRequested();

private:
    void dismiss();

    ExplorerSettings* m_settings;
    bool m_firstStart;
};

} // namespace Ovh
