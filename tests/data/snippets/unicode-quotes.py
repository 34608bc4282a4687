#!/usr/bin/env python3
# POST /domain/zone/{zoneName}/record
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/domain/zone/*/record
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# zoneName = example.com: Required. Zone name (type: string)
result = client.post(
    "/domain/zone/example.com/record",
    fieldType="TXT",  # Required. (type: domain.zone.RecordTypeEnum)
    subDomain="_dmarc",  # Record subDomain (type: string)
    target="v=DMARC1; p=none; note=\"l'été\" \\ back\\slash\nnew line\ttab ünïcödé 日本 🎉 $HOME ?> */ \u202e",  # Required. Target of the record (type: string)
    ttl=60,  # TTL of the record (type: long)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
