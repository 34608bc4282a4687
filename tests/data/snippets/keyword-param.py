#!/usr/bin/env python3
# GET /email/domain/{domain}/redirection
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/email/domain/*/redirection
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# domain = example.com: Required. Name of your domain name (type: string)
result = client.get(
    "/email/domain/example.com/redirection",
    _from="contact@example.com",  # Name of redirection (type: string)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
