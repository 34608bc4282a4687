#!/usr/bin/env python3
# PUT /me
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/me
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

result = client.put(
    "/me",
    city="Paris",  # City of nichandle (type: string)
    phone="+33.123456789",  # Phone number (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
