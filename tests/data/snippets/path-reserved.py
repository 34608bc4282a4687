#!/usr/bin/env python3
# POST /ip/{ip}/reverse
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/ip/*/reverse
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# ip = 192.0.2.0/29: Required. (type: ipBlock)
result = client.post(
    "/ip/192.0.2.0%2F29/reverse",
    ipReverse="192.0.2.1",  # Required. (type: ip)
    reverse="host.example.com.",  # Required. (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
