#!/usr/bin/env python3
# PUT /cloud/project/{serviceName}/containerRegistry/{registryID}/ipRestrictions/management
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/containerRegistry/*/ipRestrictions/management
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# registryID = reg-1: Required. RegistryID (type: string)
body = [
    {"description": "office", "ipBlock": "192.0.2.0/24"},
    {"description": "home", "ipBlock": "198.51.100.7/32"},
]
result = client.call(
    "PUT",
    "/cloud/project/0123456789abcdef/containerRegistry/reg-1/ipRestrictions/management",
    body,
)
print(json.dumps(result, indent=4, ensure_ascii=False))
