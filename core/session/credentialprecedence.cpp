#include "session/credentialprecedence.h"

namespace Ovh::CredentialPrecedence {

Source choose(const Inputs& inputs)
{
    if (inputs.namedProfile)
        return Source::NamedProfile;
    if (inputs.explicitKeys)
        return Source::Explicit;
    // The sandbox accepts only its demo keys and those it issued (a profile): keys meant for
    // a real endpoint in the variables or the files would only be refused.
    if (inputs.demoKeys)
        return Source::Demo;
    if (inputs.environmentKeys)
        return Source::Environment;
    if (inputs.currentProfile)
        return Source::CurrentProfile;
    return Source::ConfigFiles;
}

bool readsProfile(Source source)
{
    return source == Source::NamedProfile || source == Source::CurrentProfile;
}

} // namespace Ovh::CredentialPrecedence
