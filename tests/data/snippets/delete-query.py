#!/usr/bin/env python3
# DELETE /hosting/web/{serviceName}/attachedDomain/{domain}
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?DELETE=/hosting/web/*/attachedDomain/*
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# serviceName = example.com: Required. Service name (type: string)
# domain = www.example.com: Required. Domain (type: string)
# bypassDNSConfiguration = true: If set to true, DNS zone will not be updated by the operation (type: boolean)
result = client.delete("/hosting/web/example.com/attachedDomain/www.example.com?bypassDNSConfiguration=true")
print(json.dumps(result, indent=4, ensure_ascii=False))
