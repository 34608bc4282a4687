#pragma once

#include <QStringView>

namespace Ovh::IpAddress {

// One rule for every IP the project checks (call parameters of type ip / ipBlock, a login's
// allowed IP blocks): a strict dotted quad of decimal numbers ("1.2.3" and "1.2.3.256" are
// typos, not shorthands) or an IPv6 address without a zone ("fe80::1%eth0").
bool isAddress(QStringView text, int* maxPrefix = nullptr);
// An address, or an address with a prefix length ("192.0.2.0/29", "2001:db8::/56").
bool isBlock(QStringView text);

} // namespace Ovh::IpAddress
