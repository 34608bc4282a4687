#!/usr/bin/env python3
# POST /ip/{ip}/reverse
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/ip/*/reverse
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# ip = 192.0.2.0/29: Required. (type: ipBlock)
result = client.post(
    "/ip/192.0.2.0%2F29/reverse",
    ipReverse="192.0.2.1",  # Required. (type: ip)
    reverse="host.example.com.",  # Required. (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
