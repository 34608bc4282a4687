#!/usr/bin/env python3
# POST /sms/{serviceName}/jobs
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?POST=/sms/*/jobs
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

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
