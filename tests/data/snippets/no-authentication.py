#!/usr/bin/env python3
# POST /order/cart
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# This call is not authenticated: an application key is all it needs. Create one at
# https://eu.api.ovh.com/createApp/
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
)

result = client.post(
    "/order/cart",
    _need_auth=False,
    description="My cart",  # Description of your cart (type: string)
    ovhSubsidiary="FR",  # Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
