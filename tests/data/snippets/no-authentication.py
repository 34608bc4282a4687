#!/usr/bin/env python3
# POST /order/cart
# Needs the official wrapper: pip install ovh
import json

import ovh

# This call is not authenticated: an application key is all it needs. Create one at
# https://eu.api.ovh.com/createApp/
# python-ovh reads the keys from OVH_APPLICATION_KEY and
# OVH_APPLICATION_SECRET, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
client = ovh.Client(endpoint="ovh-eu")

result = client.post(
    "/order/cart",
    _need_auth=False,
    description="My cart",  # Description of your cart (type: string)
    ovhSubsidiary="FR",  # Required. OVH Subsidiary where you want to order (type: nichandle.OvhSubsidiaryEnum)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
