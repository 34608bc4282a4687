#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/history
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/history
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/history",
    **{"creationDate.from": "2024-01-01T00:00:00+00:00"},  # Filter using the value of creationDate property (>=) (type: datetime)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
