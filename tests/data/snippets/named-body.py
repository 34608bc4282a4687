#!/usr/bin/env python3
# POST /sms/{serviceName}/jobs
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# serviceName = sms-ab12345-1: Required. The internal name of your SMS offer (type: string)
result = client.post(
    "/sms/sms-ab12345-1/jobs",
    _class="flash",  # Deprecated: The sms class (type: sms.ClassEnum)
    message="Hello",  # Required. The sms message (type: string)
    noStopClause=True,  # Do not display STOP clause in the message, this requires that this is not an advertising message (type: boolean)
    receivers=["+33600000001", "+33600000002"],  # The receivers list (type: string[])
    validityPeriod=2880,  # The maximum time -in minute(s)- before the message is dropped (type: long)
)
print(json.dumps(result, indent=4, ensure_ascii=False))
