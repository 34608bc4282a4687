#!/usr/bin/env python3
# GET /cloud/project/{serviceName}/ai/app
# Needs the official wrapper: pip install ovh
import json
import os

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/cloud/project/*/ai/app
client = ovh.Client(
    endpoint="ovh-eu",
    application_key=os.environ.get("OVH_APPLICATION_KEY", "your_application_key"),
    application_secret=os.environ.get("OVH_APPLICATION_SECRET", "your_application_secret"),
    consumer_key=os.environ.get("OVH_CONSUMER_KEY", "your_consumer_key"),
)

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# size = 10: Size of the result set (type: long)
# statusState = ["RUNNING","STOPPED"]: Filter on status state (type: cloud.project.ai.app.AppStateEnum[])
result = client.get("/cloud/project/0123456789abcdef/ai/app?size=10&statusState=RUNNING&statusState=STOPPED")
print(json.dumps(result, indent=4, ensure_ascii=False))
