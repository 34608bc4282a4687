#!/usr/bin/env python3
# GET /domain/zone/{zoneName}/record
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/domain/zone/*/record
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# zoneName = example.com: Required. Zone name (type: string)
result = client.get(
    "/domain/zone/example.com/record",
    fieldType="A",  # Filter the value of fieldType property (like) (type: domain.zone.RecordTypeEnum)
    subDomain="www",  # Filter the value of subDomain property (ilike) (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
