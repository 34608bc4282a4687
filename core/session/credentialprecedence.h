#pragma once

#include <QtGlobal>

namespace Ovh {

// Which keys sign the calls, decided once for the window and the CLI, in the order the README
// states: keys named explicitly win (a profile chosen by name, then key flags or a config file),
// then the sandbox's demo keys, then the OVH_* variables over the ovh.conf files (as python-ovh
// does), then the endpoint's current profile, then the ovh.conf files.
namespace CredentialPrecedence {

struct Inputs
{
    // `--profile NAME`; in the window, the profile chosen in the account menu (saved as the
    // endpoint's current profile: the menu is the window's --profile).
    bool namedProfile = false;
    bool explicitKeys = false; // key flags or `--config FILE`
    bool demoKeys = false; // the in-process sandbox, with its demo keys
    bool environmentKeys = false; // an OVH_* credential variable is set
    bool currentProfile = false; // the endpoint has a current profile in the settings
};

enum class Source : quint8 {
    NamedProfile, // load that profile (explicit key flags still override its values)
    Explicit, // the flags and the given file
    Demo, // the sandbox's demo keys
    Environment, // the OVH_* variables over the ovh.conf files
    CurrentProfile, // load the endpoint's current profile
    ConfigFiles, // the ovh.conf files (possibly empty: nothing to sign with)
};

Source choose(const Inputs& inputs);

// True when the source needs the keychain (or a profile's file) to be read.
bool readsProfile(Source source);

} // namespace CredentialPrecedence

} // namespace Ovh
