#pragma once

#include "base/credentials.h"

#include <QByteArray>
#include <QString>

namespace Ovh::SandboxDemo {

// The sandbox's built-in identities, public on purpose: they only open the local sandbox,
// never a real OVHcloud account. Everything below is what a newcomer needs to try the whole
// flow without an account (the CLI's `sandbox` command prints the same values):
//
//   application key     SbxDemoAppKey001                  (X-Ovh-Application)
//   application secret  SbxDemoAppSecret0000000000000001  (signs requests, never sent)
//   application id      4242
//   consumer key        SbxDemoConsumerKey00000000000001  pre-validated, unlimited validity,
//                                                         rules GET/POST/PUT/DELETE /*
//   account             nichandle "sb4242-ovh", Ada Lovelace, ada@example.com, FR / EUR
//   domains and zones   example.com (records below) and example.org (an empty zone)
//   example.com records 1001 A     ""    192.0.2.10     ttl 3600
//                       1002 A     www   192.0.2.10     ttl 3600
//                       1003 AAAA  www   2001:db8::10   ttl 3600
//                       1004 MX    ""    10 mail.example.com.
//                       1005 TXT   ""    "v=spf1 -all"
//                       1006 CNAME blog  www.example.com.
//
// New consumer keys come from POST /1.0/auth/credential with the demo application key; their
// validationUrl is a page of the sandbox (<origin>/auth/?credentialToken=…) where a person, or
// a test with a form POST of `validity` (seconds, 0 = unlimited), validates them.

inline constexpr char kApplicationKey[] = "SbxDemoAppKey001";
inline constexpr char kApplicationSecret[] = "SbxDemoAppSecret0000000000000001";
inline constexpr qint64 kApplicationId = 4242;
inline constexpr char kApplicationName[] = "sandbox-demo";
inline constexpr char kConsumerKey[] = "SbxDemoConsumerKey00000000000001";

inline constexpr char kNichandle[] = "sb4242-ovh";
inline constexpr char kZone[] = "example.com";
inline constexpr char kSecondZone[] = "example.org";

inline QByteArray applicationKey()
{
    return QByteArray(kApplicationKey);
}
inline QByteArray applicationSecret()
{
    return QByteArray(kApplicationSecret);
}
inline QByteArray consumerKey()
{
    return QByteArray(kConsumerKey);
}

// The demo application key, secret and consumer key as a Credentials.
inline Credentials credentials()
{
    Credentials demo;
    demo.applicationKey = QString::fromLatin1(kApplicationKey);
    demo.applicationSecret = QString::fromLatin1(kApplicationSecret);
    demo.consumerKey = QString::fromLatin1(kConsumerKey);
    return demo;
}

} // namespace Ovh::SandboxDemo
