#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/history
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/history
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/history",
    **{"creationDate.from": "2024-01-01T00:00:00+00:00"},  # Filter using the value of creationDate property (>=) (type: datetime)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
