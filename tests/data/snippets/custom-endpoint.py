#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/record
# Needs the official wrapper: pip install ovh
import json

import ovh

# python-ovh knows the named endpoints only: register this one.
ovh.client.ENDPOINTS["custom"] = "https://api.example.test:8443/1.0"

# Create the keys with exactly the rights this call needs at
# https://api.example.test:8443/createToken/?GET=/domain/zone/*/record
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [custom]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="custom")

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/record",
    fieldType="MX",  # Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
