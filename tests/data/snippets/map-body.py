#!/usr/bin/env python3
# PUT /cloud/project/{serviceName}/database/mysql/{clusterId}/advancedConfiguration
# Needs the official wrapper: pip install ovh
import json

import ovh

# Create the keys with exactly the rights this call needs at
# https://eu.api.ovh.com/createToken/?PUT=/cloud/project/*/database/mysql/*/advancedConfiguration
# python-ovh reads the keys from OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and
# OVH_CONSUMER_KEY, else from ovh.conf (./ovh.conf, ~/.ovh.conf or /etc/ovh.conf,
# section [ovh-eu]). Or give them to ovh.Client(...):
#     application_key="your_application_key",
#     application_secret="your_application_secret",
#     consumer_key="your_consumer_key",
client = ovh.Client(endpoint="ovh-eu")

# serviceName = 0123456789abcdef: Required. Service name (type: string)
# clusterId = 3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b: Required. Cluster ID (type: uuid)
body = {
    "mysql.max_connections": "100",  # (type: string)
    "mysql.sql_mode": "ANSI,TRADITIONAL",  # (type: string)
}
result = client.call(
    "PUT",
    "/cloud/project/0123456789abcdef/database/mysql/3f5e0a9c-1b2d-4e6f-8a7b-9c0d1e2f3a4b/advancedConfiguration",
    body,
)
print(json.dumps(result, indent=4, ensure_ascii=False))
