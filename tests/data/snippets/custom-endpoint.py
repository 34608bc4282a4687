#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/record
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# python-ovh knows the named endpoints only: register this one.
ovh.client.ENDPOINTS["custom"] = "https://api.example.test:8443/1.0"

# Create the keys with exactly the rights this call needs at
# https://api.example.test:8443/createToken/?GET=/domain/zone/*/record
client = ovh.Client(
    endpoint="custom",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/record",
    fieldType="MX",  # Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
