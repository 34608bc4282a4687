#!/usr/bin/env python3
# GET /email/domain/{domain}/redirection
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/email/domain/*/redirection
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# domain = example.com: Required. Name of your domain name (type: string)
result = client.get(
    "/email/domain/example.com/redirection",
    _from="contact@example.com",  # Name of redirection (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
