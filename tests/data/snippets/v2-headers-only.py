#!/usr/bin/env python3
# GET /v2/iam/policy
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/v2/iam/policy
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

headers = {
    "X-Pagination-Size": "50",  # Pagination size (type: long)
}
response = client.raw_call(
    "GET",
    "/v2/iam/policy",
    None,
    True,
    headers=headers,
)
result = response.json()
print(json.dumps(result, indent=4, ensure_ascii=False))
