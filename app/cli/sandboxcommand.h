#pragma once

#include "cli/clicommand.h"

namespace Ovh {
class Sandbox;
}

namespace Ovh::Cli {

// sandbox [--port N] [--snapshot DIR] [--tls] [--skew SECONDS]: runs the local OVH-like
// server (core/sandbox) until the process is killed. Prints the base URL, the demo
// application key and secret, the demo consumer key and, with --tls, the certificate to trust.
class SandboxCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxCommand)

public:
    using Command::Command;
    int start(const QStringList& arguments) override;

private:
    Sandbox* m_sandbox = nullptr; // child
};

} // namespace Ovh::Cli
