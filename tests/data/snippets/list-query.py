#!/usr/bin/env python3
# GET /cloud/project/{serviceName}/ai/app
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?GET=/cloud/project/*/ai/app
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# size = 10: Size of the result set (type: long)
# statusState = ["RUNNING","STOPPED"]: Filter on status state (type: cloud.project.ai.app.AppStateEnum[])
result = client.get("/cloud/project/0123456789abcdef/ai/app?size=10&statusState=RUNNING&statusState=STOPPED")
print(json.dumps(result, indent=4, ensure_ascii=False))
