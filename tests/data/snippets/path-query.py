#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/record
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/record",
    fieldType="A",  # Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
    subDomain="www",  # Filter the value of subDomain property (ilike) (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
