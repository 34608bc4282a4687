#!/usr/bin/env python3
# DELETE /hosting/web/{serviceName}/attachedDomain/{domain}
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?DELETE=/hosting/web/*/attachedDomain/*
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# serviceName = example.com: Required. Service name (type: string)
# domain = www.example.com: Required. Domain (type: string)
# bypassDNSConfiguration = true: If set to true, DNS zone will not be updated by the operation (type: boolean)
result = client.delete("/hosting/web/example.com/attachedDomain/www.example.com?bypassDNSConfiguration=true")
print(json.dumps(result, indent=4, ensure_ascii=False))
