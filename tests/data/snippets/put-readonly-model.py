#!/usr/bin/env python3
# PUT /me
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/me
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

result = client.put(
    "/me",
    city="Paris",  # City of nichandle (type: string)
    phone="+33.123456789",  # Phone number (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
